"""An HTML-only email whose <head> is never closed still shows its words, and markup that
holds words but gives none is reported rather than logged empty in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.email_message import parse_email
from app.importing.html_text import html_to_text, read_html
from app.importing.outlook import parse_outlook
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN

THREAT = "I know where you live. I will burn your shop down and see you in court."


def _html_mail(html: str) -> bytes:
    return (
        f"From: Angry Person <{ANGRY}>\r\nTo: {OWN}\r\nSubject: Final notice\r\n"
        "Date: Mon, 02 Mar 2026 10:00:00 +0100\r\nMessage-ID: <nohead@example.com>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    ).encode()


def test_an_unclosed_head_ends_where_the_body_starts(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "nohead.eml"
    path.write_bytes(
        _html_mail(f'<html><head><meta charset="utf-8"><body><p>{THREAT}</p></body></html>')
    )
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.text == THREAT
    assert Category.THREAT_LEGAL in contact.categories
    assert [hit.id for hit in shop.search("burn")] == [contact.id]
    assert report.imported[0].warnings == ()


def test_body_words_without_any_body_tag_end_the_head_too() -> None:
    assert html_to_text("<html><head><meta charset=utf-8><p>I will sue you.</p>") == (
        "I will sue you."
    )
    assert html_to_text("<head><meta charset=utf-8>I will sue you.") == "I will sue you."
    assert html_to_text("<head><title>Notice</title><style>p{}</style></head>Hi") == "Hi"


def test_markup_that_hides_its_words_is_shown_stripped_with_a_warning() -> None:
    # An unclosed <title> swallows the rest of the page when read as HTML.
    found = parse_email(_html_mail(f"<html><head><title>Notice<body><p>{THREAT}</p>"))
    assert THREAT in found.text
    assert any("showed no words" in warning for warning in found.warnings)
    # A picture-only message has no words to lose: no warning.
    assert read_html('<html><body><img src="cid:pic"></body></html>') == ("", None)


class _HtmlOnlyMsg:
    """What extract-msg gives for an Outlook message that has only an HTML body."""

    sender = f"Angry Person <{ANGRY}>"
    to = OWN
    cc = ""
    subject = "Final notice"
    date = None
    body = ""
    htmlBody = f"<html><head><title>Notice<body><p>{THREAT}</p>".encode()
    attachments = ()
    messageId = "<msg1@example.com>"

    def close(self) -> None:
        pass


def test_an_outlook_message_with_hidden_html_words_is_read_and_warned_about(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import extract_msg

    monkeypatch.setattr(extract_msg, "openMsg", lambda path, strict: _HtmlOnlyMsg())
    found = parse_outlook(str(tmp_path / "notice.msg"), b"")
    assert THREAT in found.text
    assert any("showed no words" in warning for warning in found.warnings)
