"""Contacts by their date, so that search can tell which matches are the latest by date even
when an old mailbox was imported after this week's messages were logged (storage/search.py and
storage/search_folded.py both ask `dated_later`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storage.connection import SteadyDatabase
from storage.schema_core import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database  # what a schema change is given


@migrations()
def m600_search_by_date(db: Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS contacts_by_time ON contacts(occurred_at, id)")


def dated_later(
    db: SteadyDatabase,
    found: list[int],
    limit: int,
    checked: int,
    logged_before: int | None = None,
) -> list[int] | None:
    """The contacts not in `found` dated after the `limit`-th latest of them, latest first:
    an old mailbox imported last, a contact entered days late. With `logged_before`, only
    those logged before that contact (a search that read its matches newest logged first has
    seen every one logged after it). None when more than `checked`: a log kept in no order of
    date, where finding the latest by date would read every match."""
    marks = ",".join("?" for _ in found)
    times = dict(db.execute(f"SELECT id, occurred_at FROM contacts WHERE id IN ({marks})", found))
    cut = sorted(times.values(), reverse=True)[limit - 1]
    before, values = ("", []) if logged_before is None else (" AND id < ?", [logged_before])
    later_dated = f"FROM contacts INDEXED BY contacts_by_time WHERE occurred_at > ?{before}"
    # Counted before they are read: in a log kept in no order of date there are thousands.
    many = db.execute(
        f"SELECT count(*) FROM (SELECT 1 {later_dated} LIMIT ?)",
        [cut, *values, checked + len(found) + 1],
    ).fetchone()[0]
    known = {
        contact_id
        for contact_id, at in times.items()
        if at > cut and (logged_before is None or contact_id < logged_before)
    }
    if many - len(known) > checked:
        return None
    return [
        row[0]
        for row in db.execute(
            f"SELECT id {later_dated} ORDER BY occurred_at DESC, id DESC", [cut, *values]
        )
        if row[0] not in known
    ]
