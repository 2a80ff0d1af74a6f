"""A reply's words are never lost while another program holds the log: they go at once to a
file beside the log, the owner reads one calm line instead of an error, the save is tried again
until the log takes it, and after a crash the kept words are offered back at the next start."""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted
from ui.log.customer_tools import ReplyTools
from ui.reply import ReplyEditor
from ui.reply.kept_words import KeptWords, drafts_beside
from ui.shell.steady_window import steady_window

START = "Dear Morwenna,\n"
TYPED = "I have refunded you today."
CALM = "Kept on this computer; will be saved to the log as soon as it is free"


@contextmanager
def _held(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program (a second Steady, a sync tool) holds the log for writing."""
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield holder
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


def _kept(db_path: Path) -> list[str]:
    """The reply words kept in the drafts folder beside the log."""
    folder = db_path.parent / f"{db_path.stem}-drafts"
    return [
        str(json.loads(p.read_text())["fields"]["draft"])
        for p in sorted(folder.glob("calm-reply-*.json"))
    ]


def _typed_while_held(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> ReplyEditor:
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, START)
    editor.save_now()
    assert editor.saved.text().startswith("All changes saved")
    # Without the short wait a save would stand still this long; kept short for the test.
    business.store.db.conn.execute("PRAGMA busy_timeout = 5000")  # type: ignore[attr-defined]
    editor.draft.moveCursor(editor.draft.textCursor().MoveOperation.End)
    return editor


def test_a_save_refused_by_a_busy_log_is_kept_on_disk_and_lands_once_it_is_free(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _typed_while_held(qtbot, open_editor, angry_id, business)
    waits: list[float] = []
    briefly = getattr(business.store, "atomic_briefly", None)

    def noted(wait_seconds: float):  # type: ignore[no-untyped-def]
        waits.append(wait_seconds)
        return briefly(wait_seconds)  # type: ignore[misc]

    monkeypatch.setattr(business.store, "atomic_briefly", noted, raising=False)
    with _held(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        qtbot.waitUntil(lambda: editor.saved.text() == CALM, timeout=10_000)
        assert _kept(db_path) == [START + TYPED]  # at once, before the log is free
        qtbot.keyClicks(editor.draft, " And more.")
        qtbot.waitUntil(lambda: _kept(db_path) == [START + TYPED + " And more."], timeout=10_000)
        assert editor.saved.text() == CALM
        assert business.replies.get(editor.state.id or 0).draft == START
    # The window never waits long for the other program while the owner types.
    assert waits and max(waits) <= 1.0
    # Nobody types or saves again: the retry takes the words to the log on its own.
    qtbot.waitUntil(lambda: editor.saved.text().startswith("All changes saved"), timeout=10_000)
    assert business.replies.get(editor.state.id or 0).draft == START + TYPED + " And more."
    assert _kept(db_path) == []


def test_when_the_words_cannot_be_kept_on_disk_either_the_owner_is_told(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _typed_while_held(qtbot, open_editor, angry_id, business)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ui.log.contact_drafts._write_owner_only", full)
    with _held(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        qtbot.waitUntil(lambda: editor.saved.text().startswith("Not kept"), timeout=10_000)
        assert editor.saved.text() == (
            "Not kept on disk: the disk is full. Keep this window open: Steady saves your words "
            "to the log as soon as the other program lets go of it."
        )
        assert _kept(db_path) == []
        assert not list((db_path.parent / "steady-drafts").glob("*.partial"))
    qtbot.waitUntil(lambda: editor.saved.text().startswith("All changes saved"), timeout=10_000)
    assert business.replies.get(editor.state.id or 0).draft == START + TYPED


def test_words_kept_when_steady_stopped_are_offered_back_at_the_next_start(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = _typed_while_held(qtbot, open_editor, angry_id, business)
    with _held(db_path):
        qtbot.keyClicks(editor.draft, TYPED)
        qtbot.waitUntil(lambda: editor.saved.text() == CALM, timeout=10_000)
        # The laptop dies here: no retry, no close, the hold on the kept file goes with it.
        editor._retry.stop()
        editor._save_timer.stop()
        editor.kept.release()
        editor.hide()
    assert business.replies.get(editor.state.id or 0).draft == START
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object, **how: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("ui.log.draft_recovery.confirm", yes)
    window = steady_window(business, drafts_folder=db_path.parent / "steady-drafts")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked))
    tools = next(t for t in window.customer_tools if isinstance(t, ReplyTools))
    try:
        assert "writing a calm reply to \u200e\u2068Morwenna Quillfeather\u2069 (" in asked[0]
        [reopened] = tools.editors
        assert reopened.draft.toPlainText() == START + TYPED
        assert business.replies.get(editor.state.id or 0).draft == START + TYPED
        assert _kept(db_path) == []
    finally:
        for opened in tools.editors:
            opened.close()


def _keep(business: Services, db_path: Path, reply_id: int, words: str) -> None:
    """Words a window kept on disk before Steady stopped."""
    state = business.replies.get(reply_id)
    state.draft = words
    kept = KeptWords(drafts_beside(str(db_path)), reply_id)
    assert kept.keep(state) == ""
    kept.release()


def _restart(qtbot, business: Services, db_path: Path) -> ReplyTools:  # type: ignore[no-untyped-def]
    window = steady_window(business, drafts_folder=db_path.parent / "steady-drafts")
    qtbot.addWidget(window)
    window.show()
    return next(t for t in window.customer_tools if isinstance(t, ReplyTools))


def test_words_put_back_keep_what_the_log_held_among_the_earlier_drafts(
    qtbot, business: Services, angry_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = business.replies.start(angry_id)
    state.draft = START + "Written later in another window."
    business.replies.save(state)
    _keep(business, db_path, state.id or 0, START + TYPED)
    monkeypatch.setattr("ui.log.draft_recovery.confirm", lambda *a, **k: True)
    tools = _restart(qtbot, business, db_path)
    qtbot.waitUntil(lambda: bool(tools.editors))
    try:
        [reopened] = tools.editors
        assert reopened.draft.toPlainText() == START + TYPED
        earlier = business.replies.earlier_drafts(reopened.state)
        assert [d.text for d in earlier] == [START + "Written later in another window."]
        assert earlier[0].why.startswith("In the log when the words kept on this computer")
    finally:
        for opened in tools.editors:
            opened.close()


def test_words_the_log_took_after_all_are_not_offered_and_their_file_goes(
    qtbot, business: Services, angry_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = business.replies.start(angry_id)
    state.draft = START + TYPED
    business.replies.save(state)
    _keep(business, db_path, state.id or 0, START + TYPED)
    monkeypatch.setattr(
        "ui.log.draft_recovery.confirm", lambda *a, **k: pytest.fail("asked for nothing lost")
    )
    tools = _restart(qtbot, business, db_path)
    qtbot.waitUntil(lambda: _kept(db_path) == [])
    assert tools.editors == []


def test_an_odd_kept_file_is_never_put_over_the_reply(
    qtbot, business: Services, angry_id: int, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = business.replies.start(angry_id)
    state.draft = START
    business.replies.save(state)
    folder = db_path.parent / "steady-drafts"
    folder.mkdir()
    odd = folder / f"calm-reply-{state.id}-00ff.json"
    odd.write_text(json.dumps({"saved_at": "now", "fields": {"draft": 42, "answers": [1]}}))
    monkeypatch.setattr(
        "ui.log.draft_recovery.confirm", lambda *a, **k: pytest.fail("offered words it lacks")
    )
    tools = _restart(qtbot, business, db_path)
    qtbot.wait(50)  # its start-up question, had there been one
    assert tools.editors == []
    assert business.replies.get(state.id or 0).draft == START
    assert odd.exists()  # left as it was, for the owner to open
