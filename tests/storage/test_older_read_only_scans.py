"""A log from an older Steady on a read-only drive (a lawyer's copy, a locked USB stick) is
brought up to date in memory at every opening: the versions holding a NUL character, or
half-width katakana, are looked for once per unchanged file, not at every opening; what the
owner finds is the same either way, and a changed file is looked through again."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from app.application import open_services
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
# The changes that look through every version of the log for the few to mend.
LOOKING = ("m750_search_folded_read_whole", "m760_search_half_width_read")


def _snippets(services: Services, query: str) -> list[str]:
    return [
        hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        for hit in services.search(query)
        if hit.kind == "contact"
    ]


def _as_an_older_steady_left_it(path: Path) -> None:
    """The folded copies and the disguised words as the triggers made them, and the two
    changes not yet made."""
    with sqlite3.connect(path) as raw:
        for revision, summary, text in raw.execute(
            "SELECT id, summary, text FROM contact_revisions"
        ).fetchall():
            raw.execute(
                "UPDATE contact_revisions_folded SET summary = ?, text = ? WHERE id = ?",
                [summary.split("\0")[0].lower(), text.split("\0")[0].lower(), revision],
            )
        marks = ",".join("?" for _ in LOOKING)
        raw.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({marks})", LOOKING)
    raw.close()


@pytest.fixture
def lawyers_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("STEADY_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "drive" / "steady.db"
    path.parent.mkdir()
    services = open_services(path)
    customer = services.customers.add(Customer(name="Pat", notes="订单"))
    services.contacts.log(customer, inbound("Nothing to see here 订单 طلب", AT))
    services.contacts.log(customer, inbound("Order 1042\0 سأقاضيك غدا", AT))
    services.contacts.log(customer, inbound("ﾊﾞｶ な店だ", AT))
    services.close()
    _as_an_older_steady_left_it(path)
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    return path


@pytest.fixture
def looks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each look through every version for a NUL character, as it is made."""
    seen: list[str] = []
    execute = sqlite_utils.Database.execute

    def watched(self: sqlite_utils.Database, sql: str, *args: Any, **kwargs: Any) -> Any:
        if "char(0)" in sql and "contact_revisions" in sql:
            seen.append(sql)
        return execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.Database, "execute", watched)
    return seen


def _found_after_opening(path: Path) -> tuple[list[str], list[str]]:
    services = open_services(path)
    try:
        assert services.read_only
        return _snippets(services, "سأقاضيك"), _snippets(services, "バカ")
    finally:
        services.close()


def test_an_unchanged_copy_is_looked_through_once(lawyers_copy: Path, looks: list[str]) -> None:
    first = _found_after_opening(lawyers_copy)
    assert first == (["Order 1042  [سأقاضيك] غدا"], ["[ﾊﾞｶ] な店だ"])
    assert len(looks) == 1
    for _again in range(2):
        assert _found_after_opening(lawyers_copy) == first
    assert len(looks) == 1


def test_a_changed_copy_is_looked_through_again(lawyers_copy: Path, looks: list[str]) -> None:
    _found_after_opening(lawyers_copy)
    # Another program that can write to the shared folder adds a contact pasted with a NUL.
    with sqlite3.connect(lawyers_copy) as raw:
        [customer] = raw.execute("SELECT id FROM customers").fetchone()
        pasted, at = "Order 2077\0 سأقاضيك مرة أخرى", AT.isoformat()
        contact = raw.execute(
            "INSERT INTO contacts (customer_id, occurred_at, channel, direction, text, revision, "
            "created_at) VALUES (?, ?, 'email', 'inbound', ?, 1, ?)",
            [customer, at, pasted, at],
        ).lastrowid
        raw.execute(
            "INSERT INTO contact_revisions (contact_id, number, revised_at, occurred_at, channel, "
            "direction, summary, text, categories, severity, minutes, url, staff) "
            "VALUES (?, 1, ?, ?, 'email', 'inbound', '', ?, '[]', 1, 0, '', '')",
            [contact, at, at, pasted],
        )
    raw.close()
    found, _kana = _found_after_opening(lawyers_copy)
    assert len(looks) == 2
    assert sorted(found) == ["Order 1042  [سأقاضيك] غدا", "Order 2077  [سأقاضيك] مرة أخرى"]


def test_an_unreadable_memo_only_costs_a_look(
    lawyers_copy: Path, looks: list[str], tmp_path: Path
) -> None:
    _found_after_opening(lawyers_copy)
    for memo in (tmp_path / "cache").iterdir():
        memo.write_text("{not json", "utf-8")
    assert _found_after_opening(lawyers_copy)[0] == ["Order 1042  [سأقاضيك] غدا"]
    assert len(looks) == 2
