"""A declared charset that would turn plain ASCII or UTF-8 into nonsense (UTF-16/32, EBCDIC)
is a wrong label: the words are read as UTF-8 and the owner is told, as for other lies."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.charsets import decode_leniently
from app.importing.email_message import parse_email
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


_GERMAN = "Wenn ich mein Geld nicht bekomme: ich weiß, wo Sie wohnen. Ich zünde Ihren Laden an."


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "ISO-8859-15", "latin1"])
def test_utf8_under_a_western_label_is_read_as_utf8_and_its_threat_flagged(
    shop: Services, angry_customer_id: int, tmp_path: Path, label: str
) -> None:
    """A mail program that labels UTF-8 as Latin-1 (a real Yahoo mail does) made "zünde"
    "zÃ¼nde": the threat went unflagged and every quote of it was garbled, silently."""
    path = tmp_path / "label.eml"
    subject = "=?iso-8859-1?Q?Letzte_Warnung_f=C3=BCr_Sie?="
    path.write_bytes(
        _mail(label, _GERMAN.encode(), 3).replace(b"Subject: lie 3", f"Subject: {subject}".encode())
    )
    report = shop.imports.run([str(path)])
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.summary == "Letzte Warnung für Sie"
    assert contact.text == _GERMAN
    assert Category.THREAT_VANDALISM in contact.categories
    assert report.imported[0].warnings == (
        "The “Subject” line said “iso-8859-1”, but its text is written in UTF-8; it was read as "
        "UTF-8.",
        f"The message text said “{label.lower()}”, but its text is written in UTF-8; it was read as UTF-8.",
    )


def test_utf8_in_a_quoted_printable_html_body_labelled_windows_1252_is_read_as_utf8() -> None:
    html = "<p>Ich zünde Ihren Laden an. Ich weiß, wo Sie wohnen.</p>".encode()
    body = html.replace(b"\xc3\xbc", b"=C3=BC").replace(b"\xc3\x9f", b"=C3=9F")
    raw = (
        f"From: {ANGRY}\nTo: {OWN}\nSubject: x\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n"
        "Message-ID: <qp@example.com>\nContent-Type: text/html; charset=windows-1252\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
    ).encode() + body
    found = parse_email(raw, "qp.eml")
    assert found.text == "Ich zünde Ihren Laden an. Ich weiß, wo Sie wohnen."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ich zünde Ihren Laden an. Grüße, Müller", "iso-8859-1"),
        ("“You people are thieves” — I’ll see you in court. 50 €", "windows-1252"),
        ("Ça coûte 50 € à la caisse, ÉNORME!", "iso-8859-15"),
        # Capitals then symbols, as UTF-8 would write them: still two Western letters.
        ("MÜLLER®, café", "iso-8859-1"),
    ],
)
def test_honest_western_text_is_read_as_declared(text: str, label: str) -> None:
    encoding = "cp1252" if label != "iso-8859-15" else label
    assert decode_leniently(text.encode(encoding), label, "message text") == (text, None)
