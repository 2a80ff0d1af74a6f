"""Bugs leave a log file and a calm message; known problems are told in their own words."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core.errors import DatabaseBusyError
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell.crash_report import CrashHandler


def _raise(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException:
        kind, value, trace = sys.exc_info()
    assert kind is not None and value is not None
    return kind, value, trace


def test_a_bug_writes_a_log_and_says_where(
    qapp, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    handler = CrashHandler(tmp_path / "logs")
    handler(*_raise(ZeroDivisionError("division by zero")))  # type: ignore[arg-type]
    [log] = list((tmp_path / "logs").glob("crash-*.log"))
    text = log.read_text()
    assert "ZeroDivisionError: division by zero" in text and "Steady" in text
    kind, title, message = message_boxes.shown[0]
    assert (kind, title) == ("critical", "Steady hit a problem")
    assert str(log) in message


def test_a_known_problem_is_told_not_logged(
    qapp, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    handler = CrashHandler(tmp_path / "logs")
    handler(*_raise(DatabaseBusyError()))  # type: ignore[arg-type]
    assert message_boxes.texts("warning") == [str(DatabaseBusyError())]
    assert not (tmp_path / "logs").exists()


def test_a_damaged_log_is_told_once_with_its_backup_and_no_promise(
    qapp, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    from storage.connection import DamagedLogError

    handler = CrashHandler(tmp_path / "logs")
    damaged = DamagedLogError("/shop.db", "database disk image is malformed", "/b/shop-1.db")
    handler(*_raise(damaged))  # type: ignore[arg-type]
    handler(*_raise(damaged))  # type: ignore[arg-type]  (the next view meets the same page)
    [(kind, title, message)] = message_boxes.shown
    assert (kind, title) == ("critical", "Your log is damaged")
    assert 'steady restore "/b/shop-1.db"' in message
    assert "safe" not in message
    assert not (tmp_path / "logs").exists()


def test_an_unforeseen_database_error_promises_nothing(
    qapp, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    import sqlite3

    handler = CrashHandler(tmp_path / "logs")
    handler(*_raise(sqlite3.OperationalError("no such table: customer_totals")))  # type: ignore[arg-type]
    [(kind, title, message)] = message_boxes.shown
    assert (kind, title) == ("critical", "Steady hit a problem")
    assert "Everything you had saved is safe" not in message
    assert "Verify the log" in message
    [log] = list((tmp_path / "logs").glob("crash-*.log"))
    assert "no such table: customer_totals" in log.read_text()
