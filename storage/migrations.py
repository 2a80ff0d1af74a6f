"""Bringing a database's schema up to date, with a copy of the file taken first.

The schemas register themselves on `migrations` in order: the core log, then import, calm
replies, and where the customer stands.
"""

from __future__ import annotations

import functools
import os
from datetime import UTC, datetime

import storage.encryption as encryption
import storage.schema_import
import storage.schema_moves
import storage.schema_replies
import storage.schema_standing
import storage.schema_time_stamps
import storage.schema_totals
import storage.schema_written_language
import storage.search_dates
import storage.suggestion_reviews
import storage.withdrawn_agreements
import storage.withdrawn_clause_tags
import storage.written_corrections
import storage.written_file_withdrawals
import storage.written_live_totals
import storage.written_search_revisions
import storage.written_search_shown
import storage.written_who_wrote
import storage.written_words_shown
import storage.written_words_wide
import storage.written_words_within  # noqa: F401  (each registers its migrations on import)
from app.core.errors import StorageError
from storage.connection import SteadyDatabase
from storage.database import backup_database
from storage.schema_core import migrations
from storage.upgrade_list import upgrade_failed
from storage.verify_checks import table_columns

__all__ = ["migrate", "migrations", "newer_steady", "note_version", "steady_columns"]


def _version_number(version: str) -> int:
    """ "1.2.3" as 1002003, stored in the file's user_version."""
    parts = [int(part) if part.isdigit() else 0 for part in version.split(".")[:3]]
    parts += [0] * (3 - len(parts))
    return parts[0] * 1_000_000 + parts[1] * 1_000 + parts[2]


def _version_text(number: int) -> str:
    return f"{number // 1_000_000}.{number // 1_000 % 1_000}.{number % 1_000}"


def newer_steady(db: SteadyDatabase) -> str:
    """Why this Steady must not write to the file ("" when it may): a newer Steady wrote it."""
    from app import __version__

    ours = _version_number(__version__)
    written = db.execute("PRAGMA user_version").fetchone()[0]
    known = {migration.name for migration in migrations._migrations}
    unknown = [name for name in migrations.applied(db) if name not in known]
    if written <= ours and not unknown:
        return ""
    needed = _version_text(written) if written > ours else "a newer version"
    return (
        f"this database was written by a newer Steady; install Steady {needed} or later to "
        f"change it (this is Steady {__version__}). It can still be read, searched, verified "
        "and printed."
    )


def note_version(db: SteadyDatabase) -> None:
    """Write down the newest Steady that wrote to the file, so an older one will not."""
    from app import __version__

    ours = _version_number(__version__)
    if db.execute("PRAGMA user_version").fetchone()[0] < ours:
        db.execute(f"PRAGMA user_version = {ours}")


def migrate(db: SteadyDatabase, path: str, passphrase: str | None = None) -> str | None:
    """Bring the schema up to date; an existing file is copied first. Returns the backup path."""
    pending = migrations.pending(db)
    if not pending:
        return None
    backup_path = None
    has_data = db.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()[0]
    if has_data and path != ":memory:":
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup_path = f"{path}.before-{pending[0].name}-{stamp}.bak"
        backup_database(db, backup_path, passphrase)
    try:
        migrations.apply(db)
    except encryption.OperationalErrors as error:
        detail = str(error)
        if "already exists" not in detail and "duplicate column" not in detail:
            raise  # the disk, a lock: said as everywhere else
        # Each upgrade is its own transaction: the one that failed is the first not listed.
        failed = next((step.name for step in migrations.pending(db)), pending[0].name)
        raise StorageError(upgrade_failed(failed, detail)) from error
    return backup_path if backup_path and os.path.exists(backup_path) else None


@functools.cache
def steady_columns() -> dict[str, frozenset[str]]:
    """Each table's columns as this version of Steady makes them (a new log's schema, built in
    memory once per run)."""
    import sqlite3

    fresh = SteadyDatabase(sqlite3.connect(":memory:"))
    migrations.apply(fresh)
    tables = [
        row[0] for row in fresh.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    columns = {table: frozenset(table_columns(fresh, table)) for table in tables}
    fresh.close()
    return columns
