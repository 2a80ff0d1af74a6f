"""The passphrase in the window: asked for at start, set and removed from the File menu, and
the lock that hides the log after it was left unused."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from ui.shell import passphrase_prompt, passphrase_tools
from ui.shell.launch import open_window
from ui.shell.passphrase_tools import PassphraseTools

PASSPHRASE = "correct horse battery"


def _answers(monkeypatch: pytest.MonkeyPatch, *typed: str | None) -> list[str]:
    """Type these answers, in order, into the passphrase dialogs; returns what each one said."""
    queue = list(typed)
    asked: list[str] = []

    def ask(title: str, message: str, problem: str = "", **_kw: object) -> str | None:
        asked.append(f"{title} | {problem}")
        return queue.pop(0)

    monkeypatch.setattr(passphrase_prompt, "ask_passphrase", ask)
    monkeypatch.setattr(passphrase_tools, "ask_passphrase", ask)
    return asked


def _locked_log(path: Path) -> None:
    services = open_services(path, passphrase=PASSPHRASE)
    services.customers.add(Customer(name="Victor Hale"))
    services.close()


def _tools(window) -> PassphraseTools:
    return next(t for t in window.customer_tools if isinstance(t, PassphraseTools))


def test_a_locked_log_opens_after_the_right_passphrase(qtbot, monkeypatch, tmp_path) -> None:
    path = tmp_path / "steady.db"
    _locked_log(path)
    asked = _answers(monkeypatch, "wrong passphrase", PASSPHRASE)
    window = open_window(
        path, demo_path=tmp_path / "demo.db", open_services=open_services, start_with_demo=False
    )
    qtbot.addWidget(window)
    try:
        assert len(asked) == 2
        assert "does not open this log" in asked[1]
        assert window.page.name_label.text() == "Victor Hale"
        tools = _tools(window)
        assert not tools.lock_action.isVisible()
        assert tools.change_action.isVisible() and tools.remove_action.isVisible()
    finally:
        window.services.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, monkeypatch, tmp_path) -> None:
    path = tmp_path / "steady.db"
    _locked_log(path)
    before = path.read_bytes()
    _answers(monkeypatch, None)
    window = open_window(
        path, demo_path=tmp_path / "demo.db", open_services=open_services, start_with_demo=False
    )
    assert window is None
    assert path.read_bytes() == before


def test_locking_from_the_file_menu_reopens_the_log_encrypted(qtbot, monkeypatch, window) -> None:
    path = Path(window.services.store.path)
    window.services.customers.add(Customer(name="Tasha Morrow"))
    window.show()
    _answers(monkeypatch, PASSPHRASE)
    reopened = _tools(window).set_passphrase()
    qtbot.addWidget(reopened)
    try:
        assert b"Tasha Morrow" not in path.read_bytes()
        assert reopened.services.store.locked
        assert [c.name for c in reopened.services.customers.page(0, 10)] == ["Tasha Morrow"]
        assert reopened.services.verify().ok
        assert not window.isVisible() and reopened.isVisible()
    finally:
        # The window first, as Steady closes it: a visible window's timers still read its log.
        reopened.close()
        reopened.services.close()


def test_the_idle_lock_hides_the_log_until_the_passphrase_is_typed(
    qtbot, monkeypatch, tmp_path
) -> None:
    from ui.shell.steady_window import steady_window

    path = tmp_path / "steady.db"
    _locked_log(path)
    services = open_services(path, passphrase=PASSPHRASE)
    window = steady_window(services, drafts_folder=tmp_path / "drafts")
    qtbot.addWidget(window)
    window.show()
    seen_hidden: list[bool] = []
    queue = ["not it", None, PASSPHRASE]

    def ask(title: str, message: str, problem: str = "", **_kw: object) -> str | None:
        seen_hidden.append(window.isVisible())
        return queue.pop(0)

    monkeypatch.setattr(passphrase_tools, "ask_passphrase", ask)
    idle = _tools(window).idle
    assert idle.timer.isActive() and idle.timer.interval() == 10 * 60 * 1000
    assert idle.watching
    idle.lock()
    try:
        assert seen_hidden == [False, False, False]
        assert window.isVisible() and not idle.locked
        assert idle.timer.isActive()
    finally:
        services.close()


def test_a_plain_log_offers_to_lock_and_has_no_idle_lock(window) -> None:
    tools = _tools(window)
    assert tools.lock_action.isVisible() and tools.lock_action in window.file_menu.actions()
    assert not tools.change_action.isVisible() and not tools.remove_action.isVisible()
    assert not tools.idle.timer.isActive()
    assert not tools.idle.watching  # no filter on every event of the application
