"""sqlite-utils over an open SteadyDatabase's connection, for the schema's migrations.

(`steady` is a storage.connection.SteadyDatabase, not named here: it imports this module.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database


class _Bridged(Database):
    """Transactions go through Steady's own `atomic`, so they too begin IMMEDIATE."""

    def __init__(self, steady: Any) -> None:
        # The pragma is already set, and no plugin may touch Steady's connection.
        super().__init__(steady.conn, recursive_triggers=False, execute_plugins=False)
        self._steady = steady

    @contextmanager
    def atomic(self) -> Iterator[Database]:  # type: ignore[override]
        with self._steady.atomic():
            yield self


def bridged(steady: Any) -> Database:
    return _Bridged(steady)
