"""A message moved to the customer who really sent it takes its unfinished reply along: the
reply is to them, addressed to them, and logged in their log, never the first customer's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.domain import Customer, Direction
from app.services import Services
from app.standing.action_records import ActionKind

DRAFT = "Dear Renée,\n\nYour refund of £84 for order LL-1042 went out today.\n\nJordan Ellis\n"


@pytest.fixture
def renee(business: Services) -> int:
    return business.customers.add(
        Customer(name="Renée Delacroix", emails=("renee.delacroix@courriel.example",))
    )


def _moved_while_typing(business: Services, angry_id: int, renee: int) -> int:
    """A reply started and typed, then its message found to be Renée's and moved to her."""
    reply = business.replies.start(angry_id)
    reply.draft = DRAFT
    business.replies.save(reply)
    business.contacts.move(angry_id, renee, "Sent from Renée's address, logged under Morwenna")
    assert reply.id is not None
    return reply.id


def test_a_reply_resumed_after_the_move_is_to_the_new_customer(
    business: Services, angry_id: int, renee: int
) -> None:
    reply_id = _moved_while_typing(business, angry_id, renee)
    reply = business.replies.get(reply_id)

    assert business.replies.customer(reply).name == "Renée Delacroix"
    assert business.replies.outgoing_mail(reply).to == "renee.delacroix@courriel.example"
    assert business.replies.template_data(reply).customer_name == "Renée Delacroix"
    assert [r.id for r in business.replies.open_for_customer(renee)] == [reply_id]

    sent = business.replies.mark_sent(reply, "eml file", [])
    logged = business.contacts.get(sent)
    assert logged.customer_id == renee and logged.direction is Direction.OUTBOUND
    assert logged.text == DRAFT
    customers_of_sent = {
        c.customer_id
        for c in business.contacts.page_for_customer(renee, 0, 10)
        if c.direction is Direction.OUTBOUND
    }
    assert customers_of_sent == {renee}
    assert business.replies.get(reply_id).customer_id == renee


def test_a_reply_open_in_the_editor_during_the_move_still_goes_to_the_new_customer(
    business: Services, angry_id: int, renee: int
) -> None:
    on_screen = business.replies.start(angry_id)  # the editor's copy, read before the move
    on_screen.draft = DRAFT
    business.replies.save(on_screen)
    business.contacts.move(angry_id, renee, "Renée's email")
    business.replies.save(on_screen)  # the editor's autosave, a second later

    assert business.replies.outgoing_mail(on_screen).to == "renee.delacroix@courriel.example"
    sent = business.replies.mark_sent(on_screen, "mail program", [])
    assert business.contacts.get(sent).customer_id == renee
    assert on_screen.id is not None
    assert business.replies.get(on_screen.id).customer_id == renee


def test_a_call_or_a_refund_from_a_moved_reply_is_logged_for_the_new_customer(
    business: Services, angry_id: int, renee: int
) -> None:
    on_screen = business.replies.start(angry_id)
    morwenna = business.contacts.get(angry_id).customer_id
    business.contacts.move(angry_id, renee, "Renée's email")

    business.replies.settle(on_screen, refund=Decimal("84.00"), cancel=False, unsubscribe=False)
    called = business.replies.call_instead(on_screen, "Rang Renée, refund agreed.", 6, [])

    assert business.contacts.get(called).customer_id == renee
    refunds = [a for a in business.actions.for_customer(renee) if a.kind is ActionKind.REFUND]
    assert [a.amount for a in refunds] == [Decimal("84.00")]
    assert not business.actions.for_customer(morwenna)
