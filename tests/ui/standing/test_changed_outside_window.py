"""A contact row changed outside Steady: the customer page still opens, and both the
assessment and the log say what cannot be read and to run verify."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.shell.main_window import MainWindow


def test_the_page_says_the_log_cannot_be_read(
    qtbot, window: MainWindow, services: Services, db_path: Path, clock: FakeClock
) -> None:
    max_id = services.customers.add(Customer(name="Max Loud", emails=("max@example.com",)))
    services.contacts.log(max_id, inbound("I want a refund", clock() - timedelta(days=2)))
    changed = services.contacts.log(max_id, inbound("Still waiting", clock() - timedelta(days=1)))
    with sqlite3.connect(db_path) as db:
        db.execute(
            "UPDATE contacts SET categories = '[\"threat-nuclear\"]' WHERE id = ?", [changed]
        )
    db.close()

    window.customer_list.refresh()
    window.select_customer(max_id)
    panel = next(t.panel for t in window.customer_tools if hasattr(t, "panel"))
    qtbot.waitUntil(lambda: "could not be read" in panel.verdict_label.text())
    why = (
        f"Contact {changed} cannot be read: it was changed outside Steady (“threat-nuclear” is "
        "not a category Steady knows). Run verify (File › Verify the log, or `steady verify`)"
    )
    assert panel.verdict_label.text().startswith(
        f"Where this customer stands could not be read: {why}"
    )
    assert window.right.currentWidget() is window.page
    assert window.page.timeline_title.text().startswith(f"The log could not be read in full. {why}")
    assert panel.risk_label.text() == "" and panel.step_buttons == []


def test_an_unexpected_problem_is_not_left_weighing_up(
    qtbot, window: MainWindow, services: Services, monkeypatch
) -> None:
    pat = services.customers.add(Customer(name="Pat Example"))

    def broken(*_args: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("ui.standing.view_loader.load_standing", broken)
    window.customer_list.refresh()
    window.select_customer(pat)
    panel = next(t.panel for t in window.customer_tools if hasattr(t, "panel"))
    qtbot.waitUntil(lambda: "could not be read" in panel.verdict_label.text())
    assert "(RuntimeError: a bug)" in panel.verdict_label.text()
    assert "everything" not in panel.verdict_label.text().lower()
