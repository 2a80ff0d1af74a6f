"""Bringing a database's schema up to date, with a copy of the file taken first.

The schemas register themselves on `migrations` in order: the core log, then import, calm
replies, and where the customer stands.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlite_utils import Database

import storage.schema_import
import storage.schema_replies
import storage.schema_standing
import storage.schema_totals  # noqa: F401  (each registers its migrations on import)
from storage.database import backup_database
from storage.schema_core import migrations

__all__ = ["migrate", "migrations"]


def migrate(db: Database, path: str) -> str | None:
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
        backup_database(db, backup_path)
    migrations.apply(db)
    return backup_path if backup_path and os.path.exists(backup_path) else None
