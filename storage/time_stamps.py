"""Time-stamps kept in the log, exactly as the time-stamping service sent them."""

from __future__ import annotations

import base64

from app.core.clock import from_storage, to_storage
from app.core.ledger_records import TimeStamp
from storage.connection import SteadyDatabase


class SqliteTimeStamps:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db

    def add(self, stamp: TimeStamp) -> int:
        cursor = self._db.execute(
            "INSERT INTO time_stamps (entries, head_hash, token, stamped_at, service) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                stamp.entries,
                stamp.head_hash,
                base64.b64encode(stamp.token).decode("ascii"),
                to_storage(stamp.stamped_at),
                stamp.service,
            ],
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def all(self) -> list[TimeStamp]:
        rows = self._db.execute(
            "SELECT id, entries, head_hash, token, stamped_at, service FROM time_stamps ORDER BY id"
        ).fetchall()
        return [
            TimeStamp(
                id=row[0],
                entries=row[1],
                head_hash=row[2],
                token=base64.b64decode(row[3]),
                stamped_at=from_storage(row[4]),
                service=row[5],
            )
            for row in rows
        ]
