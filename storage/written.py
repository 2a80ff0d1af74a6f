"""Rows just written, exactly as SQLite stored them, for the ledger entry that follows.

The ledger's digest is of the record as stored. An INSERT … RETURNING * hands back that very
row (defaults filled in, each value in its column's type), so the ledger need not read again
the row it was just told about: one query less for every contact, version and file recorded.

A row is kept only until the ledger takes it or the transaction it was written in ends, and
is forgotten when it is changed, so the ledger never digests anything but the row as it now
is. Tables with a REAL column are never kept: SQLite returns 3 where a read gives 3.0.

A row about to be changed is kept as it stood (read, not returned), so the ledger can check
it was not changed outside Steady since its last entry before recording the change.
"""

from __future__ import annotations

from storage.connection import SteadyDatabase


def _affinity_is_real(declared: str) -> bool:
    """SQLite's rules for a column's type affinity, as far as REAL goes."""
    kind = declared.upper()
    if "INT" in kind or any(text in kind for text in ("CHAR", "CLOB", "TEXT", "BLOB")):
        return False
    return any(real in kind for real in ("REAL", "FLOA", "DOUB"))


class WrittenRows:
    def __init__(self, db: SteadyDatabase) -> None:
        self._db = db
        self._rows: dict[tuple[str, int], dict[str, object]] = {}
        # Rows about to be changed, as they stood: the ledger checks them against their last
        # entry before recording the change.
        self._before: dict[tuple[str, int], dict[str, object]] = {}
        self._exact: dict[str, bool] = {}

    def _returns_stored_values(self, table: str) -> bool:
        exact = self._exact.get(table)
        if exact is None:
            columns = self._db.execute(f"PRAGMA table_info([{table}])").fetchall()
            exact = self._exact[table] = not any(_affinity_is_real(c[2]) for c in columns)
        return exact

    def insert(self, table: str, row: dict[str, object]) -> int:
        """Insert the row; returns its id and keeps the stored row for the ledger."""
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        cursor = self._db.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({marks}) RETURNING *", list(row.values())
        )
        names = [column[0] for column in cursor.description]
        stored = dict(zip(names, cursor.fetchall()[0], strict=True))
        row_id = stored["id"]
        assert isinstance(row_id, int)
        if self._returns_stored_values(table):
            self._rows[(table, row_id)] = stored
        return row_id

    def take(self, table: str, row_id: int) -> dict[str, object] | None:
        return self._rows.pop((table, row_id), None)

    def forget(self, table: str, row_id: int) -> None:
        self._rows.pop((table, row_id), None)

    def changing(self, table: str, row_id: int) -> None:
        """Call before an UPDATE of the row: keeps it as it stands (the first time in the
        transaction) for the ledger entry that records the change."""
        self.forget(table, row_id)
        if (table, row_id) not in self._before:
            rows = list(self._db.query(f"SELECT * FROM [{table}] WHERE id = ?", [row_id]))
            if rows:
                self._before[(table, row_id)] = rows[0]

    def take_before(self, table: str, row_id: int) -> dict[str, object] | None:
        return self._before.pop((table, row_id), None)

    def clear(self) -> None:
        self._rows.clear()
        self._before.clear()
