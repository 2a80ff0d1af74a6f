"""Agreements withdrawn by the owner: one recorded by mistake (wrong customer, version, date or
way of agreeing) is never edited or deleted; a withdrawal with its reason is added beside it,
append-only and tracked by the ledger like the agreement itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("agreement_withdrawal", "agreement_withdrawals")


@migrations()
def m620_agreement_withdrawals(db: Database) -> None:
    db.execute("""
        CREATE TABLE agreement_withdrawals (
            id INTEGER PRIMARY KEY,
            agreement_id INTEGER NOT NULL UNIQUE REFERENCES agreements(id),
            reason TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "agreement_withdrawals")
