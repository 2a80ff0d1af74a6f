"""The list of schema changes every schema module registers on, and which ones a file lacks.

Checking a file that is up to date takes one query and no sqlite-utils; sqlite-utils applies
the changes that are pending (each in its own transaction, recorded in `_sqlite_migrations`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from storage.connection import SteadyDatabase

SchemaChange = Callable[[Any], None]


class Step(NamedTuple):
    name: str
    fn: SchemaChange
    transactional: bool = True


class SchemaSteps:
    """Registered with `@steps()` on a function; applied in the order registered."""

    table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Step] = []

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[SchemaChange], SchemaChange]:
        def register(fn: SchemaChange) -> SchemaChange:
            step_name = name or fn.__name__
            if any(step.name == step_name for step in self._migrations):
                raise ValueError(f"Schema change {step_name} is registered twice")
            self._migrations.append(Step(step_name, fn, transactional))
            return fn

        return register

    def applied(self, db: SteadyDatabase) -> list[str]:
        """Names of the changes the file has, in the order they were made."""
        if not db.table_exists(self.table):
            return []
        rows = db.execute(
            f"SELECT name FROM [{self.table}] WHERE migration_set = ? ORDER BY rowid", [self.name]
        )
        return [row[0] for row in rows]

    def pending(self, db: SteadyDatabase) -> list[Step]:
        done = set(self.applied(db))
        return [step for step in self._migrations if step.name not in done]

    def apply(self, db: SteadyDatabase) -> None:
        from sqlite_utils.migrations import Migrations

        engine = Migrations(self.name)
        for step in self._migrations:
            engine(name=step.name, transactional=step.transactional)(step.fn)
        engine.apply(db.tables)
