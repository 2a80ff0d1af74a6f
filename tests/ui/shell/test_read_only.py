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


@pytest.mark.parametrize("count", [1, 2])
def test_a_log_changed_outside_steady_offers_no_copy_and_speaks_window_words(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """A copy would carry the planted trigger and be as read-only: the way out is verify and a
    good backup, named by the window's menus, not by a shell command."""
    import sqlite3

    path = tmp_path / "data" / "steady.db"
    path.parent.mkdir()
    services = open_services(path)
    services.customers.add(Customer(name="Pat Example"))
    services.close()
    conn = sqlite3.connect(path)
    for number in range(count):
        conn.execute(
            f"CREATE TRIGGER x_rewrite{number} AFTER INSERT ON contacts BEGIN "
            "UPDATE contacts SET text = 'harmless' WHERE id = NEW.id; END"
        )
    conn.commit()
    conn.close()
    monkeypatch.setattr(first_run, "ask_first_run", lambda: pytest.fail("asked"))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: pytest.fail("asked"))
    )
    window = _open(qtbot, path, tmp_path)
    window.show()
    notice = window.read_only_notice  # type: ignore[attr-defined]
    text = notice.banner.text()
    assert text.startswith("<b>This log is read-only</b>: ")
    assert "x_rewrite0" in text and "could change what Steady saves" in text
    assert "Make a copy" not in text and "<a " not in text
    assert "File › Verify the log names what else was changed" in text
    assert text.endswith("To go on working, put a good backup back with File › Restore a backup…")
    assert "`" not in text and "steady restore" not in text
    notice.make_copy()  # nothing offered, nothing made
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".db") == ["steady.db"]
    assert window.windowTitle().endswith("(read-only)")
