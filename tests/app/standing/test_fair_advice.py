"""Advice a lawyer for the other side could read without finding it unfair: asking for a manager
is no threat, a staff note is not the customer's words, a polite chaser is no burst, "asked for"
is what was asked for, a platform report only for what happened on a platform, and one loud
complaint does not end the relationship. Each case also has its hostile twin, still flagged."""

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


def test_writing_to_a_regulator_is_their_right_not_a_sign(
    someone: Customer, make_contact: MadeContact
) -> None:
    letter = make_contact(NOW, text="I am writing to the ombudsman about this today.")
    found = _assess(someone, [letter])
    assert found.signs == () and found.next_steps == ()
    assert _ground(found, "threats") == (False, "No threat is logged.")


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


# --- polite chasers ---------------------------------------------------------------------------

CHASER = "Hello, is there any news on my order 1142? Thanks, Ann"


def test_three_polite_chasers_a_day_apart_are_no_burst(
    someone: Customer, make_contact: MadeContact
) -> None:
    chasers = [
        make_contact(datetime(2026, 11, 20, 9, tzinfo=UTC), text=CHASER),
        make_contact(
            datetime(2026, 11, 21, 8, 30, tzinfo=UTC),
            text="Hello, is there any news on my order 1142 please? Thanks, Ann",
        ),
        make_contact(
            datetime(2026, 11, 22, 8, tzinfo=UTC),
            text="Hello again, is there any news on my order 1142? Thanks, Ann",
        ),
    ]
    found = _assess(someone, chasers)
    assert _sign(found, "burst") is None
    assert "Send a warning that names the behaviour" not in _steps(found)


def test_the_same_question_twenty_times_in_an_hour_is_a_burst(
    someone: Customer, make_contact: MadeContact
) -> None:
    start = datetime(2026, 11, 20, 9, tzinfo=UTC)
    flood = [make_contact(start + timedelta(minutes=3 * i), text=CHASER) for i in range(20)]
    found = _assess(someone, flood)
    burst = _sign(found, "burst")
    assert burst is not None and len(burst.contact_ids) == 20
    assert "the same message 20 times by email between 09:00 and 09:57" in burst.reason
    assert "Send a warning that names the behaviour" in _steps(found)


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
    assert asked_amount("Compensate me $500 for this $19.95 mess.", "$") == Decimal("500.00")
    assert asked_amount("I want my money back: $19.95. I've spent $900 here!", "$") == Decimal(
        "19.95"
    )


# --- going after other customers --------------------------------------------------------------


def test_harassing_a_customer_in_the_shop_is_no_platform_report(
    someone: Customer, make_contact: MadeContact
) -> None:
    visit = _by(
        make_contact(
            datetime(2026, 11, 20, 11, tzinfo=UTC),
            C.HARASSING_OTHERS,
            channel=Channel.IN_PERSON,
            severity=3,
            text="Hal shouted at the customer behind him in the queue and told her not to buy "
            "here.",
        ),
        "Sam",
    )
    found = _assess(someone, [visit])
    steps = _steps(found)
    assert "Report the posts to the platform" not in steps
    assert steps[0] == "Send a warning that names the behaviour"


def test_a_customer_frightened_in_the_shop_means_the_police_first(
    someone: Customer, make_contact: MadeContact
) -> None:
    visit = make_contact(
        NOW,
        C.HARASSING_OTHERS,
        channel=Channel.IN_PERSON,
        severity=5,
        text="He followed a customer to her car shouting that he would get her.",
    )
    steps = _steps(_assess(someone, [visit]))
    assert steps[0] == "Report the threat to the police"
    assert "Report the posts to the platform" not in steps


def test_a_lawyers_threat_beside_it_is_no_police_matter(
    someone: Customer, make_contact: MadeContact
) -> None:
    visit = make_contact(
        NOW,
        C.HARASSING_OTHERS,
        C.THREAT_LEGAL,
        channel=Channel.IN_PERSON,
        severity=5,
        text="He told the customer at the till he would sue her and us.",
    )
    assert "Report the threat to the police" not in _steps(_assess(someone, [visit]))


def test_going_after_other_customers_online_is_reported_to_the_platform(
    someone: Customer, make_contact: MadeContact
) -> None:
    post = make_contact(
        NOW,
        C.HARASSING_OTHERS,
        channel=Channel.SOCIAL,
        severity=3,
        url="https://x.example/renee/status/1",
        text="@jo don't buy from these crooks, and you are an idiot if you do.",
    )
    steps = _steps(_assess(someone, [post]))
    assert steps[:2] == [
        "Report the posts to the platform",
        "Send a warning that names the behaviour",
    ]


# --- one loud complaint ----------------------------------------------------------------------

LOUD = (
    "Your delivery service is pathetic. THREE WEEKS and still no parcel. If it is not here by "
    "Monday I want a refund, and I will leave a one-star review so others know."
)


def test_one_loud_complaint_does_not_end_the_relationship(
    someone: Customer, make_contact: MadeContact
) -> None:
    loud = make_contact(NOW, C.ABUSE, C.THREAT_PUBLIC, severity=5, text=LOUD)
    found = _assess(someone, [loud])
    abuse = _sign(found, "abuse")
    assert abuse is not None and abuse.reason == "Once, worst at severity 4 of 5."
    assert "End the relationship" not in _steps(found)


def test_abuse_on_several_days_with_threats_still_ends_it(
    someone: Customer, make_contact: MadeContact
) -> None:
    first = make_contact(NOW - timedelta(days=3), C.ABUSE, severity=4, text="You are all thieves.")
    then = make_contact(
        NOW, C.ABUSE, C.THREAT_LEGAL, severity=5, text="Thieves. See you in court, you clowns."
    )
    found = _assess(someone, [first, then])
    assert _ground(found, "abuse-or-unsafe") == (True, "Abusive twice.")
    assert _steps(found)[-1] == "End the relationship"


def test_one_threat_to_someones_safety_is_enough_to_end_it(
    someone: Customer, make_contact: MadeContact
) -> None:
    threat = make_contact(NOW, C.THREAT_PHYSICAL, severity=5, text="I know where you live.")
    steps = _steps(_assess(someone, [threat]))
    assert steps[0] == "Report the threat to the police"
    assert steps[-1] == "End the relationship"


def test_owner_set_severity_five_on_abuse_alone_is_kept(
    someone: Customer, make_contact: MadeContact
) -> None:
    rant = make_contact(NOW, C.ABUSE, severity=5, text="You vile useless people.")
    abuse = _sign(_assess(someone, [rant]), "abuse")
    assert abuse is not None and abuse.reason.endswith("worst at severity 5 of 5.")


# --- every reason a sentence ------------------------------------------------------------------


def test_every_reason_starts_with_a_capital(someone: Customer, make_contact: MadeContact) -> None:
    threats = [
        make_contact(NOW - timedelta(days=d), C.THREAT_LEGAL, severity=4, text="I will sue.")
        for d in (1, 2)
    ]
    found = _assess(someone, threats)
    (sign,) = found.signs
    assert sign.reason == "Twice, latest on Wed 25 Nov 2026: “I will sue.”"
