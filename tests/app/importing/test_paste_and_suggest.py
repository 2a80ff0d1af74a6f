"""Splitting pasted threads and transcripts; suggesting categories from the exact words."""

from __future__ import annotations

from datetime import datetime

from app.core.domain import Category
from app.importing.paste import split_pasted
from app.importing.suggest import suggest_categories


def test_an_outlook_thread_splits_at_its_header_blocks() -> None:
    text = (
        "Sorry for the delay.\n\n"
        "From: Angry Person <angry@example.com>\n"
        "Sent: Monday, March 2, 2026 10:15 AM\n"
        "To: support@shop.example\n"
        "Subject: RE: order\n\n"
        "You are thieves.\n\n"
        "-----Original Message-----\n"
        "From: support@shop.example\n"
        "Sent: 01 March 2026 09:00\n"
        "Subject: order\n"
        "Your order shipped.\n"
    )
    messages = split_pasted(text)
    assert [(m.sender_address, m.subject, m.text) for m in messages] == [
        ("", "", "Sorry for the delay."),
        ("angry@example.com", "RE: order", "You are thieves."),
        ("support@shop.example", "order", "Your order shipped."),
    ]
    assert messages[1].sent_at == datetime(2026, 3, 2, 10, 15).astimezone()


def test_a_gmail_thread_splits_at_on_wrote_and_unquotes() -> None:
    messages = split_pasted(
        "Fine. I'll see you in court.\n\n"
        "On Mon, 2 Mar 2026 at 10:15, Pat Example <pat@example.com> wrote:\n"
        "> We are sorry, we can refund.\n>\n"
        "> On Sun, 1 Mar 2026 at 22:01, Angry <angry@example.com> wrote:\n"
        ">> Where is my order?\n"
    )
    assert [(m.sender_address, m.sent, m.text) for m in messages] == [
        ("", "", "Fine. I'll see you in court."),
        ("pat@example.com", "Mon, 2 Mar 2026 at 10:15", "We are sorry, we can refund."),
        ("angry@example.com", "Sun, 1 Mar 2026 at 22:01", "Where is my order?"),
    ]


def test_chat_transcripts_split_per_line_and_keep_continuations() -> None:
    messages = split_pasted("[10:32] Pat: hello\n[10:33] Angry Guy: you scammer\nstill here")
    assert [(m.sender, m.text) for m in messages] == [
        ("Pat", "hello"),
        ("Angry Guy", "you scammer\nstill here"),
    ]
    whatsapp = split_pasted("12/03/2026, 10:32 - Pat: hi\n12/03/2026, 10:33 - Bob: go away")
    assert [m.sent_at for m in whatsapp] == [
        datetime(2026, 3, 12, 10, 32).astimezone(),
        datetime(2026, 3, 12, 10, 33).astimezone(),
    ]


def test_text_without_headers_is_one_message() -> None:
    assert [m.text for m in split_pasted("  just one message \n")] == ["just one message"]
    assert split_pasted("   \n") == []


def test_suggestions_name_the_exact_words_that_triggered_them() -> None:
    found = {
        s.category: s.words
        for s in suggest_categories(
            "You IDIOTS. I’ll sue you, file a chargeback and leave a 1-star review. "
            "I know where you live. I'll smash your windows."
        )
    }
    assert found == {
        Category.ABUSE: ("IDIOTS",),
        Category.THREAT_LEGAL: ("I’ll sue",),
        Category.THREAT_CHARGEBACK: ("chargeback",),
        Category.THREAT_PUBLIC: ("1-star review",),
        Category.THREAT_PHYSICAL: ("I know where you live",),
        Category.THREAT_VANDALISM: ("smash your windows",),
    }


def test_ordinary_words_suggest_nothing() -> None:
    assert suggest_categories("Thanks, the assessment was useful; I assume it ships Monday.") == []
