"""Actions are evidence: ledgered, append-only, and they move the customer's status along."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.core.domain import CustomerStatus
from app.core.errors import EvidenceReadOnlyError, InvalidInputError
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound


def test_police_report_is_ledgered_and_changes_status(services: Services, customer_id: int) -> None:
    action_id = services.actions.log(
        customer_id,
        ActionKind.POLICE_REPORT,
        by="Jordan",
        reference="PR-2026-4471",
        details={"officer": "Sgt Dana Lee", "badge": "4411", "station": "Portmere Central"},
    )
    [action] = services.actions.for_customer(customer_id)
    assert action.id == action_id and action.reference == "PR-2026-4471"
    assert action.details == {
        "officer": "Sgt Dana Lee",
        "badge": "4411",
        "station": "Portmere Central",
    }
    assert services.customers.get(customer_id).status is CustomerStatus.REPORTED_TO_POLICE
    actions = [e.action for e in services.store.ledger.entries()]
    assert actions[-2:] == ["action.logged", "customer.status"]
    assert services.verify().ok


def test_reports_need_their_numbers(services: Services, customer_id: int) -> None:
    with pytest.raises(InvalidInputError, match="Police report number"):
        services.actions.log(customer_id, ActionKind.POLICE_REPORT)
    with pytest.raises(InvalidInputError, match="ticket number"):
        services.actions.log(customer_id, ActionKind.PLATFORM_REPORT, details={"platform": "X"})
    assert services.actions.for_customer(customer_id) == []


def test_status_moves_forward_only_unless_set(services: Services, customer_id: int) -> None:
    services.actions.log(customer_id, ActionKind.WARNING)
    assert services.customers.get(customer_id).status is CustomerStatus.WARNED
    services.actions.log(customer_id, ActionKind.BLOCK_EMAIL)
    services.actions.log(customer_id, ActionKind.WARNING)  # a second warning: still blocked
    assert services.customers.get(customer_id).status is CustomerStatus.BLOCKED
    services.actions.log(customer_id, ActionKind.TERMINATE)
    assert services.customers.get(customer_id).status is CustomerStatus.TERMINATED
    services.actions.log(customer_id, ActionKind.STATUS_CHANGE, details={"status": "active"})
    assert services.customers.get(customer_id).status is CustomerStatus.ACTIVE
    with pytest.raises(InvalidInputError, match="new status"):
        services.actions.log(customer_id, ActionKind.STATUS_CHANGE, details={"status": "gone"})
    assert services.verify().ok


def test_refund_amount_and_time_order(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    later = services.actions.log(customer_id, ActionKind.REFUND, amount="$19.95", reference="R-1")
    earlier = services.actions.log(
        customer_id, ActionKind.CANCEL, occurred_at=clock() - timedelta(days=2)
    )
    assert [a.id for a in services.actions.for_customer(customer_id)] == [earlier, later]
    assert services.actions.get(later).amount == Decimal("19.95")
    with pytest.raises(InvalidInputError, match="negative"):
        services.actions.log(customer_id, ActionKind.CREDIT, amount="-5")
    with pytest.raises(InvalidInputError, match="future"):
        services.actions.log(customer_id, ActionKind.NOTE, occurred_at=clock() + timedelta(days=1))


def test_a_correction_is_a_new_action(services: Services, customer_id: int) -> None:
    first = services.actions.log(customer_id, ActionKind.REFUND, amount="10")
    fixed = services.actions.correct(first, "Typed the wrong amount", amount="12.50")
    assert services.actions.get(first).amount == Decimal("10.00")
    assert services.actions.get(fixed).details["corrects"] == str(first)
    assert [a.id for a in services.actions.current_for_customer(customer_id)] == [fixed]
    assert len(services.actions.for_customer(customer_id)) == 2


def test_actions_cannot_be_changed_or_removed(services: Services, customer_id: int) -> None:
    services.actions.log(customer_id, ActionKind.NOTE, note="called the bank")
    db = services.store.db  # type: ignore[attr-defined]
    for sql in ("UPDATE actions SET note = 'x'", "DELETE FROM actions"):
        with pytest.raises(sqlite3.IntegrityError, match="read-only"):
            db.execute(sql)
    with pytest.raises(EvidenceReadOnlyError), services.store.atomic():
        db.execute("DELETE FROM actions")


def test_verify_notices_an_action_removed_behind_steadys_back(
    services: Services, customer_id: int
) -> None:
    services.actions.log(customer_id, ActionKind.NOTE, note="kept")
    db = services.store.db  # type: ignore[attr-defined]
    db.execute("DROP TRIGGER actions_no_delete")
    db.execute("DELETE FROM actions")
    assert "Action 1 was deleted outside Steady." in services.verify().problems


def test_contact_must_belong_to_the_customer(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    from app.core.domain import Customer

    other = services.customers.add(Customer(name="Other"))
    contact = services.contacts.log(other, inbound("hello", clock()))
    with pytest.raises(InvalidInputError, match="another customer"):
        services.actions.log(customer_id, ActionKind.WARNING, contact_id=contact)


# --- the blocking checklist ----------------------------------------------------------------


def test_default_checklist_covers_every_channel(services: Services) -> None:
    kinds = [item.kind for item in services.blocking.items()]
    assert kinds == [
        ActionKind.BLOCK_EMAIL,
        ActionKind.BLOCK_IP,
        ActionKind.UNSUBSCRIBE,
        ActionKind.BLOCK_FACEBOOK,
        ActionKind.BLOCK_X,
        ActionKind.BLOCK_INSTAGRAM,
        ActionKind.BLOCK_REVIEW_SITE,
        ActionKind.BLOCK_PHONE,
    ]


def test_checklist_from_settings(services: Services, customer_id: int) -> None:
    services.settings.update({"blocking_checklist": "Phone block\nTikTok: block and report\n"})
    items = services.blocking.items()
    assert [(i.label, i.kind) for i in items] == [
        ("Phone block", ActionKind.BLOCK_PHONE),
        ("TikTok: block and report", ActionKind.BLOCK_OTHER),
    ]
    services.blocking.tick(customer_id, items[1].key, reference="TT-99")
    states = services.blocking.states(customer_id)
    assert [s.done for s in states] == [False, True]


def test_tick_untick_and_check_again(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    x = next(i for i in services.blocking.items() if i.kind is ActionKind.BLOCK_X)
    services.blocking.tick(
        customer_id,
        x.key,
        by="Sam",
        why="23 posts in an hour",
        reference="X-5512",
        note="reported both accounts",
        check_again=date(2026, 12, 1),
    )
    state = next(s for s in services.blocking.states(customer_id) if s.item == x)
    assert state.done and state.by == "Sam" and state.why == "23 posts in an hour"
    assert state.reference == "X-5512" and state.note == "reported both accounts"
    assert state.when == clock() and state.check_again == date(2026, 12, 1)
    assert not state.check_due(date(2026, 11, 30)) and state.check_due(date(2026, 12, 1))
    assert services.customers.get(customer_id).status is CustomerStatus.BLOCKED

    services.blocking.untick(customer_id, x.key, why="account deleted; nothing to block")
    state = next(s for s in services.blocking.states(customer_id) if s.item == x)
    assert not state.done and state.why == "account deleted; nothing to block"
    assert len(services.actions.for_customer(customer_id)) == 2  # nothing was deleted


def test_a_block_from_the_command_line_ticks_its_item(services: Services, customer_id: int) -> None:
    services.actions.log(customer_id, ActionKind.BLOCK_PHONE, reference="carrier ticket 7")
    phone = next(
        s for s in services.blocking.states(customer_id) if s.item.kind is ActionKind.BLOCK_PHONE
    )
    assert phone.done and phone.reference == "carrier ticket 7"


def test_contacts_after_a_block_are_kept_and_flagged(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    before = services.contacts.log(customer_id, inbound("first", clock() - timedelta(days=3)))
    services.actions.log(
        customer_id, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=2)
    )
    after = services.contacts.log(
        customer_id, inbound("still writing", clock() - timedelta(days=1))
    )
    picture = services.assessor.picture(customer_id)
    assert [c.id for c in picture.contacts] == [before, after]
    assert picture.after_block == {after}
    assert services.contacts.get(after).revision == 0  # the contact row itself is untouched
