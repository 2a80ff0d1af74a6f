"""The language each calm reply is written in, kept with the reply so that reopening a draft
checks it in that language again ("" for a reply that follows the business's Settings).

Like the rest of `replies` it is work in progress; each change of language is also a reply
event with its ledger entry (app/reply/reply_language.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.schema_core import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


@migrations()
def m500_reply_language(db: Database) -> None:
    db.execute("ALTER TABLE replies ADD COLUMN language TEXT NOT NULL DEFAULT ''")
