"""One SQLite connection, the way every storage module talks to it.

Reads and writes go straight to the connection: importing sqlite-utils (with click and pluggy)
costs more than everything else Steady does before the window shows, and day to day Steady only
needs `execute`, `query` and `atomic`. sqlite-utils does the schema's migrations, and is loaded
when one is pending (`tables`).

The behaviour is sqlite-utils': a write outside a transaction is committed at once, `query`
reads rows as dictionaries (a written row returned by `RETURNING` is committed before its
dictionary is handed back), nested `atomic` blocks are savepoints. One difference on purpose:
the outermost transaction begins with `BEGIN IMMEDIATE`. A deferred BEGIN that reads first and
writes later cannot wait for another writer in WAL mode (SQLite answers "database is locked" at
once); BEGIN IMMEDIATE waits its turn.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

import storage.encryption as encryption
from app.core.errors import ReadOnlyDatabaseError

if TYPE_CHECKING:
    from sqlite_utils import Database

Parameters = Sequence[Any] | dict[str, Any] | None

# Statements that end or begin a transaction themselves: never committed behind their back.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
_NEVER_ROWS = _TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}
# Statements that cannot change the file (PRAGMA runs outside any savepoint, as some refuse
# to run inside a transaction).
_READ_ONLY = frozenset({"SELECT", "VALUES", "EXPLAIN", "PRAGMA"})
_NOT_ROWS = "query() is for statements that return rows; use execute()"


def first_keyword(sql: str) -> str:
    """The statement's first word, upper case, past blanks, comments and stray semicolons."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in ";\ufeff":
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def unique_keys(names: Iterable[str]) -> list[str]:
    """Column names made unique (`id`, `id_2`, …) so that no value hides another in a row."""
    keys = list(names)
    if len(set(keys)) == len(keys):
        return keys
    taken = set(keys)
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            number = 2
            while f"{key}_{number}" in taken:
                number += 1
            key = f"{key}_{number}"
            taken.add(key)
        seen.add(key)
        result.append(key)
    return result


def _dicts(cursor: Any, rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """A statement's rows as dictionaries keyed by its (unique) column names."""
    if cursor.description is None:
        raise ValueError(_NOT_ROWS)
    keys = unique_keys(column[0] for column in cursor.description)
    return (dict(zip(keys, row, strict=True)) for row in rows)


class SteadyDatabase:
    """An open SQLite (or SQLCipher) connection with sqlite-utils' way of running statements."""

    # Why nothing may be written ("" when it may): a read-only file or a newer Steady's.
    read_only_reason = ""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._savepoints = itertools.count(1)
        # sqlite-utils' default, which the ledger's and the search index's triggers were
        # written and tested under.
        self.execute("PRAGMA recursive_triggers=on")

    def execute(self, sql: str, parameters: Parameters = None) -> Any:
        """Run one statement; a write outside a transaction is committed before this returns."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed write's own implicit transaction
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Parameters = None) -> Iterator[dict[str, Any]]:
        """The rows of a statement that returns rows, as dictionaries, read as they are used."""
        keyword = first_keyword(sql)
        if keyword in _NEVER_ROWS:
            raise ValueError(_NOT_ROWS)
        conn = self.conn
        args = () if parameters is None else (parameters,)
        if keyword in _READ_ONLY:  # nothing to undo if it returns no rows
            cursor = conn.execute(sql, *args)
            return _dicts(cursor, cursor)
        # A statement that may write runs in a savepoint: undone if it turns out to return no
        # rows; committed with its rows (unless a transaction is open) if it does.
        conn.execute("SAVEPOINT steady_query")
        released = False
        try:
            cursor = conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_NOT_ROWS)
            rows: Iterable[Any] = cursor
            try:
                conn.execute("RELEASE steady_query")
            except encryption.OperationalErrors:
                # INSERT … RETURNING still has rows to hand back: the write finishes when they
                # have all been read, and only then can the savepoint go.
                rows = cursor.fetchall()
                conn.execute("RELEASE steady_query")
            released = True
            return _dicts(cursor, rows)
        finally:
            if not released and conn.in_transaction:
                conn.execute("ROLLBACK TO steady_query")
                conn.execute("RELEASE steady_query")

    @contextmanager
    def atomic(self) -> Iterator[SteadyDatabase]:
        """One transaction (or a savepoint inside one): all of it is saved, or none of it."""
        if self.read_only_reason:
            raise ReadOnlyDatabaseError(self.read_only_reason)
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"steady_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger may have ended the transaction, savepoint and all.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_exists(self, name: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
            ).fetchone()
            is not None
        )

    @cached_property
    def tables(self) -> Database:
        """sqlite-utils over this same connection, for the schema's migrations."""
        from storage.sqlite_utils_bridge import bridged

        return bridged(self)

    def close(self) -> None:
        self.conn.close()
