"""A save made while the owner types waits only briefly for another program holding the log,
then says the log is busy; every other write keeps the usual patient wait."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.domain import Customer
from app.core.errors import DatabaseBusyError
from app.services import Services


def test_a_brief_save_is_refused_while_the_log_is_held_and_the_usual_wait_comes_back(
    services: Services, db_path: Path
) -> None:
    conn = services.store.db.conn  # type: ignore[attr-defined]
    usual = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError), services.store.atomic_briefly(0.05):
            services.store.customers.add(Customer(name="Typed while held"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == usual
    with services.store.atomic_briefly(0.05):
        services.store.customers.add(Customer(name="Saved once free"))
    assert [row[0] for row in conn.execute("SELECT name FROM customers")] == ["Saved once free"]
