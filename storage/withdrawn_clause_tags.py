"""Clause tags withdrawn by the owner: a contact tagged by mistake as breaking a policy (wrong
policy, clause or contact) keeps its tag; a withdrawal with its reason is added beside it,
append-only and tracked by the ledger like the tag itself, so packets stop counting it and
`verify` still covers both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.ledger import track
from storage.schema_core import migrations, read_only_triggers

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

track("clause_tag_withdrawal", "clause_tag_withdrawals")


@migrations()
def m630_clause_tag_withdrawals(db: Database) -> None:
    db.execute("""
        CREATE TABLE clause_tag_withdrawals (
            id INTEGER PRIMARY KEY,
            clause_tag_id INTEGER NOT NULL UNIQUE REFERENCES contact_clauses(id),
            reason TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""")
    read_only_triggers(db, "clause_tag_withdrawals")
