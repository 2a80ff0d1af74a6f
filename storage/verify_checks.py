"""What verify checks beyond the chain: the file itself, the tables, and contacts against their
revisions. Each check yields problems in words; none of them writes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping

import storage.encryption as encryption
from storage.connection import DamagedLogError, SteadyDatabase

# The columns a contact shares with each of its revisions (the version it currently shows).
_VERSION_COLUMNS = (
    "occurred_at",
    "occurred_tz",
    "channel",
    "direction",
    "summary",
    "text",
    "categories",
    "severity",
    "minutes",
    "url",
    "staff",
)


def damage(db: SteadyDatabase) -> str | None:
    """SQLite's own check of the file's pages and indexes; None when the file is sound."""
    try:
        rows = [row[0] for row in db.execute("PRAGMA quick_check(5)")]
    except DamagedLogError as error:
        return error.detail
    except encryption.DatabaseErrors as error:
        db.mark_damaged(str(error))
        return str(error)
    if rows == ["ok"]:
        return None
    found = "; ".join(" ".join(str(row).split()) for row in rows)
    db.mark_damaged(found)  # nothing more is written to a damaged file
    return found


def missing_tables(db: SteadyDatabase, tables: Iterable[str]) -> list[str]:
    present = {
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }
    return [table for table in tables if table not in present]


def applied_steps(db: SteadyDatabase) -> set[str]:
    """The schema changes the file has (none listed in a file from before they were)."""
    if missing_tables(db, ["_sqlite_migrations"]):
        return set()
    return {row[0] for row in db.execute("SELECT name FROM _sqlite_migrations")}


def table_columns(db: SteadyDatabase, table: str) -> set[str]:
    """The table's column names; empty when there is no such table."""
    return {row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", [table])}


def foreign_columns(
    db: SteadyDatabase, table: str, known: Mapping[str, frozenset[str]]
) -> list[str]:
    """Columns of `table` that Steady never makes (`known`: the columns of each table it
    makes): added by hand. Their values are not evidence Steady knows of, and every row would
    otherwise fail its check because of them."""
    if table not in known:
        return []
    return sorted(table_columns(db, table) - known[table])


def contacts_against_revisions(db: SteadyDatabase) -> Iterator[tuple[int, str]]:
    """Each contact must show exactly its latest revision, numbered as the contact says: the
    id and the problem of each that does not."""
    columns = ", ".join(
        f"c.[{name}] AS [c_{name}], r.[{name}] AS [r_{name}]" for name in _VERSION_COLUMNS
    )
    cursor = db.execute(
        f"SELECT c.id, c.revision, r.number, EXISTS (SELECT 1 FROM contact_revisions z "
        f"WHERE z.contact_id = c.id AND z.number = 0), {columns} FROM contacts c "
        "LEFT JOIN contact_revisions r ON r.contact_id = c.id AND r.number = "
        "(SELECT max(number) FROM contact_revisions m WHERE m.contact_id = c.id) ORDER BY c.id"
    )
    width = len(_VERSION_COLUMNS)
    for row in cursor:
        contact_id, revision, latest = row[0], row[1], row[2]
        if latest is None:
            yield (
                contact_id,
                f"Contact {contact_id} has no saved versions: its original is missing.",
            )
            continue
        if not row[3]:  # logging saves the original as version 0: none, and it was not logged
            yield (
                contact_id,
                f"Contact {contact_id} has no original version (version 0): it was added or "
                "its original removed outside Steady.",
            )
        if revision != latest:
            yield (
                contact_id,
                (
                    f"Contact {contact_id} says it is version {revision}, but its latest saved "
                    f"version is {latest}."
                ),
            )
            continue
        values = row[4:]
        changed = [_VERSION_COLUMNS[i] for i in range(width) if values[2 * i] != values[2 * i + 1]]
        if changed:
            yield (
                contact_id,
                (
                    f"Contact {contact_id} differs from its latest saved version "
                    f"({', '.join(changed)}): it was changed outside Steady."
                ),
            )


def contacts_against_first_entry(db: SteadyDatabase) -> Iterator[tuple[int, str]]:
    """What no correction changes must still be as first recorded: when a contact was entered
    (as its original version, written once, says) and whose it is (as its first ledger entry
    says, or the last move recorded). The id and the problem of each that differs."""
    moved: dict[int, int] = {}
    if not missing_tables(db, ["contact_moves"]):
        query = "SELECT contact_id, to_customer_id FROM contact_moves ORDER BY id"
        moved = {contact: customer for contact, customer in db.execute(query)}
    cursor = db.execute(
        "SELECT c.id, c.customer_id, c.created_at, r.revised_at, l.detail FROM contacts c "
        "LEFT JOIN contact_revisions r ON r.contact_id = c.id AND r.number = 0 "
        "LEFT JOIN ledger l ON l.seq = (SELECT min(seq) FROM ledger m "
        "WHERE m.entity = 'contact' AND m.entity_id = c.id) ORDER BY c.id"
    )
    for contact_id, customer_id, created_at, original_at, detail in cursor:
        if original_at is not None and created_at != original_at:
            yield (
                contact_id,
                f"Contact {contact_id} says it was entered on {created_at}, but its original "
                f"version was saved on {original_at}: it was changed outside Steady.",
            )
        logged_under = _customer_in(detail)
        if logged_under is None:
            continue  # no entry that made it: named as added outside Steady
        expected = moved.get(contact_id, logged_under)
        if customer_id != expected:
            how = (
                f"was last moved to customer {expected}"
                if contact_id in moved
                else f"was logged under customer {expected} and never moved"
            )
            yield (
                contact_id,
                f"Contact {contact_id} is under customer {customer_id}, but it {how}: it was "
                "changed outside Steady.",
            )


def _customer_in(detail: object) -> int | None:
    try:
        said = json.loads(detail) if isinstance(detail, str) else None
    except ValueError:
        return None
    customer = said.get("customer_id") if isinstance(said, dict) else None
    return customer if isinstance(customer, int) else None


# Each customer's totals beside what its contacts add up to (a customer whose contacts all
# moved away keeps a row of zeros); only the rows that disagree. Since m660_live_totals the
# totals leave out withdrawn contacts.
_TOTALS_DIFFER = """
    WITH counted AS (
        SELECT customer_id, count(*) AS contacts, coalesce(sum(minutes), 0) AS minutes,
            max(occurred_at) AS last
        FROM contacts c {live} GROUP BY customer_id
    )
    SELECT t.customer_id, t.contacts, t.minutes, t.last_contact_at,
        coalesce(c.contacts, 0), coalesce(c.minutes, 0), c.last
    FROM customer_totals t LEFT JOIN counted c ON c.customer_id = t.customer_id
    WHERE t.contacts IS NOT coalesce(c.contacts, 0) OR t.minutes IS NOT coalesce(c.minutes, 0)
        OR t.last_contact_at IS NOT c.last
    UNION ALL
    SELECT c.customer_id, 0, 0, NULL, c.contacts, c.minutes, c.last
    FROM counted c LEFT JOIN customer_totals t ON t.customer_id = c.customer_id
    WHERE t.customer_id IS NULL
    ORDER BY 1"""


def totals_against_contacts(db: SteadyDatabase, listed: set[str]) -> Iterator[str]:
    """Each customer's number of contacts and time spent, as the customer list and page show
    them, must be what its contacts add up to (they are kept by triggers, and only a hand
    edit makes them differ). A file from before the totals were kept (by its list of
    upgrades, `listed`) has none to check."""
    if "m400_customer_totals" not in listed:
        return
    if missing_tables(db, ["customer_totals"]):
        yield (
            "The table “customer_totals” (each customer's number of contacts and time spent) "
            "is missing from the database: it was removed outside Steady."
        )
        return
    live = "m660_live_totals" in listed
    differ = _TOTALS_DIFFER.format(
        live="WHERE c.id NOT IN (SELECT contact_id FROM contact_withdrawals)" if live else ""
    )
    for customer, contacts, minutes, last, counted, counted_minutes, latest in db.execute(differ):
        shown, added = _amount(contacts, minutes), _amount(counted, counted_minutes)
        if shown == added:  # only the last contact's time differs
            shown, added = f"last contact {last}", f"last contact {latest}"
        yield (
            f"The totals shown for customer {customer} ({shown}) are not what its contacts add "
            f"up to ({added}): they were changed outside Steady (the contacts themselves are "
            "checked one by one)."
        )


def _amount(contacts: object, minutes: object) -> str:
    noun = "contact" if contacts == 1 else "contacts"
    return f"{contacts} {noun}, {minutes} min"
