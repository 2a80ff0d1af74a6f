"""After the passphrase changes, the reopened window is the window of a normal start; a
calm-reply window open meanwhile keeps what was typed; Lock after applies on Save."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget

from app.application import open_services
from app.core.domain import Category, Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.customer_tools import ReplyTools
from ui.reply import ReplyEditor
from ui.shell import daily_backup, passphrase_prompt, passphrase_tools
from ui.shell.launch import open_window
from ui.shell.main_window import MainWindow
from ui.shell.passphrase_tools import PassphraseTools
from ui.shell.settings_dialog import SettingsDialog

PASSPHRASE = "correct horse battery"
LOG_ENTRIES = ["New log…", "Open log…", "Switch to the demo"]


def _type_passphrases(monkeypatch: pytest.MonkeyPatch, *typed: str) -> None:
    queue = list(typed)

    def ask(*_args: object, **_kw: object) -> str | None:
        return queue.pop(0)

    monkeypatch.setattr(passphrase_prompt, "ask_passphrase", ask)
    monkeypatch.setattr(passphrase_tools, "ask_passphrase", ask)


def _start(
    qtbot, tmp_path: Path, passphrase: str | None = None, daily_backup: bool = False
) -> MainWindow:
    path = tmp_path / "data" / "steady.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    services = open_services(path, passphrase=passphrase)
    customer = services.customers.add(Customer(name="Victor Hale"))
    services.contacts.log(
        customer,
        inbound(
            "You people are useless. Refund me now.",
            FakeClock()() - timedelta(days=2),
            categories=(Category.ABUSE,),
            severity=2,
        ),
    )
    services.close()
    window = open_window(
        path,
        demo_path=tmp_path / "data" / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        explicit=True,
        daily_backup=daily_backup,
    )
    assert window is not None
    qtbot.addWidget(window)
    window.show()
    return window


def _menu(window: MainWindow) -> list[str]:
    return [action.text() for action in window.file_menu.actions() if action.isVisible()]


def _tools(window: MainWindow) -> PassphraseTools:
    return next(t for t in window.customer_tools if isinstance(t, PassphraseTools))


@pytest.mark.parametrize("change", ["lock", "change", "remove"])
def test_the_reopened_window_keeps_the_file_menu_of_a_normal_start(
    qtbot, monkeypatch, tmp_path: Path, message_boxes: MessageBoxes, change: str
) -> None:
    if change == "lock":
        _type_passphrases(monkeypatch, PASSPHRASE)
    elif change == "change":
        _type_passphrases(monkeypatch, PASSPHRASE, PASSPHRASE, "a new one, longer")
    else:
        _type_passphrases(monkeypatch, PASSPHRASE, PASSPHRASE)
    window = _start(qtbot, tmp_path, None if change == "lock" else PASSPHRASE)
    before = _menu(window)
    assert before[:3] == LOG_ENTRIES
    tools = _tools(window)
    if change == "lock":
        reopened = tools.set_passphrase()
    elif change == "change":
        reopened = tools.change_passphrase()
    else:
        reopened = tools.remove_passphrase()
    assert reopened is not None
    qtbot.addWidget(reopened)
    try:
        assert _menu(reopened)[:3] == LOG_ENTRIES
        logs = reopened.log_menu.logs  # type: ignore[attr-defined]
        assert logs.window is reopened
    finally:
        reopened.log_menu.logs.close()  # type: ignore[attr-defined]


def test_locking_with_a_reply_window_open_saves_its_draft_and_closes_it(
    qtbot, monkeypatch, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    window = _start(qtbot, tmp_path)
    window.select_first_customer()
    replies = next(t for t in window.customer_tools if isinstance(t, ReplyTools))
    replies.action.trigger()
    editor: ReplyEditor = replies.editors[-1]
    qtbot.addWidget(editor)
    editor.draft.setPlainText("Dear Victor, I am sorry the lamp arrived broken.")
    reply_id = editor.state.id
    _type_passphrases(monkeypatch, PASSPHRASE)
    reopened = _tools(window).set_passphrase()
    assert reopened is not None
    qtbot.addWidget(reopened)
    try:
        assert not editor.isVisible()
        saved = reopened.services.replies.get(reply_id)
        assert saved.draft == "Dear Victor, I am sorry the lamp arrived broken."
        assert message_boxes.shown == []
    finally:
        reopened.log_menu.logs.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize(("minutes", "active"), [(1, True), (0, False)])
def test_lock_after_takes_effect_on_save(
    qtbot, monkeypatch, tmp_path: Path, minutes: int, active: bool
) -> None:
    _type_passphrases(monkeypatch, PASSPHRASE)
    window = _start(qtbot, tmp_path, PASSPHRASE)
    idle = _tools(window).idle
    assert idle.timer.isActive() and idle.timer.interval() == 10 * 60 * 1000
    window.settings_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.editors["lock_after_minutes"].widget.setValue(minutes)  # type: ignore[attr-defined]
    dialog.save()
    try:
        assert idle.timer.isActive() is active
        if active:
            assert idle.timer.interval() == minutes * 60 * 1000
        assert idle.watching is active
    finally:
        window.log_menu.logs.close()  # type: ignore[attr-defined]


class _KeptOpen(QWidget):
    """A window on the log whose owner chose to keep it open when asked."""

    def __init__(self, services: object) -> None:
        super().__init__()
        self.services = services

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def test_a_reply_window_that_stays_open_stops_the_lock_and_nothing_changes(
    qtbot, monkeypatch, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    window = _start(qtbot, tmp_path)
    kept = _KeptOpen(window.services)
    qtbot.addWidget(kept)
    kept.show()
    _type_passphrases(monkeypatch, PASSPHRASE)
    try:
        assert _tools(window).set_passphrase() is None
        assert message_boxes.texts("warning") == [
            "Close the calm-reply window first: the log is rewritten while it changes "
            "passphrase. Nothing was changed."
        ]
        assert not window.services.store.locked
        assert window.services.customers.count() == 1  # still open and working
    finally:
        kept.services = None
        window.log_menu.logs.close()  # type: ignore[attr-defined]


def test_the_day_s_backup_under_way_ends_before_the_log_is_rewritten(
    qtbot, monkeypatch, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    """A backup still copying the log while it is encrypted would write, after the owner
    locked it, a readable copy of what they meant to lock."""
    started = threading.Event()

    def slow_backup(services: Services) -> str:
        started.set()
        time.sleep(0.3)
        return services.backups.daily() or ""

    monkeypatch.setattr(daily_backup, "_take_daily_backup", slow_backup)
    window = _start(qtbot, tmp_path, daily_backup=True)
    qtbot.waitUntil(started.is_set)
    backup = window.daily_backup  # type: ignore[attr-defined]
    lock = window.services.passphrases
    assert lock is not None
    running_at_rewrite: list[bool] = []
    set_passphrase = lock.set

    def watched_set(path: str, typed: str) -> None:
        running_at_rewrite.append(backup.thread.isRunning())
        set_passphrase(path, typed)

    monkeypatch.setattr(lock, "set", watched_set)
    _type_passphrases(monkeypatch, PASSPHRASE)
    reopened = _tools(window).set_passphrase()
    assert reopened is not None
    qtbot.addWidget(reopened)
    try:
        assert running_at_rewrite == [False]
        assert reopened.services.store.locked and reopened.services.verify().ok
        assert message_boxes.shown == []
    finally:
        reopened.log_menu.logs.close()  # type: ignore[attr-defined]
