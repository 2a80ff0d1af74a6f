"""Reading real, messy mail: every charset, encoded headers, HTML-only, nested parts."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from app.importing.email_message import parse_email
from app.importing.sameness import message_fingerprint
from tests.helpers.import_fixtures import ANGRY, email

WORDS = {
    "utf-8": "Ich will mein Geld zurück — 请退款 — Ζητώ επιστροφή",
    "iso-8859-1": "Je veux être remboursé, c'est honteux à 100 %",
    "windows-1252": "That’s “unacceptable” – I want €20 back",
    "iso-2022-jp": "返金してください。訴えます。",
    "koi8-r": "Верните деньги немедленно",
    "shift_jis": "至急返金をお願いします",
}


@pytest.mark.parametrize("charset", list(WORDS))
@pytest.mark.parametrize("cte", ["quoted-printable", "base64", None])
def test_any_charset_and_transfer_encoding_reads_the_exact_words(
    charset: str, cte: str | None
) -> None:
    if cte is None and charset != "iso-2022-jp":
        cte = "8bit"
    message = email(WORDS[charset], charset=charset, cte=cte)
    found = parse_email(bytes(message))
    assert found.text.strip() == WORDS[charset]
    assert not found.warnings


def test_headers_date_zone_and_addresses_are_read() -> None:
    message = email(sender="Zoë Müller <ZOE@Example.com>", to="Shop <support@shop.example>")
    message["Cc"] = "other@example.com"
    del message["Subject"]
    message["Subject"] = Header("Réclamation urgente — 请退款", "utf-8").encode()
    found = parse_email(bytes(message))
    assert found.sender_name == "Zoë Müller"
    assert found.sender_address == "zoe@example.com"
    assert found.recipients == ("support@shop.example", "other@example.com")
    assert found.subject == "Réclamation urgente — 请退款"
    assert found.occurred_at == datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert found.message_id == "m1@example.com"


def test_the_raw_message_is_kept_byte_for_byte() -> None:
    raw = bytes(email("keep me exactly")).replace(b"\n", b"\r\n")
    found = parse_email(raw, "angry.eml")
    assert found.original is not None
    assert found.original.data == raw
    assert found.original.filename == "angry.eml"
    assert found.original.mime == "message/rfc822"


def test_a_gb2312_label_on_gbk_bytes_is_read_as_gbk() -> None:
    words = "你好，镕鎔请退款"  # 镕 and 鎔 are in GBK but not GB2312
    raw = (
        b"From: "
        + ANGRY.encode()
        + b"\r\nSubject: =?gb2312?B?"
        + base64.b64encode("退款镕".encode("gbk"))
        + b"?=\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n"
        + words.encode("gbk")
    )
    found = parse_email(raw)
    assert found.text == words
    assert found.subject == "退款镕"


def test_a_lying_latin1_label_on_windows_1252_quotes() -> None:
    raw = (
        b"From: a@example.com\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        + "It’s “fine”".encode("cp1252")
    )
    assert parse_email(raw).text == "It’s “fine”"


def test_undeclared_8bit_headers_and_unknown_charsets_warn_but_import() -> None:
    raw = (
        b"From: J\xf6rg <jorg@example.com>\r\nSubject: =?x-unheard-of?Q?Hallo?= "
        b"Gr\xfc\xdfe\r\nContent-Type: text/plain; charset=x-unheard-of\r\n\r\nSch\xf6n"
    )
    found = parse_email(raw)
    assert found.sender_name == "Jörg"
    assert "Grüße" in found.subject
    assert found.text == "Schön"
    assert any("x-unheard-of" in warning for warning in found.warnings)


def test_html_only_mail_becomes_readable_text() -> None:
    message = MIMEText(
        "<html><head><style>p{color:red}</style></head><body><p>You are <b>thieves</b>.</p>"
        "<p>I&nbsp;will&nbsp;sue&amp;win.</p><ul><li>one</li><li>two</li></ul></body></html>",
        "html",
        "utf-8",
    )
    message["From"] = ANGRY
    found = parse_email(message.as_bytes())
    assert found.text.splitlines() == [
        "You are thieves.",
        "",
        "I will sue&win.",
        "",
        "• one",
        "• two",
    ]
    assert "color" not in found.text


def test_nested_multiparts_inline_images_attachments_and_forwarded_mail() -> None:
    outer = MIMEMultipart("mixed")
    outer["From"] = ANGRY
    outer["Subject"] = "Evidence"
    alternative = MIMEMultipart("alternative")
    alternative.attach(MIMEText("Plain words here.", "plain", "utf-8"))
    related = MIMEMultipart("related")
    related.attach(MIMEText("<p>HTML words</p><img src='cid:pic'>", "html", "utf-8"))
    picture = MIMEImage(b"\x89PNG\r\n\x1a\nnot-really", "png")
    picture.add_header("Content-ID", "<pic>")
    picture.add_header("Content-Disposition", "inline")
    related.attach(picture)
    alternative.attach(related)
    outer.attach(alternative)
    pdf = MIMEApplication(b"%PDF-1.4 invoice", "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "Rechnung März.pdf"))
    outer.attach(pdf)
    forwarded = MIMEText("The earlier message", "plain", "utf-8")
    forwarded["Subject"] = "Earlier"
    wrapper = MIMEMultipart("mixed")
    wrapper.attach(forwarded)
    from email.mime.message import MIMEMessage

    outer.attach(MIMEMessage(forwarded))
    found = parse_email(outer.as_bytes())
    # The two versions say different things: the HTML, which mail programs show, is kept too.
    assert found.text == (
        "Plain words here.\n\n"
        "The HTML version of this mail, which most mail programs show, reads:\nHTML words"
    )
    names = [(a.filename, a.mime) for a in found.attachments]
    assert ("inline-1.png", "image/png") in names
    assert ("Rechnung März.pdf", "application/pdf") in names
    assert any(mime == "message/rfc822" for _, mime in names)
    pdf_part = next(a for a in found.attachments if a.mime == "application/pdf")
    assert pdf_part.data == b"%PDF-1.4 invoice"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\xff\xfe\xfd garbage without headers",
        b"From: =?utf-8?B?broken base64?= <\r\nDate: 32 Foo 99999 99:99\r\nMessage-ID: <<>>\r\n"
        b"Content-Type: multipart/mixed; boundary=\r\n\r\n--\r\nbody",
        b"Subject: =?utf-8?Q?unterminated\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64",
        b'To: ,,,@@@, <>\r\nContent-Type: text/plain; charset=""\r\n\r\nhi',
    ],
)
def test_broken_mail_imports_what_can_be_read_and_never_crashes(raw: bytes) -> None:
    found = parse_email(raw)
    assert found.original is not None and found.original.data == raw
    # No Message-ID: the id is the message's own hash, line endings and mbox quoting aside.
    assert found.external_id == "sha256:" + message_fingerprint(raw)


def test_a_missing_or_unreadable_date_warns() -> None:
    assert parse_email(bytes(email(date=None))).occurred_at is None
    raw = bytes(email()).replace(b"Mon, 02 Mar 2026 10:00:00 +0100", b"the day after tomorrow")
    found = parse_email(raw)
    assert found.occurred_at is None
    assert any("could not be read" in warning for warning in found.warnings)
    assert parse_email(bytes(email(date="Mon, 02 Mar 2026 10:00:00 -0000"))).occurred_at == (
        datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    )


@pytest.mark.parametrize(
    ("date", "warned"),
    [
        ("Mon, 02 Nov 2026 10:00:00 -0000", False),  # RFC 5322: UTC, the zone left unsaid
        ("Mon, 02 Nov 2026 10:00:00 +0100", False),
        ("Mon, 02 Nov 2026 10:00:00", True),
        ("Mon, 02 Nov 2026 10:00:00 XYZ", True),
    ],
)
def test_a_date_without_a_known_zone_is_read_as_utc_and_said_so(date: str, warned: bool) -> None:
    raw = bytes(email("Where is my order?"))
    start = raw.index(b"Date: ")
    end = raw.index(b"\n", start)
    # Written into the bytes as a sender's program would: the email package would tidy it.
    found = parse_email(raw[:start] + b"Date: " + date.encode() + raw[end:])
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(UTC).hour == (9 if "+0100" in date else 10)
    said = [w for w in found.warnings if "time zone" in w]
    assert bool(said) is warned, found.warnings
