"""The table of time-stamps: tokens from an RFC 3161 service over the ledger head."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("time_stamp", "time_stamps")


@migrations()
def m300_time_stamps(db: Database) -> None:
    # The token is kept as the service sent it (base64 of the DER answer), never changed.
    db.execute("""
        CREATE TABLE time_stamps (
            id INTEGER PRIMARY KEY,
            entries INTEGER NOT NULL,
            head_hash TEXT NOT NULL,
            token TEXT NOT NULL,
            stamped_at TEXT NOT NULL,
            service TEXT NOT NULL
        )""")
    read_only_triggers(db, "time_stamps")
