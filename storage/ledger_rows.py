"""What the ledger is made of: the tables whose rows are evidence, and the digests and hashes
each entry carries. Shared by the ledger that writes entries and the checks that read them."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

GENESIS = "0" * 64

# What verify says of one record ("changed", "added" or "deleted"; its key; the row, or for
# a deleted one its last ledger entry's detail).
Describe = Callable[[str, int, Mapping[str, object] | None], str]


@dataclass(frozen=True)
class TrackedTable:
    entity: str
    table: str
    key: str = "id"
    since: str = ""  # the schema change from which its rows have ledger entries
    describe: Describe | None = None
    # The actions that make a record of a table Steady changes. Any other entry (a
    # correction, a move, a note…) for a record with no entry yet would vouch for a row
    # added by hand, so Steady refuses to write one and verify names a record that has one.
    made_by: tuple[str, ...] = ()

    @property
    def changes(self) -> bool:
        """Whether Steady ever changes a row once written (a customer's details, a contact's
        current version): exactly the tables with actions that make their records. A row
        written once must match its FIRST entry: a later entry can never make a rewritten
        original good again."""
        return bool(self.made_by)

    def not_made_by(self, action: str) -> bool:
        """Whether `action`, as a record's first entry, changes it instead of making it."""
        return bool(self.made_by) and action not in self.made_by

    @property
    def label(self) -> str:
        return self.entity.replace("_", " ").capitalize()


# Every table whose rows are evidence. Later features add theirs with track().
TRACKED: dict[str, TrackedTable] = {}


def track(
    entity: str,
    table: str,
    key: str = "id",
    *,
    since: str = "",
    describe: Describe | None = None,
    made_by: tuple[str, ...] = (),
) -> None:
    TRACKED[entity] = TrackedTable(entity, table, key, since, describe, made_by)


track("customer", "customers", made_by=("customer.added",))
track("contact", "contacts", made_by=("contact.logged",))
track("contact_revision", "contact_revisions")
track("attachment", "attachments")


def canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def sha256_text(text: str) -> str:
    import hashlib  # OpenSSL loads with the first entry written, not with the window

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_digest(row: dict[str, object]) -> str:
    return sha256_text(canonical(row))


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int,
    digest: str,
    detail: str,
) -> str:
    body = canonical([seq, at, actor, action, entity, entity_id, digest, detail])
    return sha256_text(prev_hash + "\n" + body)
