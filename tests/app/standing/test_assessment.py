"""Where a customer stands, as a person reading the log would say it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from app.core.domain import Category, Channel, Customer, Direction
from app.services import Services
from app.standing.action_records import ActionKind
from app.standing.assessment import assess
from app.standing.records import Assessment
from app.standing.volume import book_average_by_month
from tests.helpers.standing_fixtures import MadeContact

C = Category
NOW = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)


def _keys(assessment: Assessment) -> set[str]:
    return {sign.key for sign in assessment.signs}


def _met(assessment: Assessment) -> set[str]:
    return {ground.key for ground in assessment.grounds_met}


def _steps(assessment: Assessment) -> list[ActionKind]:
    return [step.action for step in assessment.next_steps]


def _sign(assessment: Assessment, key: str):  # type: ignore[no-untyped-def]
    return next(sign for sign in assessment.signs if sign.key == key)


# --- the four demo customers --------------------------------------------------------------


def test_pryce_an_outage_turned_into_threats(demo_services: Services, demo_ids: dict) -> None:
    """Gordon Pryce: a 40-minute outage, then $500 demanded on a $59.94 account, threats to
    post everywhere, a forum post calling the business a scam, and chargebacks threatened.
    Threats, a disproportionate demand and public harassment; no abuse, never warned; it all
    happened within two weeks months ago, so it is no pattern and not getting worse now."""
    a = demo_services.assessor.assess(demo_ids["pryce"])
    assert _keys(a) == {
        "disproportionate-demand",
        "threat-public",
        "threat-chargeback",
        "harassment-social",
    }
    assert _met(a) == {"threats"}
    assert "$500.00" in _sign(a, "disproportionate-demand").reason
    assert "$59.94" in _sign(a, "disproportionate-demand").reason
    assert "hosttalk.example" in _sign(a, "harassment-social").reason
    assert "libel" in _sign(a, "harassment-social").reason  # "a SCAM - they stole my data"
    assert not a.escalation.worsening and a.escalation.reason.startswith("Quiet")
    steps = _steps(a)
    assert steps[0] is ActionKind.STOP_CONVERSATION  # after a threat, stop and take advice
    assert {ActionKind.PLATFORM_REPORT, ActionKind.LEGAL_ADVICE, ActionKind.REFUND} <= set(steps)
    assert ActionKind.TERMINATE not in steps  # one ground, never warned: not yet
    # 5 messages from him, 115 minutes at $45/h
    assert a.cost.sentence == (
        "5 messages over 13 days, 1 h 55 min of your time (≈ $86.25) for $59.94 paid"
    )


def test_morrow_a_flood_in_one_day_but_no_grounds(demo_services: Services, demo_ids: dict) -> None:
    """Tasha Morrow: locked out, she called 17 times and posted 23 times on X in one day. That
    is a burst and harassment on social media; one call called the agent "useless" (severity 2,
    rude rather than abusive). No threats, no abuse, never warned: no ground is met. The posts
    are angry, not defamatory, so no lawyer; a warning and a platform report fit."""
    a = demo_services.assessor.assess(demo_ids["morrow"])
    assert _keys(a) == {"burst", "harassment-social", "abuse"}
    assert _met(a) == set()
    burst = _sign(a, "burst")
    assert "17 calls" in burst.reason and "40 contacts in all" in burst.reason
    assert "within one hour" in burst.reason and "23 posts" in burst.reason
    assert len(burst.contact_ids) == 40
    assert "libel" not in _sign(a, "harassment-social").reason
    abuse_ground = next(g for g in a.grounds if g.key == "abuse-or-unsafe")
    assert abuse_ground.reason.startswith("Not yet: 1 rude remark")
    assert ActionKind.WARNING in _steps(a) and ActionKind.PLATFORM_REPORT in _steps(a)
    assert ActionKind.LEGAL_ADVICE not in _steps(a) and ActionKind.TERMINATE not in _steps(a)
    assert a.cost.inbound_messages == 41 and a.cost.days == 2


def test_hale_worse_after_a_warning(demo_services: Services, demo_ids: dict) -> None:
    """Victor Hale: a long-standing customer whose tone worsened over months — insults, swearing
    at Sam, a warning in writing, then more abuse, a legal threat and a threat to wait for Sam
    after work. Every ground is met and it is getting worse: call the police about the threat,
    stop the conversation, and end the relationship."""
    a = demo_services.assessor.assess(demo_ids["hale"])
    assert _keys(a) == {"threat-physical", "threat-legal", "abuse", "pattern"}
    assert _met(a) == {"abuse-or-unsafe", "threats", "no-change-after-warning"}
    warned = next(g for g in a.grounds if g.key == "no-change-after-warning")
    assert len(warned.contact_ids) == 3  # the abusive email, the lawyer, the café threat
    assert a.escalation.worsening
    assert "physical harm" in a.escalation.reason
    steps = _steps(a)
    assert steps[:2] == [ActionKind.POLICE_REPORT, ActionKind.STOP_CONVERSATION]
    assert steps[-1] is ActionKind.TERMINATE
    assert ActionKind.WARNING not in steps  # he has been warned already
    assert "towards Sam" in _sign(a, "abuse").reason
    assert a.risk == 100


def test_delacroix_public_lies_and_other_customers(demo_services: Services, demo_ids: dict) -> None:
    """Renée Delacroix: refused a late refund on a $19.95 plan, she posted false reviews (one
    under another name), messaged other customers, called the owner a liar and a thief, and
    threatened to write to every review site. Abuse and threats are grounds; she was never
    warned, so a warning is still a next step alongside the platform report."""
    a = demo_services.assessor.assess(demo_ids["delacroix"])
    assert _keys(a) == {
        "harassment-social",
        "harassing-others",
        "abuse",
        "threat-public",
        "pattern",
        "policy-breach",
    }
    assert _met(a) == {"abuse-or-unsafe", "threats"}
    assert "2 reviews" in _sign(a, "harassment-social").reason
    steps = _steps(a)
    assert {ActionKind.PLATFORM_REPORT, ActionKind.WARNING, ActionKind.TERMINATE} <= set(steps)
    assert a.cost.sentence.endswith("for $19.95 paid")
    assert a.cost.cost > a.cost.paid


def test_demo_risk_order_puts_the_dangerous_first(demo_services: Services, demo_ids: dict) -> None:
    risks = {name: demo_services.assessor.assess(i).risk for name, i in demo_ids.items()}
    assert max(risks, key=risks.__getitem__) == "hale"
    assert min(risks, key=risks.__getitem__) == "morrow"
    assert all(0 <= r <= 100 for r in risks.values())


def test_a_logged_step_leaves_the_list(demo_services: Services, demo_ids: dict) -> None:
    hale = demo_ids["hale"]
    demo_services.actions.log(
        hale, ActionKind.POLICE_REPORT, reference="PR-77", details={"officer": "Sgt Lee"}
    )
    steps = _steps(demo_services.assessor.assess(hale))
    assert ActionKind.POLICE_REPORT not in steps
    assert ActionKind.STOP_CONVERSATION in steps


# --- edge cases ---------------------------------------------------------------------------


def test_no_contacts(someone: Customer) -> None:
    a = assess(someone, [], now=NOW, hourly_rate=Decimal("40"))
    assert a.signs == () and a.grounds_met == () and a.next_steps == ()
    assert a.risk == 0 and a.monthly == ()
    assert a.escalation.reason == "Nothing from this customer yet."
    assert a.cost.sentence == "No messages from them yet; $19.95 paid"


def test_one_contact(someone: Customer, make_contact: MadeContact) -> None:
    one = make_contact(NOW - timedelta(days=3), C.THREAT_LEGAL, severity=4, minutes=30)
    a = assess(someone, [one], now=NOW, hourly_rate=Decimal("40"))
    assert _keys(a) == {"threat-legal"}
    assert _sign(a, "threat-legal").contact_ids == (one.id,)
    assert _met(a) == {"threats"}
    assert "too early" in a.escalation.reason and not a.escalation.worsening
    assert a.cost.days == 1 and a.cost.messages_per_day == 1.0
    assert a.cost.cost == Decimal("20.00")
    assert [(m.month, m.contacts) for m in a.monthly] == [("2026-10", 1), ("2026-11", 0)]
    assert a.cost.sentence.startswith("1 message over 1 day, 30 min")


def test_all_contacts_on_one_day(someone: Customer, make_contact: MadeContact) -> None:
    zone = ZoneInfo("Europe/London")
    start = datetime(2026, 6, 10, 8, 0, tzinfo=zone)
    calls = [
        make_contact(start + timedelta(minutes=50 * i), channel=Channel.PHONE) for i in range(6)
    ]
    a = assess(someone, calls, now=start + timedelta(days=1), hourly_rate=Decimal("40"), zone=zone)
    assert _keys(a) == {"burst"}
    assert _sign(a, "burst").reason == "Wed 10 Jun 2026: 6 calls."
    assert a.cost.days == 1 and a.cost.messages_per_day == 6.0
    assert "pattern" not in _keys(a)  # one bad day is not a pattern over time


def test_bursts_across_the_autumn_clock_change(
    someone: Customer, make_contact: MadeContact
) -> None:
    """New York, 1 November 2026: clocks go back at 02:00, so 01:00–02:00 happens twice.
    Eight calls from 00:40 to 01:50 *wall-clock* on that night span 2 h 10 min of real time:
    no 60-minute window may hold all of them, and the day (25 hours long) holds them all."""
    zone = ZoneInfo("America/New_York")
    first = datetime(2026, 11, 1, 4, 40, tzinfo=UTC)  # 00:40 EDT
    calls = [
        make_contact(first + timedelta(minutes=18.5 * i), channel=Channel.PHONE) for i in range(8)
    ]
    wall = [c.occurred_at.astimezone(zone).strftime("%H:%M") for c in calls]
    assert wall[0] == "00:40" and wall[-1] == "01:49"  # looks like 69 minutes on the clock
    a = assess(someone, calls, now=first + timedelta(days=2), hourly_rate=Decimal("40"), zone=zone)
    reason = _sign(a, "burst").reason
    assert reason.startswith("Sun 1 Nov 2026: 8 calls")
    assert "within one hour" not in reason  # 8 calls ≥ 6 would be a false hourly burst


def test_spring_clock_change_counts_real_minutes(
    someone: Customer, make_contact: MadeContact
) -> None:
    """London, 29 March 2026: 00:50 GMT to 02:20 BST is 30 minutes of real time."""
    zone = ZoneInfo("Europe/London")
    start = datetime(2026, 3, 29, 0, 50, tzinfo=UTC)
    posts = [
        make_contact(start + timedelta(minutes=5 * i), channel=Channel.SOCIAL) for i in range(7)
    ]
    a = assess(someone, posts, now=start + timedelta(days=1), hourly_rate=Decimal("40"), zone=zone)
    assert "7 within one hour from 00:50 (7 posts)" in _sign(a, "burst").reason


def test_months_follow_the_owners_zone(someone: Customer, make_contact: MadeContact) -> None:
    zone = ZoneInfo("Pacific/Auckland")
    late_october_utc = datetime(2026, 10, 31, 20, 0, tzinfo=UTC)  # 1 November in Auckland
    a = assess(
        someone,
        [make_contact(late_october_utc)],
        now=late_october_utc + timedelta(days=1),
        hourly_rate=Decimal("40"),
        zone=zone,
    )
    assert [m.month for m in a.monthly] == ["2026-11"]


def test_escalation_frequency_and_severity(someone: Customer, make_contact: MadeContact) -> None:
    calm = [make_contact(NOW - timedelta(days=120 - 10 * i), severity=2) for i in range(4)]
    storm = [make_contact(NOW - timedelta(days=i + 1), C.ABUSE, severity=4) for i in range(5)]
    a = assess(someone, calm + storm, now=NOW, hourly_rate=Decimal("40"))
    assert a.escalation.worsening
    assert "contacts a week lately" in a.escalation.reason
    assert "severity 4.0 lately against 2.0" in a.escalation.reason
    calmer = assess(someone, storm + calm, now=NOW + timedelta(days=60), hourly_rate=Decimal("1"))
    assert not calmer.escalation.worsening


def test_warning_then_nothing_difficult(someone: Customer, make_contact: MadeContact) -> None:
    rude = make_contact(NOW - timedelta(days=30), C.ABUSE, severity=3)
    warning = make_contact(
        NOW - timedelta(days=29), direction=Direction.OUTBOUND, summary="Warning about language"
    )
    polite = make_contact(NOW - timedelta(days=2), severity=1)
    a = assess(someone, [rude, warning, polite], now=NOW, hourly_rate=Decimal("40"))
    ground = next(g for g in a.grounds if g.key == "no-change-after-warning")
    assert not ground.met and "nothing difficult since" in ground.reason
    assert ActionKind.WARNING not in _steps(a)


def test_book_average_by_month() -> None:
    times = [(1, NOW), (1, NOW), (2, NOW), (2, NOW - timedelta(days=40))]
    assert book_average_by_month(times, UTC) == {"2026-11": 1.5, "2026-09": 0.5}
