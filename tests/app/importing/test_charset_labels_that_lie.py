"""A declared charset that would turn plain ASCII or UTF-8 into nonsense (UTF-16/32, EBCDIC)
is a wrong label: the words are read as UTF-8 and the owner is told, as for other lies."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.charsets import decode_leniently
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN


def _mail(charset: str, body: bytes, number: int) -> bytes:
    return (
        f"From: {ANGRY}\nTo: {OWN}\nSubject: lie {number}\n"
        f"Date: Mon, 02 Nov 2026 10:0{number}:00 +0000\nMessage-ID: <lie{number}@example.com>\n"
        f"Content-Type: text/plain; charset={charset}\n\n"
    ).encode() + body


def test_plain_words_labelled_utf16_or_ebcdic_are_logged_as_written(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    (tmp_path / "utf16.eml").write_bytes(
        _mail("utf-16", b"I will burn your shop down tonight.\n", 1)
    )
    (tmp_path / "cp037.eml").write_bytes(_mail("cp037", b"I will hurt you.\n", 2))
    report = shop.imports.run([str(tmp_path / "utf16.eml"), str(tmp_path / "cp037.eml")])
    assert report.summary() == "Imported 2, skipped 0 already there, failed 0."
    texts = {c.summary: c for c in shop.contacts.page_for_customer(angry_customer_id, 0, 10)}
    assert texts["lie 1"].text == "I will burn your shop down tonight."
    assert texts["lie 2"].text == "I will hurt you."
    assert Category.THREAT_PHYSICAL in texts["lie 2"].categories
    assert [hit.id for hit in shop.search("burn")] == [texts["lie 1"].id]
    warnings = {item.label: item.warnings for item in report.imported}
    assert warnings["lie 1"] == (
        "The message text said “utf-16”, which did not match the text; it was read as UTF-8.",
    )
    assert "said “cp037”, which did not match the text" in warnings["lie 2"][0]


@pytest.mark.parametrize("label", ["utf-16", "UTF-16BE", "utf-32", "cp500", "cp1140", "cp1026"])
def test_utf8_words_under_any_ascii_incompatible_label_are_read_as_utf8(label: str) -> None:
    text, warning = decode_leniently("Grüße, ich verklage Sie!".encode(), label, "message text")
    assert text == "Grüße, ich verklage Sie!"
    assert warning == (
        f"The message text said “{label}”, which did not match the text; it was read as UTF-8."
    )


@pytest.mark.parametrize(
    ("text", "label", "encoding"),
    [
        ("I will sue you.", "utf-16", "utf-16"),  # with its byte-order mark
        ("I will sue you.", "utf-16le", "utf-16-le"),  # NUL bytes between the letters
        ("我要起诉你们", "utf-16le", "utf-16-le"),
        ("I will sue you.", "utf-32", "utf-32"),
        ("Vous êtes des voleurs.", "cp037", "cp037"),
        ("Ich verklage Sie.", "cp500", "cp500"),
    ],
)
def test_text_really_in_those_charsets_is_still_read_as_declared(
    text: str, label: str, encoding: str
) -> None:
    assert decode_leniently(text.encode(encoding), label, "message text") == (text, None)


def test_ascii_compatible_labels_are_not_second_guessed() -> None:
    for label in ("us-ascii", "iso-8859-1", "koi8-r", "shift_jis", "gb2312", "hz"):
        assert decode_leniently(b"I will hurt you.", label, "message text") == (
            "I will hurt you.",
            None,
        )


def test_one_bad_encoded_word_leaves_the_rest_of_the_subject_readable(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "badword.eml"
    path.write_bytes(
        f"From: {ANGRY}\nTo: {OWN}\n"
        "Subject: =?utf-8?B?not*base64!!?= and =?utf-8?Q?caf=C3=A9?= =?utf-8?B?w6A=?= 100\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <bad1@example.com>\n\nbody\n".encode()
    )
    report = shop.imports.run([str(path)])
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.summary == "=?utf-8?B?not*base64!!?= and caféà 100"
    assert report.imported[0].warnings == (
        "Part of the “Subject” line could not be decoded; it is kept as written.",
    )
