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

import contextlib
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

import app.core.held_files as held_files
import storage.encryption as encryption
from app.core.errors import CorruptDatabaseError, ReadOnlyDatabaseError, SteadyError

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


_DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


class DamagedLogError(CorruptDatabaseError):
    """A damaged page met while the log was open (reading a customer, saving a contact): the
    file is not written to again, and the owner is told which backup to put back."""

    def __init__(self, path: str, detail: str, backup: str = "") -> None:
        super().__init__(path, detail, backup)
        advice = (
            f"The newest good backup is {backup}; close Steady and put it back with: steady "
            f'restore "{backup}" (or File › Restore a backup…).'
            if backup
            else "Restore a backup (File › Restore a backup…, or steady restore FILE)."
        )
        self.args = (
            f"This log is damaged: part of {path or 'the file'} cannot be read ({detail}). "
            f"Nothing more will be written to it. {advice}",
        )


# Files found damaged in this run, by device and inode: the window's own connection refuses to
# write to a file its day's backup (on a connection of its own) found damaged. A backup put
# back in its place is another file, and is written to again.
_damaged_files: dict[tuple[int, int], str] = {}


def is_damage(error: BaseException) -> bool:
    """SQLite's words for a file whose pages are damaged (not a busy or read-only file)."""
    message = str(error).lower()
    return isinstance(error, encryption.DatabaseErrors) and any(
        word in message for word in _DAMAGE_WORDS
    )


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
    path = ""  # the file, for the owner's messages
    damaged = ""  # SQLite's words for the damage found in the file ("" while none was)
    opening_note = ""  # one line for the owner about what opening did beside the file
    # Where the newest good backup is, asked once damage is found (set by whoever opened it).
    find_backup: Callable[[], str | None] | None = None
    _backup: str | None = None
    _held: tuple[int, int] | None = None  # the file's descriptor kept by app/core/held_files

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._savepoints = itertools.count(1)
        # sqlite-utils' default, which the ledger's and the search index's triggers were
        # written and tested under.
        self.execute("PRAGMA recursive_triggers=on")

    def mark_damaged(self, detail: str) -> None:
        """Note that the file is damaged: from now on nothing is written to it."""
        if self.damaged:
            return
        self.damaged = detail
        self.read_only_reason = str(DamagedLogError(self.path, detail))
        identity = held_files.file_identity(self.path) if self.path else None
        if identity is not None:
            _damaged_files[identity] = detail
        with contextlib.suppress(*encryption.DatabaseErrors):
            self.conn.execute("PRAGMA query_only=ON")

    def found_damage(self, detail: str) -> DamagedLogError:
        """The error that tells the owner the file is damaged and which backup to put back
        (looked for once); the file is written to no more."""
        self.mark_damaged(detail)
        if self._backup is None:
            self._backup = ""
            if self.find_backup is not None:
                try:
                    self._backup = self.find_backup() or ""
                except (SteadyError, OSError):  # the damage is what the owner must hear of
                    self._backup = ""
        return DamagedLogError(self.path, self.damaged, self._backup)

    def execute(self, sql: str, parameters: Parameters = None) -> Any:
        """Run one statement; a write outside a transaction is committed before this returns."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception as error:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed write's own implicit transaction
            if is_damage(error):
                raise self.found_damage(str(error)) from error
            raise
        if (
            not was_in_transaction
            and conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            conn.execute("COMMIT")
        return _Watched(cursor, self)

    def query(self, sql: str, parameters: Parameters = None) -> Iterator[dict[str, Any]]:
        """The rows of a statement that returns rows, as dictionaries, read as they are used."""
        keyword = first_keyword(sql)
        if keyword in _NEVER_ROWS:
            raise ValueError(_NOT_ROWS)
        conn = self.conn
        args = () if parameters is None else (parameters,)
        if keyword in _READ_ONLY:  # nothing to undo if it returns no rows
            cursor = self.execute(sql, *args)
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
        if not self.damaged and _damaged_files and self.path:
            identity = held_files.file_identity(self.path)
            if identity in _damaged_files:
                self.mark_damaged(_damaged_files[identity])
        if self.damaged:
            raise self.found_damage(self.damaged)
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

    def hold_file(self, path: str) -> None:
        """Keep the file's locks safe from plain reads of it elsewhere in this process (see
        app/core/held_files.py) for as long as this connection is open."""
        if self._held is None:
            self._held = held_files.hold(path)

    def close(self) -> None:
        self.conn.close()
        held, self._held = self._held, None
        held_files.release(held)


class _Watched:
    """A cursor whose rows, read one by one, still reveal a damaged page as DamagedLogError."""

    __slots__ = ("_cursor", "_db")

    def __init__(self, cursor: Any, db: SteadyDatabase) -> None:
        self._cursor = cursor
        self._db = db

    def __iter__(self) -> _Watched:
        return self

    def _read(self, read: Callable[..., Any], *args: Any) -> Any:
        try:
            return read(*args)
        except encryption.DatabaseErrors as error:
            if is_damage(error):
                raise self._db.found_damage(str(error)) from error
            raise

    def __next__(self) -> Any:
        return self._read(next, self._cursor)

    def fetchone(self) -> Any:
        return self._read(self._cursor.fetchone)

    def fetchall(self) -> list[Any]:
        return self._read(self._cursor.fetchall)  # type: ignore[no-any-return]

    def fetchmany(self, size: int = 1) -> list[Any]:
        return self._read(self._cursor.fetchmany, size)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)
