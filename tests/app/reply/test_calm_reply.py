from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Channel, Direction
from app.core.errors import InvalidInputError
from app.reply.steps import ReplyStatus, Step
from app.reply.templates import long_date
from app.reply.tone import check_tone
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock


class RecordedActions:
    """Stands in for the action log the window will be wired to."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, ActionKind, dict[str, object]]] = []

    def record(self, customer_id: int, kind: ActionKind, **fields: object) -> int:
        self.calls.append((customer_id, kind, fields))
        return len(self.calls)


def test_starting_twice_resumes_the_same_reply(business: Services, angry_id: int) -> None:
    first = business.replies.start(angry_id)
    again = business.replies.start(angry_id)
    assert again.id == first.id
    assert first.cooling_minutes == 15 and first.step is Step.STOP
    assert [i.kind for i in first.checklist] == ["question", "complaint", "complaint", "question"]


def test_only_a_message_from_the_customer_can_be_answered(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    reply.draft = "Dear Morwenna, the lamp ships today.\n\nKind regards,\nJordan Ellis\n"
    sent = business.replies.mark_sent(reply, "clipboard", [])
    with pytest.raises(InvalidInputError, match="answers a message from the customer"):
        business.replies.start(sent)


def test_work_in_progress_is_there_after_reopening(
    business: Services, angry_id: int, db_path: Path, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    reply.step = Step.DRAFT
    reply.draft = "Dear Morwenna 😀, thank you for writing."
    reply.answers = {"bad_day": "Yes, if the lamp arrived broken."}
    reply.checklist[1].done = True
    business.replies.save(reply)
    business.close()
    reopened = open_services(db_path, clock)
    try:
        again = reopened.replies.start(angry_id)
        assert again == reply
        assert [r.id for r in reopened.replies.open_for_customer(reply.customer_id)] == [reply.id]
    finally:
        reopened.close()


def test_the_reply_language_is_kept_recorded_once_per_change_and_checked(
    business: Services, angry_id: int, db_path: Path, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    business.replies.choose_language(reply, "fr")
    business.replies.choose_language(reply, "fr")  # the same again: nothing new to record
    business.replies.choose_language(reply, "de")
    with pytest.raises(InvalidInputError, match="cannot check replies written in “xx”"):
        business.replies.choose_language(reply, "xx")
    assert reply.id is not None
    assert [e for e in business.replies.events(reply.id) if e[0] == "language-chosen"] == [
        ("language-chosen", {"language": "fr", "was": "settings"}),
        ("language-chosen", {"language": "de", "was": "fr"}),
    ]
    business.close()
    reopened = open_services(db_path, clock)
    try:
        assert reopened.replies.get(reply.id).language == "de"
        report = reopened.verify()
        assert report.ok, report.problems
    finally:
        reopened.close()


def test_overriding_the_timer_is_recorded(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    clock.advance(minutes=5)
    with pytest.raises(InvalidInputError, match="type the sentence exactly"):
        business.replies.override_cooling(reply, "let me")
    business.replies.override_cooling(reply, "I am calm and ready to reply")
    assert not reply.is_cooling(clock())
    assert reply.override is not None and reply.override.seconds_left == 600
    (event,) = business.replies.events(reply.id or 0)
    assert event == (
        "cooling-overridden",
        {"typed": "I am calm and ready to reply", "seconds_left": 600},
    )
    assert business.store.ledger.entries("reply_event")[-1].action == "reply.cooling-overridden"
    assert business.verify().ok


def test_start_over_keeps_the_old_draft_and_returns_to_drafting(
    business: Services, angry_id: int
) -> None:
    reply = business.replies.start(angry_id)
    reply.step = Step.REVIEW
    reply.draft = "As I already said, the refund went out."
    reply.checklist[0].done = True
    business.replies.start_over(reply)
    assert reply.step is Step.DRAFT and reply.draft == "" and reply.drafts_kept == 1
    assert not any(item.done for item in reply.checklist)
    (kept,) = business.replies.drafts(reply.id or 0)
    assert kept.text == "As I already said, the refund went out." and kept.reason == "start over"
    assert business.verify().ok


def test_sending_logs_an_outbound_contact_answering_the_message_with_its_record(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    clock.advance(minutes=20)
    reply.answers = {"bad_day": "maybe", "legitimacy": "yes", "their_side": "a broken lamp"}
    reply.draft = "Obviously the refund is coming."
    from app.reply.readiness import note_flags

    note_flags(reply, check_tone(reply.draft))
    reply.draft = "Dear Morwenna,\n\nYour refund of $84.00 went out today.\n\nKind regards,\nJordan"
    for item in reply.checklist:
        item.done = True
    contact_id = business.replies.mark_sent(reply, "mail program", check_tone(reply.draft))

    contact = business.contacts.get(contact_id)
    assert contact.direction is Direction.OUTBOUND and contact.channel is Channel.EMAIL
    assert contact.in_reply_to == angry_id and contact.source == "calm-reply"
    assert contact.text == reply.draft
    assert contact.summary == (
        "Calm reply, written after a pause of 15 minutes. It answers 4 of the 4 points "
        "raised. 1 harsh phrase was reworded."
    )
    kind, detail = business.replies.events(reply.id or 0)[-1]
    record = detail["record"]
    assert kind == "sent" and detail["contact_id"] == contact_id
    assert isinstance(record, dict)
    assert record["cooling_minutes_taken"] == 15.0 and not record["cooling_overridden"]
    assert record["answers"] == reply.answers
    assert record["tone_flags_fixed"] == ["Obviously"]
    assert record["sent_via"] == ["mail program"]
    assert reply.status is ReplyStatus.SENT
    assert business.replies.open_for_customer(reply.customer_id) == []
    # Copying it as well adds to the record but logs nothing twice.
    assert business.replies.mark_sent(reply, "clipboard", []) == contact_id
    assert business.contacts.count_for_customer(reply.customer_id) == 2
    assert business.verify().ok


def test_calling_instead_logs_the_call_and_an_action(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    actions = RecordedActions()
    business.replies.actions = actions
    with pytest.raises(InvalidInputError):
        business.replies.call_instead(reply, "  ", 5, [])
    contact_id = business.replies.call_instead(reply, "Agreed a replacement lamp.", 12, [])
    call = business.contacts.get(contact_id)
    assert call.channel is Channel.PHONE and call.in_reply_to == angry_id and call.minutes == 12
    assert reply.status is ReplyStatus.CALLED
    assert actions.calls[0][1] is ActionKind.NOTE
    assert business.verify().ok


def test_refund_cancel_and_unsubscribe_are_each_logged(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    actions = RecordedActions()
    business.replies.actions = actions
    done = business.replies.settle(
        reply, refund=Decimal("84.00"), cancel=True, unsubscribe=True, reference="R-77"
    )
    assert done == ["refund", "cancel", "unsubscribe"]
    assert [(kind, fields["amount"]) for _, kind, fields in actions.calls] == [
        (ActionKind.REFUND, Decimal("84.00")),
        (ActionKind.CANCEL, None),
        (ActionKind.UNSUBSCRIBE, None),
    ]
    assert all(fields["contact_id"] == angry_id for _, _, fields in actions.calls)
    # Kept in the reply's own record and the ledger too, wired or not.
    assert [a["kind"] for a in reply.actions_taken] == ["refund", "cancel", "unsubscribe"]
    events = [d for k, d in business.replies.events(reply.id or 0) if k == "action"]
    assert events[0]["amount"] == "84.00" and events[0]["reference"] == "R-77"
    assert [e.action for e in business.store.ledger.entries("reply_event")] == ["reply.action"] * 3
    assert reply.status is ReplyStatus.SETTLED
    with pytest.raises(InvalidInputError, match="at least one"):
        business.replies.settle(reply, refund=None, cancel=False, unsubscribe=False)


def test_templates_are_filled_from_the_log(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    refund = business.replies.use_template(reply, "refund")
    assert refund.startswith("Dear Morwenna,")
    assert "$84.00" in refund and "not because of anything said" in refund
    assert "“Where is my refund?”" in refund
    termination = business.replies.use_template(reply, "termination")
    assert "as the owner of Larkspur Lamps" in termination
    assert "Your shop is a joke" in termination  # the flagged message, quoted with its date
    assert f"(LL-1042) is closed as of {long_date(clock())}" in termination
    assert reply.template == "termination"


def test_names_and_the_personal_dictionary_are_known_words(
    business: Services, angry_id: int
) -> None:
    reply = business.replies.start(angry_id)
    business.replies.add_word("Glowmaster")
    known = business.replies.known_words(reply.customer_id)
    assert {"morwenna", "quillfeather", "larkspur", "glowmaster"} <= known
    with pytest.raises(InvalidInputError):
        business.replies.add_word("two words")


def test_the_customer_in_brief(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    context = business.replies.context(reply)
    assert context.paid == "$84.00"
    assert context.history.startswith("1 contact since")
    assert "Abusive language ×1" in context.history
