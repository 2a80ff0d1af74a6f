"""What keeps a large log quick to read: per-customer totals kept by triggers, an index of
inbound message times for the book-wide monthly average, and a longer search prefix index.

Totals are derived data, not evidence: they are not tracked by the ledger, and the triggers
recompute them from the contacts whenever a contact is added, corrected or moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from storage.schema_core import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given

    from storage.connection import SteadyDatabase

# Prefixes of up to four letters are answered from their own index: "acco", "refu" as typed.
PREFIXES = "1 2 3 4"

_RECOUNT = """
    INSERT INTO customer_totals (customer_id, contacts, minutes, last_contact_at)
    SELECT {who}, count(*), coalesce(sum(minutes), 0), max(occurred_at)
    FROM contacts WHERE customer_id = {who}
    ON CONFLICT(customer_id) DO UPDATE SET contacts = excluded.contacts,
        minutes = excluded.minutes, last_contact_at = excluded.last_contact_at;"""
_TABLE = """
    CREATE TABLE customer_totals (
        customer_id INTEGER PRIMARY KEY REFERENCES customers(id),
        contacts INTEGER NOT NULL DEFAULT 0,
        minutes INTEGER NOT NULL DEFAULT 0,
        last_contact_at TEXT
    )"""
_COUNT_ALL = """
    INSERT INTO customer_totals (customer_id, contacts, minutes, last_contact_at)
    SELECT customer_id, count(*), coalesce(sum(minutes), 0), max(occurred_at)
    FROM contacts GROUP BY customer_id"""
_TRIGGERS = (
    # A new contact adds to the totals; a correction or a move counts the customer again.
    """CREATE TRIGGER IF NOT EXISTS contacts_totals_ai AFTER INSERT ON contacts BEGIN
        INSERT INTO customer_totals (customer_id, contacts, minutes, last_contact_at)
        VALUES (new.customer_id, 1, new.minutes, new.occurred_at)
        ON CONFLICT(customer_id) DO UPDATE SET contacts = contacts + 1,
            minutes = minutes + excluded.minutes,
            last_contact_at = max(coalesce(last_contact_at, ''), excluded.last_contact_at);
    END""",
    "CREATE TRIGGER IF NOT EXISTS contacts_totals_au AFTER UPDATE OF customer_id, minutes, "
    "occurred_at ON contacts BEGIN "
    + _RECOUNT.format(who="old.customer_id")
    + _RECOUNT.format(who="new.customer_id")
    + " END",
)


class _Executes(Protocol):
    def execute(self, sql: str) -> Any: ...


def _make_totals(db: _Executes) -> None:
    db.execute(_TABLE)
    db.execute(_COUNT_ALL)
    db.execute("CREATE INDEX customer_totals_by_last ON customer_totals(last_contact_at)")
    for trigger in _TRIGGERS:
        db.execute(trigger)


@migrations()
def m400_customer_totals(db: Database) -> None:
    _make_totals(db)
    db.execute(
        "CREATE INDEX contacts_inbound_times ON contacts(occurred_at, customer_id) "
        "WHERE direction = 'inbound'"
    )


def remake_lost_totals(db: SteadyDatabase) -> bool:
    """Count the totals again from the contacts when their table was removed outside Steady
    (they are derived, not evidence: nothing is lost). Every list, page and new contact reads
    or keeps them. True when they were remade."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "customer_totals" in present or not {"contacts", "customers"} <= present:
        return False
    if "m400_customer_totals" not in migrations.applied(db):
        return False  # an older layout, about to be brought up to date
    with db.atomic():
        _make_totals(db)
        if "m660_live_totals" in migrations.applied(db):
            from storage.written_live_totals import make_live  # registered after this module

            make_live(db)
    return True


@migrations()
def m401_search_prefixes(db: Database) -> None:
    for table, columns in (
        ("contacts", "summary, text"),
        ("customers", "name, emails, phones, handles, account_ref, notes"),
    ):
        # The triggers that keep the index in step name the table, so they carry over.
        db.execute(f"DROP TABLE {table}_fts")
        db.execute(
            f"CREATE VIRTUAL TABLE {table}_fts USING fts5({columns}, content='{table}', "
            f"content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
            f"prefix='{PREFIXES}')"
        )
        db.execute(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('rebuild')")
