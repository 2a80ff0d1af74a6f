"""Finishing a calm reply: the mail it goes out in; the reply sent, or the call made instead,
logged once as the contact answering the customer's message; and each action taken kept in the
reply's record (and in the action log when there is one). Every step is a reply event with its
ledger entry."""

from __future__ import annotations

from decimal import Decimal

from app.core.clock import Clock
from app.core.domain import Channel, Contact, ContactDetails, Direction
from app.core.errors import InvalidInputError
from app.core.ports import ActionRecorder, Store
from app.core.settings import Settings
from app.log.contacts import ContactLog
from app.reply import draft_history as history
from app.reply.letter_languages import long_date, words_for
from app.reply.mail import OutgoingMail, reply_subject, their_message_id, their_subject
from app.reply.readiness import step_record, summary_line
from app.reply.reply_language import reply_language
from app.reply.settling import refuse_second_answer
from app.reply.steps import ReplyState, ReplyStatus, Step
from app.reply.time_spent import minutes_spent, note_work
from app.reply.tone_rules import ToneFlag
from app.standing.action_records import ActionKind

SOURCE = "calm-reply"


def answered_message(contacts: ContactLog, state: ReplyState) -> Contact:
    """The message answered. A reply follows it to the customer it was moved to: name,
    address, and where the sent reply is logged."""
    original = contacts.get(state.contact_id)
    state.customer_id = original.customer_id
    return original


def add_event(store: Store, state: ReplyState, kind: str, detail: dict[str, object]) -> int:
    """Write one evidence event with its ledger entry (call inside a transaction)."""
    assert state.id is not None
    event_id = store.replies.add_event(state.id, kind, detail)
    store.ledger.record(f"reply.{kind}", "reply_event", event_id, {"reply_id": state.id, **detail})
    return event_id


def outgoing_mail(
    store: Store, contacts: ContactLog, settings: Settings, state: ReplyState
) -> OutgoingMail:
    original = answered_message(contacts, state)
    customer = store.customers.get(original.customer_id)
    first = contacts.revisions(original.id)
    imported = first[0].details if first else original.details
    subject = their_subject(original.external_id, imported.summary, imported.text)
    language = reply_language(state, settings.text("reply_language"))
    return OutgoingMail(
        to=customer.emails[0] if customer.emails else "",
        sender=settings.text("business_email"),
        subject=reply_subject(
            long_date(original.occurred_at, language), subject, words_for(language).your_message
        ),
        body=state.draft,
        in_reply_to=their_message_id(original.external_id),
    )


def log_sent(
    store: Store,
    contacts: ContactLog,
    clock: Clock,
    state: ReplyState,
    via: str,
    flags_now: list[ToneFlag],
) -> int:
    if not state.draft.strip():
        raise InvalidInputError("The reply is empty; there is nothing to send.")
    now = clock()
    if state.outbound_contact_id is not None:
        if via not in state.sent_via:
            state.sent_via.append(via)
            with store.atomic():
                add_event(store, state, "sent-again", {"via": via})
                history.save(store, state)
        return state.outbound_contact_id
    note_work(state, now)
    state.sent_via.append(via)
    original = answered_message(contacts, state)
    channel = Channel.EMAIL if via != "clipboard" else original.channel
    record = step_record(state, now, flags_now)
    details = ContactDetails(
        occurred_at=now,
        channel=channel,
        direction=Direction.OUTBOUND,
        text=state.draft,
        summary=summary_line(state, now, flags_now),
        minutes=minutes_spent(state),
    )
    with store.atomic():
        contact_id = contacts.log(
            state.customer_id, details, source=SOURCE, in_reply_to=state.contact_id
        )
        history.keep_version(store, state, history.SENT)
        state.outbound_contact_id = contact_id
        state.status = ReplyStatus.SENT
        state.step = Step.SEND
        add_event(store, state, "sent", {"contact_id": contact_id, "record": record})
        history.save(store, state)
    return contact_id


def log_call(
    store: Store,
    contacts: ContactLog,
    clock: Clock,
    state: ReplyState,
    notes: str,
    minutes: int,
    flags_now: list[ToneFlag],
) -> int:
    if not notes.strip():
        raise InvalidInputError("Write a few words about the call: what was said and agreed.")
    refuse_second_answer(state)
    now = clock()
    answered_message(contacts, state)
    record = step_record(state, now, flags_now)
    details = ContactDetails(
        occurred_at=now,
        channel=Channel.PHONE,
        direction=Direction.OUTBOUND,
        text=notes.strip(),
        summary="Called the customer instead of replying in writing.",
        minutes=max(0, minutes),
    )
    with store.atomic():
        contact_id = contacts.log(
            state.customer_id, details, source=SOURCE, in_reply_to=state.contact_id
        )
        state.outbound_contact_id = contact_id
        state.status = ReplyStatus.CALLED
        add_event(store, state, "called", {"contact_id": contact_id, "record": record})
        history.save(store, state)
    return contact_id


def record_action(
    store: Store,
    contacts: ContactLog,
    actions: ActionRecorder | None,
    state: ReplyState,
    kind: ActionKind,
    *,
    note: str = "",
    amount: Decimal | None = None,
    reference: str = "",
) -> None:
    entry = {
        "kind": kind.value,
        "note": note,
        "amount": "" if amount is None else str(amount),
        "reference": reference,
        "contact_id": str(state.contact_id),
    }
    answered_message(contacts, state)
    state.actions_taken.append(entry)
    with store.atomic():
        add_event(store, state, "action", dict(entry))
        history.save(store, state)
    if actions is not None:
        actions.record(
            state.customer_id,
            kind,
            note=note,
            amount=amount,
            reference=reference,
            contact_id=state.contact_id,
        )
