"""A reply's call, refund, cancellation and unsubscribe are logged once: a second click, or a
double click, must not put a second refund in the record (and in the termination letter)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.errors import InvalidInputError
from app.services import Services
from app.standing.action_records import ActionKind


def test_a_second_refund_for_the_same_message_is_refused(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    business.replies.settle(
        reply, refund=Decimal("19.95"), cancel=True, unsubscribe=False, reference="R-77"
    )
    with pytest.raises(InvalidInputError) as refused:
        business.replies.settle(
            reply, refund=Decimal("19.95"), cancel=True, unsubscribe=False, reference="R-77"
        )
    assert str(refused.value).startswith(
        "A refund of $19.95 (reference R-77) is already logged for this message."
    )
    refunds = [
        a for a in business.actions.for_customer(reply.customer_id) if a.kind is ActionKind.REFUND
    ]
    assert [(a.amount, a.reference) for a in refunds] == [(Decimal("19.95"), "R-77")]
    # What was not done yet can still be logged from the same reply.
    assert business.replies.settle(reply, refund=None, cancel=False, unsubscribe=True) == [
        "unsubscribe"
    ]
    with pytest.raises(InvalidInputError, match="A cancellation is already logged"):
        business.replies.settle(reply, refund=None, cancel=True, unsubscribe=False)
    assert business.verify().ok


def test_a_call_is_logged_once_and_not_after_the_reply_was_sent(
    business: Services, angry_id: int
) -> None:
    reply = business.replies.start(angry_id)
    business.replies.call_instead(reply, "Agreed a replacement lamp.", 12, [])
    with pytest.raises(InvalidInputError, match="The call answering this message is already"):
        business.replies.call_instead(reply, "Agreed a replacement lamp.", 12, [])
    assert business.contacts.count_for_customer(reply.customer_id) == 2

    other = business.replies.start(business.contacts.log(reply.customer_id, _inbound(business)))
    other.draft = "Dear Morwenna,\n\nThe lamp ships today.\n\nKind regards,\nJordan Ellis\n"
    business.replies.mark_sent(other, "clipboard", [])
    with pytest.raises(InvalidInputError, match="The reply answering this message is already"):
        business.replies.call_instead(other, "Called as well.", 5, [])
    assert business.contacts.count_for_customer(reply.customer_id) == 4


def _inbound(business: Services):  # type: ignore[no-untyped-def]
    from tests.helpers.fixtures import inbound

    return inbound("Still waiting. Where is it?", business.clock())


def test_the_reference_goes_on_the_refund_only(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    business.replies.settle(
        reply, refund=Decimal("19.95"), cancel=True, unsubscribe=True, reference=" R-77 "
    )
    actions = business.actions.for_customer(reply.customer_id)
    assert [(a.kind, a.reference) for a in actions] == [
        (ActionKind.REFUND, "R-77"),
        (ActionKind.CANCEL, ""),
        (ActionKind.UNSUBSCRIBE, ""),
    ]


def test_with_no_refund_the_number_typed_is_the_orders(business: Services, angry_id: int) -> None:
    reply = business.replies.start(angry_id)
    business.replies.settle(
        reply, refund=None, cancel=True, unsubscribe=True, reference="Order LL-1042"
    )
    actions = business.actions.for_customer(reply.customer_id)
    assert [(a.kind, a.reference) for a in actions] == [
        (ActionKind.CANCEL, "Order LL-1042"),
        (ActionKind.UNSUBSCRIBE, ""),
    ]
