"""storage/schema_expected.py lists exactly the triggers and indexes Steady's schema changes
make, with their fingerprints: a schema change that adds or alters one updates the list."""

from __future__ import annotations

from storage.migrations import migrations
from storage.schema_expected import INDEXES, STEPS, TABLES, TRIGGERS
from tests.helpers.schema_made import made_by_each_change


def _listing(name: str, made: dict[str, tuple[str, str, str]]) -> str:
    lines = [f'    "{key}": ("{a}", "{b}", "{c}"),' for key, (a, b, c) in sorted(made.items())]
    return "\n".join([f"{name}: dict[str, tuple[str, str, str]] = {{", *lines, "}"])


def test_the_lists_are_what_a_new_log_holds() -> None:
    assert [step.name for step in migrations._migrations] == list(STEPS)
    made = made_by_each_change()
    indexes = {k: v for k, v in made["index"].items() if not k.startswith("idx__sqlite")}
    assert made["trigger"] == TRIGGERS, _listing("TRIGGERS", made["trigger"])
    assert indexes == INDEXES, _listing("INDEXES", indexes)
    tables = {
        name: made_by
        for name, (made_by, _, _) in made["table"].items()
        if not name.startswith("_sqlite") and "_fts_" not in name
    }
    assert list(tables.items()) == list(TABLES.items()), tables
