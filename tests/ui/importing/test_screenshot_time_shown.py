"""The screenshot details say where the suggested capture time came from: a photo with no
zone of its own is read as local time, and a date inside it that cannot be right is not used."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.import_fixtures import write_image
from ui.importing.screenshot_facts import ScreenshotDetailsDialog


def _form(qtbot: QtBot, path: Path) -> ScreenshotDetailsDialog:
    form = ScreenshotDetailsDialog(str(path))
    qtbot.addWidget(form)
    return form


def test_a_photo_with_no_zone_says_its_time_is_read_as_local(
    qtbot: QtBot, tmp_path: Path, london: None
) -> None:
    form = _form(qtbot, write_image(tmp_path / "shot.jpg", "2026:07:01 14:00:00"))
    assert form.captured.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-07-01 14:00"
    assert "read as your local time (UTC+01:00)" in form.captured_note.text()
    assert "read as your local time" in form.details().captured_note


def test_a_photo_with_its_offset_says_nothing_more(
    qtbot: QtBot, tmp_path: Path, london: None
) -> None:
    form = _form(qtbot, write_image(tmp_path / "shot.jpg", "2026:07:01 14:00:00", "+09:00"))
    assert form.captured.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-07-01 06:00"
    assert form.captured_note.text() == "Captured: from the photo's EXIF data."


def test_a_date_that_cannot_be_right_is_not_suggested(
    qtbot: QtBot, tmp_path: Path, london: None
) -> None:
    form = _form(qtbot, write_image(tmp_path / "shot.jpg", "2024:13:45 99:00:00"))
    assert "the file's time" in form.captured_note.text()
    assert "“2024:13:45 99:00:00”" in form.captured_note.text()
    assert "is not a real date" in form.captured_note.text()
