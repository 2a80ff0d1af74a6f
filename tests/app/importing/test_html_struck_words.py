"""Words a mail showed crossed out (<strike>, <s>, <del>, text-decoration: line-through) are
the writer's visible retraction: the log, the packet and the threat reader keep them crossed
out, and the owner is told they were there, instead of quoting them as said."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from app.core.domain import Category
from app.core.shown_text import shown, struck_words
from app.importing.email_message import parse_email
from app.importing.html_text import html_reading, read_html
from app.importing.suggest import severity_for, suggest_categories
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN
from tests.helpers.packet_fixtures import flat, pdf_text

STRUCK_KILL = "k\u0336i\u0336l\u0336l\u0336 y\u0336o\u0336u\u0336"


def _gmail(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Angry Person <{ANGRY}>"
    message["To"] = OWN
    message["Subject"] = "The brakes"
    message["Date"] = "Tue, 24 Nov 2026 18:00:05 +0000"
    message["Message-ID"] = "<h1@example.com>"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return bytes(message)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Honestly I could <strike>kill you</strike> write you a stern letter.</p>",
        "<p>Honestly I could <s>kill you</s> write you a stern letter.</p>",
        "<p>Honestly I could <del>kill <b>you</b></del> write you a stern letter.</p>",
        '<p>Honestly I could <span style="text-decoration: line-through">kill you</span> '
        "write you a stern letter.</p>",
        "<style>.gone { text-decoration-line: line-through }</style><p>Honestly I could "
        '<span class="gone">kill you</span> write you a stern letter.</p>',
    ],
)
def test_struck_words_are_kept_crossed_out_and_named(html: str) -> None:
    reading = html_reading(html)
    assert reading.shown == f"Honestly I could {STRUCK_KILL} write you a stern letter."
    assert reading.struck == ("kill you",)
    assert "crossed out in the mail (“kill you”)" in (read_html(html)[1] or "")


def test_a_line_taken_off_the_element_itself_is_not_a_strike() -> None:
    assert html_reading('<p><del style="text-decoration:none">I will sue</del></p>').struck == ()
    # A child cannot take off its parent's line, as in every browser.
    nested = '<s>I could <span style="text-decoration:none">kill you</span></s>'
    assert html_reading(nested).struck == ("I could kill you",)


def test_struck_words_are_not_read_as_said_but_still_suggested_as_crossed_out() -> None:
    text = f"Honestly I could {STRUCK_KILL} write you a stern letter."
    [flag] = suggest_categories(text)
    assert flag.category is Category.THREAT_PHYSICAL
    assert flag.struck_only
    assert "crossed out in the message" in flag.explanation
    # The writer showed the words taken back: they do not raise the starting severity.
    assert severity_for([flag]) == 1
    assert struck_words(text) == ["kill you"]
    assert "kill" not in shown(text).read
    # Crossing out one word does not hide the threat written plainly beside it.
    [threat] = suggest_categories("I will k\u0336i\u0336l\u0336l\u0336 kill you tonight.")
    assert threat.category is Category.THREAT_PHYSICAL
    assert threat.words == ("kill you",)
    assert not threat.struck_only
    assert severity_for([threat]) == 5


def test_a_gmail_retraction_is_logged_and_printed_crossed_out_not_as_a_threat(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    """As Gmail writes it: the plain part drops the marks, the HTML part keeps them."""
    path = tmp_path / "strike.eml"
    path.write_bytes(
        _gmail(
            "Honestly I could kill you write you a stern letter about those brakes.\n",
            "<div>Honestly I could <strike>kill you</strike> write you a stern letter about "
            "those brakes.</div>",
        )
    )
    report = shop.imports.run([str(path)])
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    said = f"Honestly I could {STRUCK_KILL} write you a stern letter about those brakes."
    assert contact.text == said
    # Suggested for the owner to judge, noted as crossed out; not a severity-5 threat.
    assert Category.THREAT_PHYSICAL in contact.categories
    assert contact.severity < 5
    [warning] = report.imported[0].warnings
    assert "some of its words are crossed out in the mail (“kill you”)" in warning
    text = flat(
        " ".join(
            pdf_text(make_packet(shop, angry_customer_id, PacketOptions(PacketKind.LEGAL)).pdf.data)
        )
    )
    assert said in text
    assert "could kill you write" not in text
    # The packet says the flag is only suggested, and quotes the words as they were shown.
    assert "Threat of physical harm (suggested by Steady's word check, not reviewed)" in text


def test_plain_and_html_saying_different_things_keep_both_with_the_strike() -> None:
    found = parse_email(
        _gmail("Thanks for the repair.\n", "<p>I will <del>sue you</del> thank you.</p>"),
        "both.eml",
    )
    assert "I will s\u0336u\u0336e\u0336 y\u0336o\u0336u\u0336 thank you." in found.text
    assert "Thanks for the repair." in found.text


@pytest.mark.parametrize(
    "style",
    [
        "text-decoration: line-through transparent",
        "text-decoration: line-through; text-decoration-color: #fff",
        "text-decoration-line: line-through; text-decoration-thickness: 0",
        "text-decoration: line-through white",
    ],
)
def test_a_line_the_reader_may_not_see_does_not_take_a_threat_back(style: str) -> None:
    html = f'<p>I will <span style="{style}">kill you</span> tonight.</p>'
    reading = html_reading(html)
    assert reading.struck == ()
    assert [s.category for s in suggest_categories(reading.shown)] == [Category.THREAT_PHYSICAL]
    sheet = "<style>s { text-decoration-color: transparent }</style>"
    assert html_reading(f"{sheet}<p>I will <s>kill you</s> tonight.</p>").struck == ()


def _plain_only(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Angry Person <{ANGRY}>"
    message["To"] = OWN
    message["Subject"] = "The brakes"
    message["Date"] = "Tue, 24 Nov 2026 18:00:05 +0000"
    message["Message-ID"] = "<p1@example.com>"
    message.set_content(text)
    return bytes(message)


def test_words_a_plain_mail_crossed_out_with_the_combining_stroke_are_named_too(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    """Plain text has no <strike>: a sender crosses out with U+0336 after each letter, and the
    owner is told as for an HTML mail."""
    said = f"Honestly I could {STRUCK_KILL} write you a stern letter."
    path = tmp_path / "plain-strike.eml"
    path.write_bytes(_plain_only(said + "\n"))
    report = shop.imports.run([str(path)])
    [contact] = shop.contacts.page_for_customer(angry_customer_id, 0, 10)
    assert contact.text == said
    assert contact.severity < 5
    [warning] = report.imported[0].warnings
    assert warning.startswith("The mail “The brakes”: some of its words are crossed out")
    assert "(“kill you”)" in warning


def test_other_combining_marks_in_a_plain_mail_are_not_called_crossed_out() -> None:
    # Accents written as combining marks, and a "zalgo" line stacked with them.
    found = parse_email(
        _plain_only("Cafe\u0301 ne\u0301gociant. Z\u0351\u0352a\u0353lgo.\n"), "m.eml"
    )
    assert not any("crossed out" in warning for warning in found.warnings)
