from __future__ import annotations

from datetime import timedelta

from app.reply.checklist import extract_checklist
from app.reply.readiness import blockers
from app.reply.signature import has_sign_off, with_signature
from app.reply.steps import (
    ProductTest,
    ReplyState,
    Step,
    format_left,
    override_matches,
    state_from_dict,
    state_to_dict,
)
from app.reply.tone import check_tone
from tests.helpers.fixtures import FakeClock
from tests.helpers.reply_fixtures import ANGRY

SIGNATURE = "Jordan Ellis\nOwner, Larkspur Lamps"


def state(clock: FakeClock, **fields: object) -> ReplyState:
    return ReplyState(
        customer_id=1, contact_id=2, cooling_started_at=clock(), cooling_minutes=15, **fields
    )  # type: ignore[arg-type]


def test_the_checklist_lists_every_question_and_complaint() -> None:
    items = extract_checklist(ANGRY)
    assert [(i.kind, i.text) for i in items] == [
        ("question", "Where is my refund?"),
        ("complaint", "I ordered the blue lamp on 3 March and it arrived broken."),
        ("complaint", "Your shop is a joke and I have waited two weeks for an answer."),
        ("question", "Why has nobody replied?"),
    ]


def test_the_checklist_ignores_quoted_earlier_mail_and_repeats() -> None:
    text = "Is it shipped?\nIs it shipped?\n> Did you get my order?\nThanks."
    assert [i.text for i in extract_checklist(text)] == ["Is it shipped?"]


def test_the_timer_counts_down_from_when_it_started(clock: FakeClock) -> None:
    reply = state(clock)
    assert reply.is_cooling(clock())
    clock.advance(minutes=14, seconds=30)
    assert format_left(reply.cooling_left(clock())) == "00:30"
    clock.advance(seconds=30)
    assert not reply.is_cooling(clock())
    assert reply.cooling_taken(clock() + timedelta(hours=2)) == timedelta(minutes=15)


def test_the_override_needs_the_sentence_typed() -> None:
    assert override_matches("i am calm and ready to reply.")
    assert override_matches("  I am calm   and ready to reply ")
    assert not override_matches("ok")
    assert not override_matches("I am ready")


def test_each_step_says_what_is_left_to_do(clock: FakeClock) -> None:
    reply = state(clock)
    assert "Drafting opens in 15:00" in blockers(reply, clock(), [], SIGNATURE)[0]
    reply.step = Step.CONSIDER
    assert "Answer each question" in blockers(reply, clock(), [], SIGNATURE)[0]
    reply.answers = {"bad_day": "no", "legitimacy": "some", "their_side": "late lamp"}
    assert blockers(reply, clock(), [], SIGNATURE) == []
    reply.step = Step.REVIEW
    reply.checklist = extract_checklist(ANGRY)
    reply.draft = "Dear Morwenna, obviously [the date] is wrong."
    flags = check_tone(reply.draft)
    reasons = blockers(reply, clock(), flags, SIGNATURE)
    assert "Fill in or delete [the date]" in reasons[0]
    assert "4 points on the checklist are not answered yet" in reasons[1]
    assert "1 tone flag remains. Fix it," in reasons[2]
    reply.checklist = reply.checklist[:1]
    assert (
        "1 point on the checklist is not answered yet: “"
        in blockers(reply, clock(), flags, SIGNATURE)[1]
    )
    reply.step = Step.SIGN
    assert blockers(reply, clock(), [], SIGNATURE) == [
        "End with a sign-off such as “Kind regards,”.",
        "Insert your signature block.",
    ]
    reply.language = "es"  # the example is in the reply's own language
    assert blockers(reply, clock(), [], SIGNATURE)[0] == (
        "End with a sign-off such as “Saludos cordiales,”."
    )
    reply.language = ""
    reply.draft = with_signature(reply.draft, SIGNATURE)
    assert blockers(reply, clock(), [], SIGNATURE) == []


def test_the_signature_is_added_once_with_a_sign_off() -> None:
    signed = with_signature("Dear Morwenna,\n\nThe lamp ships today.", SIGNATURE)
    assert signed.endswith("Kind regards,\nJordan Ellis\nOwner, Larkspur Lamps\n")
    assert with_signature(signed, SIGNATURE) == signed
    assert has_sign_off("Thanks for your patience.\n\nBest wishes,\nJo")
    assert not has_sign_off("The lamp ships today.")


def test_product_facts_say_only_what_was_given() -> None:
    assert ProductTest().statement() == ""
    assert (
        ProductTest("the dimmer", "2.1", "a 230 V socket", "it dims smoothly.").statement()
        == "I tested the dimmer on version 2.1, a 230 V socket: it dims smoothly."
    )
    assert ProductTest(result="no fault found").statement() == (
        "I tested the problem you described: no fault found."
    )


def test_the_state_survives_saving_as_json(clock: FakeClock) -> None:
    reply = state(clock, draft="Hello 😀", answers={"bad_day": "yes"})
    reply.checklist = extract_checklist(ANGRY)
    reply.checklist[0].done = True
    assert state_from_dict(state_to_dict(reply)) == reply
