"""A log open read-only (here: a trigger Steady never makes was planted in it) offers no next
step to log: the buttons were built after the window turned off what writes, and "recorded in
the log … for good" was promised for a step saved nowhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.application import open_services
from app.demo.fill import fill_demo
from tests.app.log.test_foreign_triggers import PLANTED
from ui.standing.panel import AssessmentPanel


def test_no_next_step_can_be_logged_in_a_read_only_log(qtbot, db_path: Path) -> None:
    services = open_services(db_path, is_demo=True)
    fill_demo(services)
    hale = next(c.id for c in services.customers.page(0, 10) if c.name == "Victor Hale")
    services.close()
    conn = sqlite3.connect(db_path)
    conn.executescript(PLANTED)
    conn.close()
    services = open_services(db_path, is_demo=True)
    try:
        assert services.read_only
        panel = AssessmentPanel(services, hale)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: bool(panel.step_buttons), timeout=5000)
        assert [b.isEnabled() for b in panel.step_buttons] == [False] * len(panel.step_buttons)
        assert "read-only" in panel.step_buttons[0].toolTip()
    finally:
        services.close()
