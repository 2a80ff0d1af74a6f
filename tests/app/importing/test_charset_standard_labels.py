"""Mail labelled with any standard name of its character set is read in that set: Outlook's
"iso-8859-8-i" (Hebrew), "windows-874" (Thai), "Windows-31J" (Japanese), "ks_c_5601-1987"
(Korean), Apple Mail's "x-mac-cyrillic", and the other WHATWG/IANA names; never as
Windows-1252 nonsense. Names of transforms (rot13, base64, zlib) are still not read."""

from __future__ import annotations

import base64
import codecs
from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.charset_labels import LABELS
from app.importing.charsets import decode_leniently
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN


@pytest.mark.parametrize(
    ("label", "encoding", "text"),
    [
        ("iso-8859-8-i", "iso-8859-8", "אני אתבע אתכם בבית המשפט"),
        ("ISO-8859-8-I", "iso-8859-8", "אני אתבע אתכם"),
        ("iso-8859-8-e", "iso-8859-8", "אני אתבע אתכם"),
        ("csiso88598i", "iso-8859-8", "אני אתבע אתכם"),
        ("logical", "iso-8859-8", "אני אתבע אתכם"),
        ("iso-8859-6-i", "iso-8859-6", "سأقاضيك في المحكمة"),
        ("iso-8859-6-e", "iso-8859-6", "سأقاضيك في المحكمة"),
        ("windows-874", "cp874", "ร้านนี้แย่มาก ผมจะฟ้องร้อง"),
        ("dos-874", "cp874", "ผมจะฟ้องร้อง"),
        ("Windows-31J", "cp932", "返金しなければ弁護士に相談して訴えます"),
        ("x-sjis", "cp932", "返金しなければ訴えます"),
        ("x-ms-cp932", "cp932", "返金しなければ訴えます"),
        ("x-euc-jp", "euc-jp", "返金しなければ訴えます"),
        ("ks_c_5601-1987", "cp949", "환불해 주지 않으면 고소하겠습니다"),
        ("ks_c_5601-1989", "cp949", "고소하겠습니다"),
        ("windows-949", "cp949", "고소하겠습니다"),
        ("cseuckr", "cp949", "고소하겠습니다"),
        ("iso-ir-149", "cp949", "고소하겠습니다"),
        ("x-cp1251", "cp1251", "Я подам на вас в суд"),
        ("koi8-ru", "koi8-u", "Я подам на вас в суд"),
        ("x-mac-cyrillic", "mac-cyrillic", "Я подам на вас в суд"),
        ("x-mac-roman", "mac-roman", "Ich werde Sie verklagen, Gauner!"),
        ("macintosh", "mac-roman", "Je vais vous poursuivre en justice, escrocs."),
        ("x-mac-greek", "mac-greek", "Θα σας μηνύσω."),
        ("gb_2312-80", "gb2312", "我会起诉你"),
        ("csgb2312", "gb2312", "我会起诉你"),
        ("cn-big5", "big5", "我會起訴你"),
        ("x-x-big5", "big5", "我會起訴你"),
        ("unicode-1-1-utf-8", "utf-8", "Я подам на вас в суд"),
        ("iso-8859-9", "cp1254", "Sizi mahkemeye vereceğim!"),
    ],
)
def test_a_standard_label_reads_the_text_as_written(label: str, encoding: str, text: str) -> None:
    assert decode_leniently(text.encode(encoding), label, "message text") == (text, None)


@pytest.mark.parametrize("label", ["rot13", "rot_13", "base64", "zlib", "hex", "bz2", "uu"])
def test_transforms_are_still_not_read_as_character_sets(label: str) -> None:
    text, warning = decode_leniently(b"V jvyy fhr lbh.", label, "message text")
    assert text == "V jvyy fhr lbh."
    assert warning == (
        f"The message text said “{label}”, which is not a known character set; it was read as "
        "UTF-8."
    )


def test_every_label_names_a_character_set() -> None:
    for codec in set(LABELS.values()):
        assert getattr(codecs.lookup(codec), "_is_text_encoding", True), codec


def _mail(label: str, encoding: str, subject: str, body: str, number: int) -> bytes:
    coded_subject = base64.b64encode(subject.encode(encoding)).decode()
    coded_body = base64.encodebytes(body.encode(encoding)).decode()
    return (
        f"From: {ANGRY}\r\nTo: {OWN}\r\nSubject: =?{label}?B?{coded_subject}?=\r\n"
        f"Date: Mon, 02 Nov 2026 10:0{number}:00 +0000\r\nMessage-ID: <label{number}@example.com>"
        f'\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="{label}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{coded_body}"
    ).encode("ascii")


def test_hebrew_thai_and_japanese_mail_is_logged_in_its_own_words(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mails = {
        "he.eml": ("iso-8859-8-i", "iso-8859-8", "נושא", "אני אתבע אתכם בבית המשפט"),
        "th.eml": ("windows-874", "cp874", "ร้านนี้", "ร้านนี้แย่มาก ผมจะฟ้องร้อง"),
        "ja.eml": ("Windows-31J", "cp932", "返金", "返金しなければ弁護士に相談して訴えます"),
    }
    for number, (name, (label, encoding, subject, body)) in enumerate(mails.items(), start=1):
        (tmp_path / name).write_bytes(_mail(label, encoding, subject, body, number))
    report = shop.imports.run([str(tmp_path / name) for name in mails])
    assert report.summary() == "Imported 3, skipped 0 already there, failed 0."
    assert [item.warnings for item in report.imported] == [(), (), ()]
    contacts = {c.summary: c for c in shop.contacts.page_for_customer(angry_customer_id, 0, 10)}
    assert contacts["נושא"].text == "אני אתבע אתכם בבית המשפט"
    assert Category.THREAT_LEGAL in contacts["נושא"].categories
    assert contacts["ร้านนี้"].text == "ร้านนี้แย่มาก ผมจะฟ้องร้อง"
    assert contacts["返金"].text == "返金しなければ弁護士に相談して訴えます"
    assert Category.THREAT_LEGAL in contacts["返金"].categories
