"""A log on a full disk opens in the window for reading, with the full disk named."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from tests.helpers.ui_fixtures import MessageBoxes
from tests.storage.test_full_disk_open import REASON, disk_full, log_one
from ui.shell.launch import open_window


def test_the_window_opens_the_log_read_only_with_the_full_disk_named(
    qtbot,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    log_one(db_path)
    disk_full(monkeypatch)
    window = open_window(
        db_path,
        demo_path=tmp_path / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        explicit=True,
    )
    assert window is not None, message_boxes.shown
    qtbot.addWidget(window)
    try:
        assert message_boxes.shown == []
        assert f"({REASON})" in window.read_only_notice.banner.text()
        assert window.page.name_label.text() == "Gordon Pryce"
        assert not hasattr(window, "opening_note")  # said once, in the banner
    finally:
        window.services.close()
