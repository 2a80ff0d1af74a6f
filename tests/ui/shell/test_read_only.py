"""A read-only log is said to be so at opening, with what still works and a copy to work on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.application import open_services
from app.core.domain import Customer
from ui.shell import first_run
from ui.shell.launch import open_window
from ui.shell.main_window import MainWindow


@pytest.fixture
def read_only_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data" / "steady.db"
    path.parent.mkdir()
    services = open_services(path)
    services.customers.add(Customer(name="Pat Example"))
    services.close()
    real_access = os.access

    # The tests run as root, for whom no file is read-only; the log file answers as on a
    # locked-down drive.
    def access(target: object, mode: int) -> bool:
        if Path(str(target)) == path and mode & os.W_OK:
            return False
        return real_access(target, mode)  # type: ignore[arg-type]

    monkeypatch.setattr("ui.shell.read_only.os.access", access)
    monkeypatch.setattr(first_run, "ask_first_run", lambda: pytest.fail("asked"))
    return path


def _open(qtbot, log: Path, tmp_path: Path) -> MainWindow:
    window = open_window(
        log,
        demo_path=tmp_path / "data" / "steady-demo.db",
        open_services=open_services,
        start_with_demo=False,
    )
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_opening_says_read_only_and_turns_off_what_would_write(
    qtbot, read_only_log: Path, tmp_path: Path
) -> None:
    window = _open(qtbot, read_only_log, tmp_path)
    window.show()
    banner = window.read_only_notice.banner  # type: ignore[attr-defined]
    assert banner.isVisible() and "This log is read-only" in banner.text()
    assert "the file is read-only" in banner.text()
    assert window.windowTitle().endswith("(read-only)")
    window.select_first_customer()
    assert not window.log_contact_action.isEnabled()
    assert not window.new_customer_action.isEnabled()
    assert not window.page.log_button.isEnabled() and not window.page.edit_button.isEnabled()
    assert window.search_action.isEnabled() and window.verify_action.isEnabled()
    assert window.page.name_label.text() == "Pat Example"
    window.log_menu.logs.close()  # type: ignore[attr-defined]


def test_a_copy_to_work_on_opens_writable(
    qtbot, read_only_log: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open(qtbot, read_only_log, tmp_path)
    copy = tmp_path / "copy.db"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), ""))
    )
    window.read_only_notice.banner.linkActivated.emit("copy")  # type: ignore[attr-defined]
    logs = window.log_menu.logs  # type: ignore[attr-defined]
    qtbot.addWidget(logs.window)
    assert Path(logs.window.services.store.path) == copy
    assert not hasattr(logs.window, "read_only_notice")
    assert logs.window.services.customers.count() == 1
    logs.close()


def test_what_plugs_in_after_the_first_paint_is_turned_off_too(
    qtbot, read_only_log: Path, tmp_path: Path
) -> None:
    from PySide6.QtGui import QAction

    from ui.shell.first_paint import hold_until_first_paint, release_after_first_paint

    hold_until_first_paint()  # as at start: the features come after the first paint
    window = _open(qtbot, read_only_log, tmp_path)
    assert window.customer_tools == []
    release_after_first_paint(window)
    window.show()
    qtbot.waitUntil(lambda: window.customer_tools != [])
    late = [
        a for a in window.findChildren(QAction) if a.text() in ("Reply calmly…", "Import evidence…")
    ]
    assert len(late) == 2 and not any(a.isEnabled() for a in late)
    window.log_menu.logs.close()  # type: ignore[attr-defined]
