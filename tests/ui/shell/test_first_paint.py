"""Starting Steady: the first customer's log is painted before their assessment is worked
out, and the assessment still follows on its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.application import open_services
from app.core.domain import Customer
from ui.shell import first_paint
from ui.shell.first_paint import (
    after_first_paint,
    hold_until_first_paint,
    release_after_first_paint,
    run_held_work,
)
from ui.shell.launch import open_window


@pytest.fixture(autouse=True)
def nothing_held_afterwards() -> Iterator[None]:
    yield
    run_held_work()  # a failed test must not leave later ones waiting for a paint


def test_outside_start_up_the_work_runs_at_once() -> None:
    done: list[str] = []
    after_first_paint(lambda: done.append("done"))
    assert done == ["done"]


def test_held_work_waits_for_the_first_paint_then_runs_in_order(qtbot) -> None:
    done: list[str] = []
    hold_until_first_paint()
    after_first_paint(lambda: done.append("first"))
    after_first_paint(lambda: done.append("second"))
    window = QWidget()
    qtbot.addWidget(window)
    release_after_first_paint(window)
    qtbot.wait(50)
    assert done == []  # not shown, not painted: still held
    window.show()
    qtbot.waitUntil(lambda: done == ["first", "second"])
    after_first_paint(lambda: done.append("later"))
    assert done[-1] == "later"  # start-up is over: nothing is held any more


def test_a_window_never_painted_does_not_hold_the_work_for_ever(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 10)
    done: list[str] = []
    hold_until_first_paint()
    after_first_paint(lambda: done.append("done"))
    window = QWidget()
    qtbot.addWidget(window)
    release_after_first_paint(window)
    qtbot.waitUntil(lambda: done == ["done"])


def test_the_assessment_follows_the_painted_log(qtbot, tmp_path: Path) -> None:
    own = tmp_path / "steady.db"
    existing = open_services(own)
    existing.customers.add(Customer(name="Pat Example"))
    existing.close()
    hold_until_first_paint()  # as launch does
    window = open_window(
        own, demo_path=tmp_path / "demo.db", open_services=open_services, start_with_demo=False
    )
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.page.name_label.text() == "Pat Example"
        qtbot.wait(50)
        # Nothing beside the log is built, and nothing worked out, before the window is painted.
        assert window.customer_tools == []
        release_after_first_paint(window)
        window.show()
        qtbot.waitUntil(lambda: window.customer_tools != [])
        tools = next(t for t in window.customer_tools if hasattr(t, "loader"))
        qtbot.waitUntil(lambda: tools.panel.picture is not None)
        assert "Pat Example" in tools.panel.verdict_label.text()
    finally:
        window.close()
        window.services.close()


def _menu_texts(window: object) -> list[str]:
    return [a.text() for a in window.file_menu.actions()]  # type: ignore[attr-defined]


def test_the_first_paint_shows_actions_and_warnings_and_the_tools_follow(
    qtbot, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from app.standing.action_records import ActionKind
    from tests.helpers.fixtures import inbound, log_post_screenshot

    own = tmp_path / "steady.db"
    existing = open_services(own)
    pat = existing.customers.add(Customer(name="Pat Example"))
    log_post_screenshot(existing, pat, datetime(2026, 10, 1, tzinfo=UTC))
    existing.actions.log(pat, ActionKind.BLOCK_EMAIL, occurred_at=datetime(2026, 10, 2, tzinfo=UTC))
    existing.contacts.log(pat, inbound("Still writing", datetime(2026, 10, 3, tzinfo=UTC)))
    existing.close()
    plain = open_window(
        own, demo_path=tmp_path / "demo.db", open_services=open_services, start_with_demo=False
    )
    assert plain is not None
    expected_menu = _menu_texts(plain)  # tools built at once, outside start-up
    plain.close()
    plain.services.close()

    hold_until_first_paint()
    window = open_window(
        own, demo_path=tmp_path / "demo.db", open_services=open_services, start_with_demo=False
    )
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.customer_tools == []
        model = window.page.timeline_model
        cards = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        assert len(cards) == 3
        assert "Still writing" in cards[0] and "Arrived after the block" in cards[0]
        assert "Action taken" in cards[1]
        assert "This screenshot is weak evidence until you add:" in cards[2]
        release_after_first_paint(window)
        window.show()
        qtbot.waitUntil(lambda: window.customer_tools != [])
        assert any(a.text() == "Reply calmly…" for a in window.findChildren(QAction))
        assert _menu_texts(window) == expected_menu  # the same File menu either way
    finally:
        window.close()
        window.services.close()


def test_a_late_fallback_of_an_earlier_start_does_not_end_the_next_hold(qtbot, monkeypatch) -> None:
    """The fallback of a window painted long ago fired during the next start and let its work
    run before that window was painted."""
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 30)
    hold_until_first_paint()
    earlier = QWidget()
    qtbot.addWidget(earlier)
    release_after_first_paint(earlier)
    run_held_work()  # the earlier window was painted: its fallback is still pending
    done: list[str] = []
    hold_until_first_paint()
    try:
        after_first_paint(lambda: done.append("done"))
        qtbot.wait(120)
        assert done == []
    finally:
        run_held_work()
    assert done == ["done"]
