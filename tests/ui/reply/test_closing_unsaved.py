"""Closing a calm reply never throws its words away unasked: when neither the log nor the
drafts folder would take them (the log held by another program, the disk full), the owner
chooses to copy them, to stay, or to lose them, and staying is what haste chooses."""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.application import open_services
from app.core.domain import Customer
from app.reply.steps import ReplyState, Step
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.ui.reply.test_editor import drafted
from tests.ui.reply.test_log_busy import START, TYPED, _held, _kept, _typed_while_held
from ui.log.customer_tools import ReplyTools
from ui.reply import ReplyEditor
from ui.reply.closing_unsaved import (
    COPY,
    KEEP_OPEN,
    LOSE,
    CloseChoice,
    ask_before_losing,
    words_to_copy,
)
from ui.shell.log_files import LogPlaces, OpenLog
from ui.shell.steady_window import steady_window

ANSWER = "A fair point."  # what drafted() answers to each of step 2's questions
COPIED = (
    START
    + TYPED
    + "\n\nCould I have written this myself on a bad day?\n"
    + ANSWER
    + "\n\nIs there any legitimacy in the claim?\n"
    + ANSWER
    + "\n\nWhat is their side of the story?\n"
    + ANSWER
    + "\n"
)


@pytest.fixture(autouse=True)
def short_close_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    # Closing waits a moment for the other program to let go; kept short for the tests.
    monkeypatch.setattr("ui.reply.editor.CLOSE_WAIT_SECONDS", 0.2)


@pytest.fixture
def clipboard() -> Iterator[str]:
    """The clipboard's text before the test, put back after it."""
    board = QGuiApplication.clipboard()
    before = board.text()
    board.setText("What the owner copied earlier")
    yield "What the owner copied earlier"
    board.setText(before)


def _answer(monkeypatch: pytest.MonkeyPatch, choice: CloseChoice) -> list[object]:
    asked: list[object] = []

    def ask(parent: object) -> CloseChoice:
        asked.append(parent)
        return choice

    monkeypatch.setattr("ui.reply.editor.ask_before_losing", ask)
    return asked


@contextmanager
def _nothing_takes_them(db_path: Path) -> Iterator[None]:
    """The log is held by another program and the disk is full."""

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as disk, _held(db_path):
        disk.setattr("ui.log.contact_drafts._write_owner_only", full)
        yield


def _typed(qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services):  # type: ignore[no-untyped-def]
    editor = _typed_while_held(qtbot, open_editor, angry_id, business)
    editor.show()
    return editor


def test_keep_open_leaves_the_words_in_the_editor_until_the_log_takes_them(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _typed(qtbot, open_editor, angry_id, business)
    asked = _answer(monkeypatch, CloseChoice.KEEP_OPEN)
    with _nothing_takes_them(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        editor.close()
        assert asked == [editor]
        assert editor.isVisible() and editor.is_open
        assert editor.draft.toPlainText() == START + TYPED
        assert editor.saved.text().startswith("Not kept on disk: the disk is full.")
    # The other program lets go: the editor's retry takes the words to the log on its own.
    qtbot.waitUntil(lambda: editor.saved.text().startswith("All changes saved"), timeout=10_000)
    assert business.replies.get(editor.state.id or 0).draft == START + TYPED
    editor.close()
    assert len(asked) == 1  # nothing left to lose: closed without a question
    assert not editor.isVisible() and not editor.is_open


def test_copy_puts_the_words_on_the_clipboard_and_closes(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clipboard: str,
) -> None:
    editor = _typed(qtbot, open_editor, angry_id, business)
    asked = _answer(monkeypatch, CloseChoice.COPY)
    with _nothing_takes_them(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        editor.close()
    assert len(asked) == 1
    assert not editor.isVisible() and not editor.is_open
    assert QGuiApplication.clipboard().text() == COPIED
    assert business.replies.get(editor.state.id or 0).draft == START


def test_close_and_lose_it_closes_without_copying(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clipboard: str,
) -> None:
    editor = _typed(qtbot, open_editor, angry_id, business)
    asked = _answer(monkeypatch, CloseChoice.LOSE)
    with _nothing_takes_them(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        editor.close()
    assert len(asked) == 1
    assert not editor.isVisible() and not editor.is_open
    assert QGuiApplication.clipboard().text() == clipboard
    assert business.replies.get(editor.state.id or 0).draft == START
    assert _kept(db_path) == []


def test_no_question_while_the_words_are_safe_somewhere(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _answer(monkeypatch, CloseChoice.KEEP_OPEN)
    # The log is held but the words go to the drafts folder, to be offered at the next start.
    kept = _typed(qtbot, open_editor, angry_id, business)
    with _held(db_path):
        qtbot.keyClicks(kept.draft, TYPED)
        kept.close()
    assert not kept.is_open
    assert _kept(db_path) == [START + TYPED]
    # Nothing takes them, but nothing was typed since the log took the words.
    state = business.replies.get(kept.state.id or 0)
    state.draft = START + TYPED
    business.replies.save(state)
    unchanged = open_editor(reply_id=state.id)
    unchanged.show()
    with _nothing_takes_them(db_path):
        unchanged.close()
    assert not unchanged.is_open
    assert asked == []


def test_the_question_stays_in_the_editor_on_enter_or_escape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[QMessageBox] = []
    press = {"button": ""}

    def shown(box: QMessageBox) -> int:
        seen.append(box)
        texts = {b.text(): b for b in box.buttons()}
        if press["button"]:
            texts[press["button"]].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    assert ask_before_losing(None) is CloseChoice.KEEP_OPEN  # closed by the window's X
    box = seen[0]
    assert box.text().startswith("Your reply could not be saved")
    assert sorted(b.text() for b in box.buttons()) == sorted([COPY, KEEP_OPEN, LOSE])
    assert box.defaultButton().text() == KEEP_OPEN
    assert box.escapeButton().text() == KEEP_OPEN
    for text, choice in [
        (COPY, CloseChoice.COPY),
        (KEEP_OPEN, CloseChoice.KEEP_OPEN),
        (LOSE, CloseChoice.LOSE),
    ]:
        press["button"] = text
        assert ask_before_losing(None) is choice
    nothing_typed = ReplyState(
        customer_id=1, contact_id=1, cooling_started_at=datetime.now(UTC), cooling_minutes=15
    )
    assert words_to_copy(nothing_typed) == ""


def test_closing_the_main_window_leaves_an_unsaved_reply_open(
    qtbot,
    business: Services,
    angry_id: int,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _answer(monkeypatch, CloseChoice.KEEP_OPEN)
    window = steady_window(business, drafts_folder=db_path.parent / "steady-drafts")
    qtbot.addWidget(window)
    window.show()
    tools = next(t for t in window.customer_tools if isinstance(t, ReplyTools))
    tools.open_editor(contact_id=angry_id)
    [editor] = tools.editors
    try:
        drafted(editor, qtbot, Step.DRAFT, START)
        editor.save_now()
        with _nothing_takes_them(db_path):
            editor.draft.setPlainText(START + TYPED)
            window.quit_action.trigger()
            assert not window.isVisible()
            # The reply's window is the owner's own: still open, its words in it.
            assert editor.isVisible() and editor.is_open
            assert editor.draft.toPlainText() == START + TYPED
            editor.close()
            assert len(asked) == 1 and editor.is_open
    finally:
        monkeypatch.setattr("ui.reply.editor.ask_before_losing", lambda _p: CloseChoice.LOSE)
        editor.close()


def test_switching_log_waits_for_a_reply_the_owner_keeps_open(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "data" / "steady.db"
    logs = OpenLog(LogPlaces(own, tmp_path / "data" / "steady-demo.db"), open_services)
    editor: ReplyEditor | None = None
    try:
        window = logs.open(own, False)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        services = window.services
        customer = services.customers.add(Customer(name="Morwenna Quillfeather"))
        message = services.contacts.log(customer, inbound("Where is my refund?", _an_hour_ago()))
        editor = ReplyEditor(services, message, grammar=False, tts_engine="none")
        qtbot.addWidget(editor)
        editor.show()
        drafted(editor, qtbot, Step.DRAFT, START)
        editor.save_now()
        asked = _answer(monkeypatch, CloseChoice.KEEP_OPEN)
        with _nothing_takes_them(own):
            editor.draft.setPlainText(START + TYPED)
            assert logs.switch_to(tmp_path / "data" / "other.db", False) is None
            assert len(asked) == 1
            assert logs.window is window and window.isVisible()
            assert editor.is_open and editor.isVisible()
        # The old log is still open under the editor: the words land in it.
        qtbot.waitUntil(lambda: editor.saved.text().startswith("All changes saved"), timeout=10_000)
        assert services.replies.get(editor.state.id or 0).draft == START + TYPED
        other = logs.switch_to(tmp_path / "data" / "other.db", False)
        assert other is not None and other is not window
        qtbot.addWidget(other)
        assert len(asked) == 1 and not editor.is_open
    finally:
        if editor is not None:
            editor.shutdown()
        logs.close()


def _an_hour_ago() -> datetime:
    return datetime.now(UTC) - timedelta(hours=1)
