"""The index of customers written in disguise is kept by Steady's own saving of a customer, not
by triggers: each way a customer is written keeps it in step, as the owner's search shows, and
the schema SQLite reads at every opening of the log stays small."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

import app.demo.fill as demo
from app.cli import main
from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind


def _kept(db_path: Path) -> list[tuple[object, ...]]:
    """The index's rows as stored: each customer's id, name, handles and notes as read."""
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute(
            "SELECT rowid, name, handles, notes FROM customers_shown_fts ORDER BY rowid"
        ).fetchall()
    raw.close()
    return rows


def _found(services: Services, query: str) -> list[str]:
    return [hit.customer_name for hit in services.search(query) if hit.kind == "customer"]


def test_a_customer_added_in_disguise_is_kept_and_a_plain_one_is_not(
    services: Services, db_path: Path
) -> None:
    services.customers.add(Customer(name="Mary Jones", notes="Plain — “curly” quotes, José"))
    john = services.customers.add(
        Customer(name="Ｊｏｈｎ", handles=("@j\u200bohn",), notes="Звонил про сор")
    )
    assert _kept(db_path) == [(john, "John", '["@john"]', "Звонил про сор")]


@pytest.mark.parametrize("field", ["name", "handles", "notes"])
def test_an_edit_into_and_out_of_disguise_keeps_the_index_in_step(
    services: Services, db_path: Path, field: str
) -> None:
    plain = {"name": "Dave Smith", "handles": ("@dave",), "notes": "Dave complained"}
    disguised = {"name": "Ｄａｖｅ Smith", "handles": ("@d\u200bave",), "notes": "Ｄave complained"}
    dave = services.customers.add(Customer(name="Dave Smith", handles=("@dave",)))
    other = services.customers.add(Customer(name="Ｊｏｈｎ"))
    assert [row[0] for row in _kept(db_path)] == [other]

    before = services.customers.get(dave)
    services.customers.update(replace(before, **{field: disguised[field]}), reason="As written")
    assert {row[0] for row in _kept(db_path)} == {other, dave}
    assert _found(services, "dave") == [services.customers.get(dave).name]

    # Another edit reads the customer again; their other details stay as they were.
    services.customers.update(
        replace(services.customers.get(dave), account_ref="A-7"), reason="Account"
    )
    assert {row[0] for row in _kept(db_path)} == {other, dave}

    services.customers.update(
        replace(services.customers.get(dave), **{field: plain[field]}), reason="Typed plainly"
    )
    assert [row[0] for row in _kept(db_path)] == [other]
    assert _found(services, "dave") == ["Dave Smith"]
    assert _found(services, "john") == ["Ｊｏｈｎ"]


def test_an_edit_from_one_disguise_to_another_is_read_again(
    services: Services, db_path: Path
) -> None:
    john = services.customers.add(Customer(name="Ｊｏｈｎ Smith"))
    services.customers.update(
        replace(services.customers.get(john), name="𝐃𝐚𝐯𝐞 Smith"), reason="Misread"
    )
    assert _kept(db_path) == [(john, "Dave Smith", "[]", "")]
    assert _found(services, "john") == []


def test_a_status_change_and_a_link_keep_the_customer_found(
    services: Services, db_path: Path
) -> None:
    john = services.customers.add(Customer(name="Ｊｏｈｎ Smith"))
    known = services.customers.add(Customer(name="John Smith"))
    services.actions.log(john, ActionKind.STATUS_CHANGE, details={"status": "blocked"})
    services.identities.link(john, known, "same person")
    assert services.customers.get(john).status.value == "blocked"
    assert _kept(db_path) == [(john, "John Smith", "[]", "")]
    assert sorted(_found(services, "john")) == ["John Smith", "Ｊｏｈｎ Smith"]


def test_an_add_undone_leaves_no_row(services: Services, db_path: Path) -> None:
    with pytest.raises(RuntimeError), services.store.atomic():
        services.store.customers.add(Customer(name="Ｊｏｈｎ"))
        raise RuntimeError("the save failed")
    assert _kept(db_path) == []
    assert _found(services, "john") == []


def test_a_customer_added_from_the_command_line_is_kept(db_path: Path) -> None:
    assert main(["--db", str(db_path), "customer", "add", "--name", "Ｊｏｈｎ Smith"]) == 0
    assert [row[1] for row in _kept(db_path)] == ["John Smith"]


def test_the_demo_keeps_its_customers_in_disguise(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = demo.demo_customers()
    first = real[0]
    disguised = replace(first, customer=replace(first.customer, name="Ｇｏｒｄｏｎ Pryce"))
    monkeypatch.setattr(demo, "demo_customers", lambda: [disguised, *real[1:]])
    demo.fill_demo(services)
    assert [row[1] for row in _kept(db_path)] == ["Gordon Pryce"]
    assert _found(services, "gordon") == ["Ｇｏｒｄｏｎ Pryce"]


def test_the_schema_read_at_every_opening_stays_small(services: Services, db_path: Path) -> None:
    services.customers.add(Customer(name="Ｊｏｈｎ"))
    with sqlite3.connect(db_path) as raw:
        triggers = raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customers'"
        ).fetchall()
        made = raw.execute(
            "SELECT sum(length(sql)) FROM sqlite_master WHERE name LIKE 'customers_shown%'"
        ).fetchone()[0]
    raw.close()
    # The customers' own triggers only: their reading is Steady's, as it saves them.
    assert sorted(name for (name,) in triggers) == [
        "customers_ad",
        "customers_ai",
        "customers_au",
        "customers_no_delete",
    ]
    assert made < 3_000
