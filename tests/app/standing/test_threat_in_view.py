"""A sign quotes the words that made a long message a threat, not its friendly opening."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from app.core.domain import Category, Customer
from app.standing.assessment import assess
from app.standing.threat_excerpt import around
from tests.helpers.standing_fixtures import MadeContact

AT = datetime(2026, 11, 18, 9, tzinfo=UTC)
LONG = (
    "Hi, I wanted to ask about the order number for my cushion, the blue one I ordered last "
    "month, and whether it has shipped yet. If it is not here by Friday I will find you and "
    "hurt you. Thanks, Rex"
)


def _reason(customer: Customer, *contacts) -> str:  # type: ignore[no-untyped-def]
    found = assess(
        customer,
        list(contacts),
        now=datetime(2026, 11, 26, tzinfo=UTC),
        hourly_rate=Decimal(40),
        currency_symbol="$",
        zone=UTC,
    )
    return next(s.reason for s in found.signs if s.key == Category.THREAT_PHYSICAL.value)


def test_the_threat_at_the_end_of_a_long_mail_is_what_the_sign_quotes(
    someone: Customer, make_contact: MadeContact
) -> None:
    mail = make_contact(AT, Category.THREAT_PHYSICAL, text=LONG, severity=5)
    reason = _reason(someone, mail)
    assert "hurt you" in reason
    assert "“…" in reason  # the cut is shown: nobody may think the mail began there
    assert "Hi, I wanted to ask" not in reason


def test_a_short_threat_is_quoted_whole_and_a_note_is_never_quoted(
    someone: Customer, make_contact: MadeContact
) -> None:
    from dataclasses import replace

    from app.core.domain import Channel

    short = make_contact(AT, Category.THREAT_PHYSICAL, text="I will hurt you.", severity=5)
    assert "“I will hurt you.”" in _reason(someone, short)
    note = make_contact(
        AT, Category.THREAT_PHYSICAL, channel=Channel.PHONE, text="Rex rang. " + LONG, severity=5
    )
    note = replace(note, details=replace(note.details, staff="Sam"))
    told = _reason(someone, note)
    assert "Sam's note" in told and "“" not in told


def test_an_excerpt_cuts_at_words_and_keeps_the_words_whole() -> None:
    text = "word " * 30 + "I know where you live" + " and more" * 30
    excerpt = around(text, "I know where you live")
    assert "I know where you live" in excerpt
    assert excerpt.startswith("…word") and excerpt.endswith("…")
    assert len(excerpt) <= 72
    assert around("Short, whole.", "whole") == "Short, whole."


def test_the_packet_s_signs_quote_the_threat_too(services) -> None:  # type: ignore[no-untyped-def]
    from app.packets.assembly import PacketOptions
    from app.packets.data import PacketKind
    from app.packets.making import make_packet
    from tests.helpers.fixtures import FakeClock, inbound
    from tests.helpers.packet_fixtures import flat, pdf_text

    rex = services.customers.add(Customer(name="Rex Angry"))
    services.contacts.log(
        rex, inbound(LONG, FakeClock()(), categories=(Category.THREAT_PHYSICAL,), severity=5)
    )
    made = make_packet(services, rex, PacketOptions(PacketKind.TERMINATION))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    signs = text.split("Other signs in the log")[-1].replace("...", "…")
    assert "“…If it is not here by Friday I will find you and hurt you. Thanks, Rex”" in signs
