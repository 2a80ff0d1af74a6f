"""The screenshot details asked at import: a capture or post time that happened twice (the
night the clocks go back) is asked about, as in Log a contact, and the reading chosen kept."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from app.core.clock_changes import ClockChange
from tests.helpers.import_fixtures import write_image
from ui.importing.screenshot_facts import ScreenshotDetailsDialog

TWICE = QDateTime(QDate(2026, 10, 25), QTime(1, 30))


def _asking(monkeypatch: pytest.MonkeyPatch, pick: int | None) -> list[str]:
    asked: list[str] = []

    def ask(parent: object, change: ClockChange) -> datetime | None:
        asked.append(change.question())
        return None if pick is None else change.readings[pick]

    monkeypatch.setattr("ui.log.clock_question.ask_reading", ask)
    return asked


def _form(qtbot: QtBot, tmp_path: Path) -> ScreenshotDetailsDialog:
    form = ScreenshotDetailsDialog(str(write_image(tmp_path / "post.png", "2026:10:20 09:00:00")))
    qtbot.addWidget(form)
    return form


@pytest.mark.parametrize(("pick", "utc_hour"), [(0, 0), (1, 1)])
def test_a_capture_time_that_happened_twice_is_asked_and_kept(
    qtbot: QtBot, tmp_path: Path, london: None, monkeypatch: pytest.MonkeyPatch, pick: int,
    utc_hour: int,
) -> None:  # fmt: skip
    asked = _asking(monkeypatch, pick)
    form = _form(qtbot, tmp_path)
    form.captured.setDateTime(TWICE)
    form.accept()
    assert asked and "happens twice on 25 October" in asked[0]
    assert form.details().captured_at == datetime(2026, 10, 25, utc_hour, 30, tzinfo=UTC)


def test_a_post_time_that_happened_twice_is_asked_and_kept(
    qtbot: QtBot, tmp_path: Path, london: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _asking(monkeypatch, 1)
    form = _form(qtbot, tmp_path)
    form.is_post.setChecked(True)
    form.post_time_known.setChecked(True)
    form.posted.setDateTime(TWICE)
    form.accept()
    assert len(asked) == 1  # the capture time, from the photo, is not asked about
    posted = form.details().post.posted_at
    assert posted == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_back_to_the_form_imports_nothing_yet(
    qtbot: QtBot, tmp_path: Path, london: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _asking(monkeypatch, None)
    form = _form(qtbot, tmp_path)
    form.captured.setDateTime(TWICE)
    form.accept()
    assert form.result() != ScreenshotDetailsDialog.DialogCode.Accepted
