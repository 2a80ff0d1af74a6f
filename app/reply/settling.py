"""Refund, cancel, unsubscribe and move on: what each action carries, and what was logged
for this message already, so a second click never logs a second refund or a second call."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.core.errors import InvalidInputError
from app.core.money import money_text
from app.reply.steps import ReplyState, ReplyStatus
from app.standing.action_records import ActionKind

_DONE = {
    ActionKind.REFUND: "A refund",
    ActionKind.CANCEL: "A cancellation",
    ActionKind.UNSUBSCRIBE: "Taking them off the mailing lists",
}


@dataclass(frozen=True)
class Settling:
    kind: ActionKind
    amount: Decimal | None = None
    reference: str = ""


def settle_plan(
    refund: Decimal | None, cancel: bool, unsubscribe: bool, reference: str
) -> list[Settling]:
    """The actions chosen, each with only what belongs to it: the reference typed is the
    refund's, or the order's when nothing is refunded; taking someone off a mailing list has
    no reference."""
    if refund is not None and refund < 0:
        raise InvalidInputError("A refund cannot be negative.")
    reference = reference.strip()
    chosen: list[Settling] = []
    if refund is not None and refund > 0:
        chosen.append(Settling(ActionKind.REFUND, refund, reference))
    if cancel:
        chosen.append(Settling(ActionKind.CANCEL, None, "" if chosen else reference))
    if unsubscribe:
        chosen.append(Settling(ActionKind.UNSUBSCRIBE))
    if not chosen:
        raise InvalidInputError("Choose at least one: refund, cancel or unsubscribe.")
    return chosen


def refuse_repeats(state: ReplyState, chosen: list[Settling], symbol: str) -> None:
    """A second refund (or cancellation) for the same message is refused unless the owner
    asks for it on purpose: a double click must not double what the record says was paid."""
    for item in chosen:
        earlier = next((a for a in state.actions_taken if a.get("kind") == item.kind.value), None)
        if earlier is None:
            continue
        what = _DONE.get(item.kind, item.kind.label)
        amount = (
            f" of {money_text(Decimal(earlier['amount']), symbol)}" if earlier.get("amount") else ""
        )
        reference = f" (reference {earlier['reference']})" if earlier.get("reference") else ""
        raise InvalidInputError(
            f"{what}{amount}{reference} is already logged for this message. If you really "
            "made another one, log it with “Log an action…” on the customer's Actions tab."
        )


def refuse_second_answer(state: ReplyState) -> None:
    """The message is answered once: a call after the reply was logged (or a second call)
    would stay in the customer's log for good, as contacts cannot be deleted."""
    if state.outbound_contact_id is None:
        return
    how = "call" if state.status is ReplyStatus.CALLED else "reply"
    raise InvalidInputError(
        f"The {how} answering this message is already logged; nothing was logged again."
    )
