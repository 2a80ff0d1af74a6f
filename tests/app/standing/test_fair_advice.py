"""Advice a lawyer for the other side could read without finding it unfair: asking for a manager
is no threat, a staff note is not the customer's words, and "asked for" is what was asked for.
Each case also has its hostile twin, still flagged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.core.domain import Category, Channel, Contact, Customer
from app.standing.assessment import assess
from app.standing.demands import asked_amount
from app.standing.records import Assessment, Sign
from tests.helpers.standing_fixtures import MadeContact

C = Category
NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def _assess(customer: Customer, contacts: list[Contact], symbol: str = "$") -> Assessment:
    return assess(
        customer, contacts, now=NOW, hourly_rate=Decimal(40), currency_symbol=symbol, zone=UTC
    )


def _sign(found: Assessment, key: str) -> Sign | None:
    return next((s for s in found.signs if s.key == key), None)


def _steps(found: Assessment) -> list[str]:
    return [step.text for step in found.next_steps]


def _ground(found: Assessment, key: str) -> tuple[bool, str]:
    ground = next(g for g in found.grounds if g.key == key)
    return ground.met, ground.reason


def _by(contact: Contact, staff: str) -> Contact:
    return replace(contact, details=replace(contact.details, staff=staff))


# --- asking for a manager ---------------------------------------------------------------------


def test_asking_for_a_manager_is_no_threat_and_a_staff_note_is_not_the_customers(
    someone: Customer, make_contact: MadeContact
) -> None:
    asked = make_contact(
        datetime(2026, 11, 10, 10, tzinfo=UTC),
        text="Hello, the parcel has not arrived yet. Could I please speak to your manager about "
        "a new delivery slot? Many thanks, Polly",
    )
    note = _by(
        make_contact(
            datetime(2026, 11, 12, 11, tzinfo=UTC),
            channel=Channel.PHONE,
            text="Polly rang about the parcel. I told her I would check with head office and "
            "ring back.",
        ),
        "Sam",
    )
    found = _assess(someone, [asked, note])
    assert found.signs == ()
    assert _ground(found, "threats") == (False, "No threat is logged.")
    assert found.next_steps == () and found.risk == 0
    shown = " ".join(s.reason for s in found.signs)
    assert "head office" not in shown and "Sam's note" not in shown


def test_a_regulator_is_told_for_information_only(
    someone: Customer, make_contact: MadeContact
) -> None:
    letter = make_contact(NOW, text="I am writing to the ombudsman about this today.")
    note = _by(
        make_contact(
            NOW - timedelta(days=1),
            channel=Channel.PHONE,
            text="I told him he may go to trading standards if he wishes.",
        ),
        "Sam",
    )
    found = _assess(someone, [note, letter])
    sign = _sign(found, "outside-body")
    assert sign is not None and sign.contact_ids == (letter.id,)
    assert "(not a threat)" in sign.title
    assert sign.reason == "On Thu 26 Nov 2026: “I am writing to the ombudsman about this today.”."
    assert not _ground(found, "threats")[0]
    assert "Stop the conversation and take advice before replying" not in _steps(found)


def test_a_real_threat_with_a_manager_asked_for_still_stops_the_conversation(
    someone: Customer, make_contact: MadeContact
) -> None:
    hostile = make_contact(
        NOW,
        C.THREAT_LEGAL,
        severity=4,
        text="Get me your manager or I will see you in court.",
    )
    found = _assess(someone, [hostile])
    assert _ground(found, "threats") == (True, "1 threat: threat of legal action.")
    assert _steps(found)[0] == "Stop the conversation and take advice before replying"


# --- the amount asked for ---------------------------------------------------------------------


def test_asked_for_is_the_amount_asked_not_the_largest_in_the_message(
    someone: Customer, make_contact: MadeContact
) -> None:
    loyal = make_contact(
        datetime(2026, 11, 20, 9, tzinfo=UTC),
        text="I have spent over $2,000 in your shop over the years, and all I ask is a refund "
        "of the $19.95 for the cushion that arrived torn. Photos attached.",
    )
    shipping = make_contact(
        datetime(2026, 11, 21, 9, tzinfo=UTC),
        text="Hello, I paid 19.95 dollars and the shipping was 45 euros?! Can you refund the "
        "shipping please.",
    )
    found = _assess(someone, [loyal, shipping])
    assert _sign(found, "disproportionate-demand") is None
    assert "Offer a refund and move on" not in _steps(found)


def test_a_demand_many_times_the_price_is_still_out_of_proportion(
    someone: Customer, make_contact: MadeContact
) -> None:
    greedy = make_contact(
        NOW,
        text="I want $500 compensation for a $19.95 cushion or I go to the papers.",
    )
    found = _assess(someone, [greedy])
    sign = _sign(found, "disproportionate-demand")
    assert sign is not None
    assert sign.reason == "Asked for $500.00 when they have paid $19.95 in all (1 demand)."


def test_a_sum_in_another_currency_is_never_told_as_the_owners() -> None:
    assert asked_amount("Refund me 450 euros now.", "$") == 0
    assert asked_amount("Refund me 450 euros now.", "€") == Decimal("450.00")
    assert asked_amount("You owe me £2,000 in damages.", "£") == Decimal("2000.00")
    assert asked_amount("I want my $30 back, a refund of it", "CA$") == Decimal("30.00")
    assert asked_amount("Pay me US$300 now", "CA$") == 0
