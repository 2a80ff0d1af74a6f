"""Who wrote a contact, as the import doubted it: the doubt in the owner's words and a chat
line's speaker as written, saved with the contact and entered in the ledger. Rows are never
changed; the owner settling a doubt adds a row saying how, and the newest row of a contact is
what stands (app/importing/direction_doubts.py).

(Named to be imported after the other schema modules: schema changes run in import order.)
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.core.clock import Clock, to_storage
from app.importing.direction_doubts import DirectionDoubt
from storage.connection import SteadyDatabase
from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("direction_doubt", "direction_doubts")


@migrations()
def m700_direction_doubts(db: Database) -> None:
    db.execute("""
        CREATE TABLE direction_doubts (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            doubt TEXT NOT NULL DEFAULT '',
            speaker TEXT NOT NULL DEFAULT '',
            settled TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX direction_doubts_by_contact ON direction_doubts(contact_id, id)")
    read_only_triggers(db, "direction_doubts")


def add_doubt(db: SteadyDatabase, clock: Clock, doubt: DirectionDoubt) -> int:
    cursor = db.execute(
        "INSERT INTO direction_doubts (contact_id, doubt, speaker, settled, recorded_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [doubt.contact_id, doubt.doubt, doubt.speaker, doubt.settled, to_storage(clock())],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def doubts(db: SteadyDatabase, contact_ids: list[int]) -> dict[int, DirectionDoubt]:
    """The doubt standing for each of these contacts that has one (its newest row)."""
    rows = db.execute(
        "SELECT contact_id, doubt, speaker, settled FROM direction_doubts "
        "WHERE contact_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(contact_ids)],
    ).fetchall()
    return {row[0]: DirectionDoubt(row[0], row[1], row[2], row[3]) for row in rows}
