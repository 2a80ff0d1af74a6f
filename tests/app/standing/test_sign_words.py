"""The signs on the customer page quote only what the customer wrote: a staff member's note of
a call, a note written down at the business and the owner's own summary are named as what they
are, never put in quotation marks as the customer's words."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from app.core.domain import Category, Channel, Contact, Customer
from app.standing.assessment import assess
from app.standing.reading import shortened
from tests.helpers.standing_fixtures import MadeContact

C = Category
NOW = datetime(2026, 10, 1, tzinfo=UTC)
CALL = "He called me a useless idiot and said he'd smash the window."


def _by(contact: Contact, staff: str) -> Contact:
    return replace(contact, details=replace(contact.details, staff=staff))


def _reasons(customer: Customer, contacts: list[Contact]) -> dict[str, str]:
    found = assess(customer, contacts, now=NOW, hourly_rate=Decimal(40), zone=UTC)
    return {sign.key: sign.reason for sign in found.signs}


def test_a_sign_quotes_the_customers_words_and_names_a_note_as_its_writers(
    make_contact: MadeContact, someone: Customer
) -> None:
    call = _by(
        make_contact(
            datetime(2026, 9, 6, 10, tzinfo=UTC),
            C.THREAT_VANDALISM,
            channel=Channel.PHONE,
            text=CALL,
            severity=5,
        ),
        "Sam",
    )
    email = make_contact(
        datetime(2026, 9, 1, 10, tzinfo=UTC),
        C.THREAT_LEGAL,
        text="I will call my lawyer today if you do not answer.",
        summary="Arabic email",
        severity=4,
    )
    voicemail = _by(
        make_contact(
            datetime(2026, 9, 4, 10, tzinfo=UTC),
            C.THREAT_PHYSICAL,
            channel=Channel.OTHER,
            text="Voicemail left for Sam: he will wait outside the shop after closing.",
            severity=5,
        ),
        "Sam",
    )
    passed_on = make_contact(
        datetime(2026, 9, 8, 10, tzinfo=UTC),
        C.THREAT_PUBLIC,
        channel=Channel.OTHER,
        text="A neighbour says he will post about us everywhere.",
    )
    summary_only = make_contact(
        datetime(2026, 9, 9, 10, tzinfo=UTC),
        C.HARASSING_OTHERS,
        text="",
        summary="Threat against a staff member",
    )
    reasons = _reasons(someone, [email, voicemail, call, passed_on, summary_only])

    assert reasons["threat-vandalism"] == (
        f"On Sun 6 Sep 2026: Sam's note of the call: {CALL[:-1]}."
    )
    assert reasons["threat-legal"] == (
        "On Tue 1 Sep 2026: “I will call my lawyer today if you do not answer.”"
    )
    assert reasons["threat-physical"] == (
        "On Fri 4 Sep 2026: Sam's note: Voicemail left for Sam: he will wait outside the shop "
        "after closing."
    )
    assert reasons["threat-public"] == (
        "On Tue 8 Sep 2026: a note written down at the business: A neighbour says he will post "
        "about us everywhere."
    )
    assert reasons["harassing-others"].endswith("latest: logged as: Threat against a staff member.")
    quoted = " ".join(reasons.values())
    for not_theirs in ("“He called", "“Voicemail", "“A neighbour", "“Arabic email", "“Threat"):
        assert not_theirs not in quoted


def test_a_long_quote_is_cut_between_words() -> None:
    text = "I know your manager goes home every night to her house at 12 Elm Street, Portmere"
    cut = shortened(text)
    assert cut == "I know your manager goes home every night to her house at 12 Elm…"
    assert len(cut) <= 70
