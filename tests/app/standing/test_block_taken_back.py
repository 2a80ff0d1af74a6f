"""A block taken back, or a customer set back to active, ends the time they were blocked: what
they send afterwards is not "after block" (what came while the block held stays flagged)."""

from __future__ import annotations

from datetime import timedelta

from app.core.domain import CustomerStatus
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound


def _key(services: Services, kind: ActionKind) -> str:
    return next(item.key for item in services.blocking.items() if item.kind is kind)


def _after_block(services: Services, customer_id: int) -> tuple[set[int], int]:
    picture = services.assessor.picture(customer_id)
    return set(picture.after_block), services.assessor.view(customer_id).after_block


def test_unticked_block_ends_the_blocked_time(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    email = _key(services, ActionKind.BLOCK_EMAIL)
    services.blocking.tick(
        customer_id, email, why="wrong customer", when=clock() - timedelta(days=10)
    )
    during = services.contacts.log(
        customer_id, inbound("while blocked", clock() - timedelta(days=8))
    )
    clock.now -= timedelta(days=7)
    services.blocking.untick(customer_id, email, why="Blocked the wrong customer by mistake")
    clock.now += timedelta(days=7)
    for day in (5, 4, 3):
        services.contacts.log(
            customer_id, inbound(f"A normal question {day}", clock() - timedelta(days=day))
        )
    assert _after_block(services, customer_id) == ({during}, 1)


def test_customer_set_back_to_active_is_no_longer_blocked(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    services.actions.log(
        customer_id, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=9)
    )
    services.actions.log(customer_id, ActionKind.TERMINATE, occurred_at=clock() - timedelta(days=8))
    services.actions.log(
        customer_id,
        ActionKind.STATUS_CHANGE,
        occurred_at=clock() - timedelta(days=6),
        details={"status": "active"},
        note="reinstated",
    )
    assert services.customers.get(customer_id).status is CustomerStatus.ACTIVE
    services.contacts.log(customer_id, inbound("Back as a customer", clock() - timedelta(days=2)))
    assert _after_block(services, customer_id) == (set(), 0)


def test_a_block_still_in_force_keeps_flagging(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    """Taking back one block of two, or a block while the termination stands, is not the end."""
    start = clock() - timedelta(days=10)
    services.blocking.tick(customer_id, _key(services, ActionKind.BLOCK_EMAIL), when=start)
    services.blocking.tick(customer_id, _key(services, ActionKind.BLOCK_X), when=start)
    services.blocking.untick(customer_id, _key(services, ActionKind.BLOCK_X), why="account gone")
    clock.advance(days=1)
    first = services.contacts.log(customer_id, inbound("still at it", clock()))
    assert _after_block(services, customer_id) == ({first}, 1)

    services.actions.log(customer_id, ActionKind.TERMINATE)
    services.blocking.untick(
        customer_id, _key(services, ActionKind.BLOCK_EMAIL), why="moved to a new helpdesk"
    )
    clock.advance(days=1)
    second = services.contacts.log(customer_id, inbound("and again", clock()))
    assert _after_block(services, customer_id) == ({first, second}, 2)


def test_blocked_again_after_being_taken_back(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    email = _key(services, ActionKind.BLOCK_EMAIL)
    services.blocking.tick(customer_id, email, when=clock() - timedelta(days=10))
    clock.now -= timedelta(days=9)
    services.blocking.untick(customer_id, email, why="by mistake")
    clock.now += timedelta(days=9)
    between = services.contacts.log(customer_id, inbound("fine", clock() - timedelta(days=5)))
    # A block logged from the command line (no checklist item) counts for its kind's item.
    services.actions.log(
        customer_id, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=4)
    )
    later = services.contacts.log(customer_id, inbound("abuse again", clock() - timedelta(days=3)))
    assert _after_block(services, customer_id) == ({later}, 1)
    clock.now -= timedelta(days=2)
    services.blocking.untick(customer_id, email, why="sorted out on the phone")
    clock.now += timedelta(days=2)
    services.contacts.log(customer_id, inbound("thanks", clock() - timedelta(days=1)))
    assert _after_block(services, customer_id) == ({later}, 1)
    assert between not in services.assessor.picture(customer_id).after_block
