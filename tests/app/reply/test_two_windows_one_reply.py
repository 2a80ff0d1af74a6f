"""Steady open twice on one log, the same reply in both windows: what one window saved is never
written over by the other without being kept among the reply's earlier drafts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from app.application import open_services
from app.reply.draft_history import ANOTHER_WINDOW, REASONS
from app.services import Services
from tests.helpers.fixtures import FakeClock


def test_words_saved_in_another_window_are_kept_before_being_written_over(
    business: Services, angry_id: int, db_path: Path, clock: FakeClock
) -> None:
    window_a = business
    window_b = open_services(db_path, clock)  # the second Steady, started from the menu
    try:
        mine = window_a.replies.start(angry_id)
        mine.draft = "Dear Morwenna, words typed in window A."
        assert window_a.replies.save(mine) is False
        theirs = window_b.replies.start(angry_id)  # resumes the same reply, A's words in it
        assert theirs.id == mine.id and theirs.draft == mine.draft
        theirs.draft += " B WRITES A WHOLE PARAGRAPH ABOUT THE REFUND."
        assert window_b.replies.save(theirs) is False  # nobody wrote since B read it
        mine.draft += " A adds one line."
        assert window_a.replies.save(mine) is True
        kept = window_a.replies.earlier_drafts(mine)
        assert [(d.text, d.why) for d in kept] == [
            (theirs.draft, REASONS[ANOTHER_WINDOW]),
        ]
        assert window_a.replies.get(mine.id).draft == mine.draft  # what A shows is what is saved
        # A goes on typing: nothing more is kept, B's words are kept once.
        mine.draft += " And another."
        assert window_a.replies.save(mine) is False
        assert len(window_a.replies.earlier_drafts(mine)) == 1
        # B saves again over A: A's words are kept in turn; nothing either wrote is lost.
        theirs.draft += " Still B."
        assert window_b.replies.save(theirs) is True
        texts = {d.text for d in window_b.replies.earlier_drafts(theirs)}
        assert mine.draft in texts
        assert window_a.verify().ok
    finally:
        window_b.close()


def test_one_window_saving_again_and_again_keeps_nothing_extra(
    business: Services, angry_id: int
) -> None:
    reply = business.replies.start(angry_id)
    for words in ("Dear", "Dear Morwenna,", "Dear Morwenna, thank you."):
        reply.draft = words
        assert business.replies.save(reply) is False
    business.replies.keep_draft(reply, "start over")
    reply.draft = "Dear Morwenna, I am sorry."
    assert business.replies.save(reply) is False
    assert [d.text for d in business.replies.earlier_drafts(reply)] == ["Dear Morwenna, thank you."]


def _commits_fail(services: Services) -> Callable[[], None]:
    """Every commit of this window's connection fails from now on, as on a full disk: SQLite
    itself refuses it at COMMIT (a deferred foreign key left unmet by each reply saved), and
    the transaction is rolled back. Returns what lets commits land again."""
    conn = services.store.db.conn  # type: ignore[attr-defined]
    conn.executescript(
        "CREATE TEMP TABLE held (id INTEGER PRIMARY KEY);"
        "CREATE TEMP TABLE unmet (held_id INTEGER REFERENCES held (id) "
        "DEFERRABLE INITIALLY DEFERRED);"
        "CREATE TEMP TRIGGER full_disk AFTER UPDATE ON main.replies "
        "BEGIN INSERT INTO unmet VALUES (1); END;"
    )
    return lambda: conn.execute("DROP TRIGGER temp.full_disk")


def test_a_save_whose_commit_failed_is_not_taken_for_another_window(
    business: Services, angry_id: int
) -> None:
    reply = business.replies.start(angry_id)
    reply.draft = "Dear Victor, thank you for writing. "
    assert business.replies.save(reply) is False
    commits_land = _commits_fail(business)
    reply.draft += "I have checked your order 4411."
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        business.replies.save(reply)
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        business.replies.keep_draft(reply, "start over")  # two saves in one transaction
    # Read as the file holds it, not through the window's own record of the reply.
    stored = business.store.db.execute("SELECT draft FROM replies WHERE id = ?", [reply.id])  # type: ignore[attr-defined]
    assert stored.fetchone()[0] == "Dear Victor, thank you for writing. "
    commits_land()

    reply.draft += " The refund went out on Monday."
    assert business.replies.save(reply) is False

    assert business.replies.earlier_drafts(reply) == []
    assert business.replies.get(reply.id).draft == reply.draft  # type: ignore[arg-type]
