"""Calm replies: their saved state, the drafts set aside, their events, the owner's dictionary."""

from __future__ import annotations

import json

from app.core.clock import Clock, from_storage, to_storage
from app.core.errors import NotFoundError
from app.reply.steps import (
    DraftVersion,
    ReplyState,
    ReplyStatus,
    ReplySummary,
    Step,
    state_from_dict,
    state_to_dict,
)
from storage.connection import SteadyDatabase


def _state_json(state: ReplyState) -> str:
    return json.dumps(state_to_dict(state), ensure_ascii=False, sort_keys=True)


class SqliteReplies:
    def __init__(self, db: SteadyDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        # Each reply's draft as this connection last read it: a stored draft that differs from
        # it and from the one this connection last wrote was written by another Steady window
        # on the same log meanwhile.
        self._seen: dict[int, str] = {}

    def add(self, state: ReplyState) -> int:
        now = to_storage(self._clock())
        cursor = self._db.execute(
            "INSERT INTO replies (customer_id, contact_id, step, status, draft, state, "
            "language, started_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                state.customer_id,
                state.contact_id,
                int(state.step),
                state.status.value,
                state.draft,
                "{}",
                state.language,
                to_storage(state.cooling_started_at),
                now,
            ],
        )
        assert cursor.lastrowid is not None
        state.id = cursor.lastrowid
        self.save(state)
        return cursor.lastrowid

    def save(self, state: ReplyState) -> str | None:
        """Write the reply; returns the draft another Steady window had saved over the one
        this connection last saw (None when nobody else wrote it), which is now replaced."""
        row = self._db.execute("SELECT draft FROM replies WHERE id = ?", [state.id]).fetchone()
        if row is None:
            raise NotFoundError(f"There is no reply {state.id}.")
        assert state.id is not None
        stored = str(row[0])
        known = [
            d for d in (self._seen.get(state.id), self._last_written(state.id)) if d is not None
        ]
        replaced = stored if known and stored not in (*known, state.draft) else None
        cursor = self._db.execute(
            "UPDATE replies SET step = ?, status = ?, draft = ?, state = ?, "
            "outbound_contact_id = ?, language = ?, updated_at = ? WHERE id = ?",
            [
                int(state.step),
                state.status.value,
                state.draft,
                _state_json(state),
                state.outbound_contact_id,
                state.language,
                to_storage(self._clock()),
                state.id,
            ],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(f"There is no reply {state.id}.")
        self._db.execute(
            "INSERT OR REPLACE INTO temp.reply_drafts_written (reply_id, draft) VALUES (?, ?)",
            [state.id, state.draft],
        )
        return replaced

    def _last_written(self, reply_id: int) -> str | None:
        """The draft this connection last wrote to the reply, as far as it landed.

        Kept in a table of this connection's own, written in the same transaction as the
        draft: a commit that fails (a full disk, a disk error) takes both back, so the draft
        stored then is still one this connection wrote, never taken for another window's."""
        # Made again whenever needed: a transaction that fails takes back its making too.
        self._db.execute(
            "CREATE TEMP TABLE IF NOT EXISTS reply_drafts_written "
            "(reply_id INTEGER PRIMARY KEY, draft TEXT NOT NULL)"
        )
        row = self._db.execute(
            "SELECT draft FROM temp.reply_drafts_written WHERE reply_id = ?", [reply_id]
        ).fetchone()
        return None if row is None else str(row[0])

    def get(self, reply_id: int) -> ReplyState:
        row = self._db.execute(
            "SELECT state, language, customer_id FROM replies WHERE id = ?", [reply_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no reply {reply_id}.")
        # The column is the reply's language; replies saved before it existed follow Settings.
        # The customer too: moving the message answered moves its reply (contacts.move).
        state = state_from_dict({**json.loads(row[0]), "language": row[1], "customer_id": row[2]})
        self._seen[reply_id] = state.draft
        return state

    def _summaries(self, where: str, params: list[object]) -> list[ReplySummary]:
        return [
            ReplySummary(
                id=row["id"],
                customer_id=row["customer_id"],
                contact_id=row["contact_id"],
                step=Step(row["step"]),
                status=ReplyStatus(row["status"]),
                started_at=from_storage(row["started_at"]),
                updated_at=from_storage(row["updated_at"]),
                first_words=" ".join(row["draft"].split())[:80],
            )
            for row in self._db.query(
                "SELECT id, customer_id, contact_id, step, status, draft, started_at, updated_at "
                f"FROM replies WHERE {where} ORDER BY updated_at DESC, id DESC",
                params,
            )
        ]

    def for_customer(self, customer_id: int, open_only: bool = False) -> list[ReplySummary]:
        where = "customer_id = ?" + (" AND status = 'open'" if open_only else "")
        return self._summaries(where, [customer_id])

    def for_contact(self, contact_id: int) -> list[ReplySummary]:
        return self._summaries("contact_id = ?", [contact_id])

    def all_open(self) -> list[ReplySummary]:
        return self._summaries("status = 'open'", [])

    def keep_draft(self, reply_id: int, text: str, reason: str) -> int:
        number = self._db.execute(
            "SELECT coalesce(max(number), 0) + 1 FROM reply_drafts WHERE reply_id = ?", [reply_id]
        ).fetchone()[0]
        cursor = self._db.execute(
            "INSERT INTO reply_drafts (reply_id, number, text, reason, kept_at) VALUES (?,?,?,?,?)",
            [reply_id, number, text, reason, to_storage(self._clock())],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def drafts(self, reply_id: int) -> list[DraftVersion]:
        return [
            DraftVersion(
                reply_id=row["reply_id"],
                number=row["number"],
                text=row["text"],
                kept_at=from_storage(row["kept_at"]),
                reason=row["reason"],
            )
            for row in self._db.query(
                "SELECT * FROM reply_drafts WHERE reply_id = ? ORDER BY number", [reply_id]
            )
        ]

    def add_event(self, reply_id: int, kind: str, detail: dict[str, object]) -> int:
        cursor = self._db.execute(
            "INSERT INTO reply_events (reply_id, kind, detail, at) VALUES (?,?,?,?)",
            [
                reply_id,
                kind,
                json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
                to_storage(self._clock()),
            ],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def events(self, reply_id: int) -> list[tuple[str, dict[str, object]]]:
        return [
            (row["kind"], json.loads(row["detail"]))
            for row in self._db.query(
                "SELECT kind, detail FROM reply_events WHERE reply_id = ? ORDER BY id", [reply_id]
            )
        ]

    def add_word(self, word: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO personal_dictionary (word, added_at) VALUES (?, ?)",
            [word, to_storage(self._clock())],
        )

    def remove_word(self, word: str) -> None:
        self._db.execute("DELETE FROM personal_dictionary WHERE word = ?", [word])

    def words(self) -> list[str]:
        return [
            row[0]
            for row in self._db.execute(
                "SELECT word FROM personal_dictionary ORDER BY word COLLATE NOCASE"
            )
        ]
