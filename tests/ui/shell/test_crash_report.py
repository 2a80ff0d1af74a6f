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
