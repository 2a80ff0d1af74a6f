"""After a block is taken back the page and the log cards stop calling new messages "after block"."""

from __future__ import annotations

from datetime import timedelta

from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound
from ui.log.log_warnings import LogWarnings
from ui.standing.panel import AssessmentPanel


def test_block_taken_back_panel_and_cards(qtbot, services: Services, clock: FakeClock) -> None:
    una = services.customers.add(Customer(name="Una Blocked", emails=("una@example.com",)))
    email = next(i.key for i in services.blocking.items() if i.kind is ActionKind.BLOCK_EMAIL)
    services.blocking.tick(una, email, why="wrong customer", when=clock() - timedelta(days=10))
    during = services.contacts.log(una, inbound("sent while blocked", clock() - timedelta(days=9)))
    clock.now -= timedelta(days=8)
    services.blocking.untick(una, email, why="Blocked the wrong customer by mistake")
    clock.now += timedelta(days=8)
    services.actions.log(una, ActionKind.STATUS_CHANGE, details={"status": "active"})
    later = [
        services.contacts.log(
            una, inbound(f"An ordinary question {n}", clock() - timedelta(days=n))
        )
        for n in (3, 2, 1)
    ]

    panel = AssessmentPanel(services, una)
    qtbot.addWidget(panel)
    text = panel.after_block_label.text()
    assert text.startswith("1 message arrived while the customer was blocked, between ")
    assert "when the block was taken back — still logged" in text

    cards = LogWarnings(services)
    assert cards(services.contacts.get(during)).startswith("Arrived after the block of ")
    assert [cards(services.contacts.get(c)) for c in later] == ["", "", ""]


def test_no_message_in_the_blocked_time_hides_the_line(
    qtbot, services: Services, clock: FakeClock
) -> None:
    una = services.customers.add(Customer(name="Una Blocked", emails=("una@example.com",)))
    services.actions.log(una, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=5))
    services.actions.log(
        una,
        ActionKind.STATUS_CHANGE,
        occurred_at=clock() - timedelta(days=4),
        details={"status": "active"},
    )
    services.contacts.log(una, inbound("Hello again", clock() - timedelta(days=1)))
    panel = AssessmentPanel(services, una)
    qtbot.addWidget(panel)
    assert panel.after_block_label.isHidden()
