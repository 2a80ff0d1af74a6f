"""Ordinary mail from honest senders passes without a scary word: a drawing in SVG, Outlook's
plain version of a mail with signature pictures, mail a mail program fetched days later."""

from __future__ import annotations

from email.message import EmailMessage

from app.importing.attachment_check import check_attachment
from app.importing.email_message import parse_email

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
    b'<rect width="100" height="40"/><text x="5" y="25">54 cm</text></svg>'
)


def test_an_svg_drawing_is_the_picture_it_says() -> None:
    checked = check_attachment(SVG, "image/svg+xml", "frame-drawing.svg")
    assert checked.warning == "" and checked.mime == "image/svg+xml"
    # Still a page when it claims to be a photo.
    assert "web page" in check_attachment(SVG, "image/jpeg", "photo.jpg").warning


def test_outlooks_plain_version_with_picture_names_is_the_same_mail() -> None:
    message = EmailMessage()
    message["From"] = "Rick <rick@example.net>"
    message["To"] = "anna@halebikes.example"
    message["Subject"] = "Collection"
    message["Date"] = "Mon, 02 Nov 2026 09:00:00 +0000"
    message.set_content(
        "I will collect the bike on Friday.\n\nRick\n[LinkedIn]<https://linkedin.example/rick>"
        "  [A picture containing text, clipart  Description automatically generated]\n"
    )
    message.add_alternative(
        '<p>I will collect the bike on Friday.</p><p>Rick<br><img alt="LinkedIn" src="cid:1">'
        '<img alt="A picture containing text" src="cid:2"></p>',
        subtype="html",
    )
    found = parse_email(bytes(message), "collection.eml")
    assert "HTML version" not in found.text
    assert not [w for w in found.warnings if "HTML version" in w]


def test_mail_fetched_later_by_a_mail_program_keeps_the_time_it_reached_the_shop() -> None:
    raw = (
        "Received: from pop.halebikes.example by mx.google.com with POP3 id x1 for "
        "<anna@gmail.example>; Thu, 26 Nov 2026 10:00:00 -0800\n"
        "Received: from mail.example.net (mail.example.net [198.51.100.9]) by "
        "mx.halebikes.example (Postfix) with ESMTPS; Mon, 2 Nov 2026 09:00:00 +0000\n"
        "From: Rick <rick@example.net>\nTo: anna@halebikes.example\nSubject: Bike\n"
        "Date: Mon, 02 Nov 2026 08:59:00 +0000\nMessage-ID: <f1@example.net>\n\nHello.\n"
    )
    found = parse_email(raw.encode(), "bike.eml")
    assert found.occurred_at is not None
    assert found.occurred_at.isoformat().startswith("2026-11-02T08:59")
    assert not [w for w in found.warnings if "reached you" in w]
