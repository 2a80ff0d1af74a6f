from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.core.errors import CorruptDatabaseError
from storage.migrations import migrations


def test_migrates_an_empty_file_to_the_full_schema(db_path: Path) -> None:
    services = open_services(db_path)
    services.close()
    conn = sqlite3.connect(db_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {
        "customers",
        "contacts",
        "contact_revisions",
        "attachments",
        "blobs",
        "ledger",
        "settings",
        "contacts_fts",
        "customers_fts",
    } <= tables
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert applied == [m.name for m in migrations._migrations]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_runs_nothing_twice(db_path: Path) -> None:
    open_services(db_path).close()
    again = open_services(db_path)
    assert again.store.migration_backup is None  # type: ignore[attr-defined]
    again.close()


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"This is a shopping list, not a database.\n" * 100)
    with pytest.raises(CorruptDatabaseError, match="not a readable Steady database"):
        open_services(bogus)
    assert bogus.read_bytes().startswith(b"This is a shopping list")


def test_an_existing_file_is_copied_before_a_new_migration(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storage.migrations as module
    from app.core.domain import Customer
    from storage.schema_steps import SchemaSteps

    first = open_services(db_path)
    first.customers.add(Customer(name="Kept Before Upgrade"))
    first.close()

    upgraded = SchemaSteps("steady")
    for migration in module.migrations._migrations:
        upgraded._migrations.append(migration)

    @upgraded()
    def m999_add_column(db: object) -> None:
        db.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")  # type: ignore[attr-defined]

    monkeypatch.setattr(module, "migrations", upgraded)
    second = open_services(db_path)
    backup = second.store.migration_backup  # type: ignore[attr-defined]
    second.close()
    assert backup is not None and "before-m999_add_column" in backup
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM customers").fetchall() == [("Kept Before Upgrade",)]
    columns = [r[1] for r in copy.execute("PRAGMA table_info(customers)")]
    assert "nickname" not in columns
