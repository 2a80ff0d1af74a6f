"""The owner searching a customer's name, handle or notes finds them when the customer wrote
them in disguise (a zero-width space inside, full-width or "fancy text" letters, a Cyrillic
letter that looks Latin), read as the threat check reads them; a Russian name or note stays
Russian; an edit is searched as it now reads; a log written before finds them once brought up
to date, its customers and ledger unchanged."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services

DISGUISED = {
    "zero-width space": "Jo\u200bhn Smith",
    "soft hyphen": "Jo\u00adhn Smith",
    "word joiner": "J\u2060ohn Smith",
    "full-width": "Ｊｏｈｎ Smith",
    "mathematical bold": "𝐉𝐨𝐡𝐧 Smith",
    "circled": "Ⓙⓞⓗⓝ Smith",
    "Cyrillic look-alike": "\u0408ohn Smith",
    "Greek look-alike": "J\u03bfhn Smith",
    "direction mark": "Jo\u200ehn Smith",
}


def _found(services: Services, query: str, prefix: bool = False) -> list[tuple[str, str]]:
    return [
        (hit.customer_name, hit.snippet)
        for hit in services.search(query, prefix=prefix)
        if hit.kind == "customer"
    ]


def _names(services: Services, query: str, prefix: bool = False) -> list[str]:
    return [name for name, _ in _found(services, query, prefix)]


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize("how", list(DISGUISED))
def test_a_name_written_in_disguise_is_found_by_the_name(
    services: Services, how: str, prefix: bool
) -> None:
    services.customers.add(Customer(name="Joan Smithers"))
    services.customers.add(Customer(name=DISGUISED[how]))
    services.customers.add(Customer(name="Johnny Walker", notes="Regular"))
    typed = "john smith" if not prefix else "john smi"
    assert _names(services, typed, prefix) == [DISGUISED[how]]
    [(_, snippet)] = _found(services, "john", prefix=False)
    assert HIT_START in snippet


def test_notes_and_handles_in_disguise_are_found(services: Services) -> None:
    services.customers.add(Customer(name="Mary", notes="Said she will b\u200burn the shop"))
    services.customers.add(Customer(name="Pat", handles=("@𝐤𝐢𝐥𝐥er",)))
    services.customers.add(Customer(name="Sam", notes="Burnt toast complaint, skilled chef"))
    # Marked as written, as the customer page shows it.
    burn = f"Said she will {HIT_START}b\u200burn{HIT_END} the shop"
    assert _found(services, "burn") == [("Mary", burn)]
    assert _names(services, "killer") == ["Pat"]
    assert _names(services, "kil", prefix=True) == ["Pat"]


def test_plain_and_disguised_names_are_found_together(services: Services) -> None:
    services.customers.add(Customer(name="John Smith"))
    services.customers.add(Customer(name="Ｊｏｈｎ Smith"))
    assert sorted(_names(services, "john")) == ["John Smith", "Ｊｏｈｎ Smith"]


def test_russian_and_greek_names_and_notes_stay_as_written(services: Services) -> None:
    # Written in letters that look Latin, but Russian: "Сорокина", "сор" read as "cop".
    services.customers.add(Customer(name="Анна Сорокина", notes="звонила про сор"))
    # Beside a name in disguise, a Russian note is still Russian.
    services.customers.add(Customer(name="\u0408ohn", notes="сказал: сор у входа"))
    assert _names(services, "cop") == []
    assert _names(services, "copokuha") == []
    assert _names(services, "john") == ["\u0408ohn"]
    assert set(_names(services, "сор")) == {"Анна Сорокина", "\u0408ohn"}


def test_an_edited_name_is_found_as_it_now_reads(services: Services) -> None:
    disguised = services.customers.add(Customer(name="Ｊｏｈｎ Smith"))
    plain = services.customers.add(Customer(name="Mary Jones"))
    services.customers.update(
        replace(services.customers.get(disguised), name="Ｄａｖｅ Smith"), reason="Misread"
    )
    services.customers.update(
        replace(services.customers.get(plain), name="Ｍａｒｙ Jones"), reason="As she writes it"
    )
    assert _names(services, "john") == []
    assert _names(services, "dave") == ["Ｄａｖｅ Smith"]
    assert _names(services, "mary") == ["Ｍａｒｙ Jones"]
    # Taken out of disguise: found by the customers' own index alone, once.
    services.customers.update(
        replace(services.customers.get(disguised), name="Dave Smith"), reason="Typed plainly"
    )
    assert _names(services, "dave") == ["Dave Smith"]


def test_a_log_written_before_finds_its_disguised_customers_once_up_to_date(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    for name in DISGUISED.values():
        services.customers.add(Customer(name=name))
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE customers_shown_fts")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm720_search_disguised_customers'")
    raw.close()
    before = _contents(path)

    services = open_services(path)
    try:
        assert sorted(_names(services, "john")) == sorted(DISGUISED.values())
        assert services.verify().ok
    finally:
        services.close()
    assert _contents(path) == before


def test_everyday_names_are_not_kept_a_second_time(services: Services, db_path: Path) -> None:
    services.customers.add(Customer(name="Zoë O’Brien", notes="Paid €5 — “fine” ❤️"))
    services.customers.add(Customer(name="José Núñez", emails=("jose@example.com",)))
    disguised = services.customers.add(Customer(name="Ｊｏｈｎ"))
    with sqlite3.connect(db_path) as raw:
        kept = raw.execute("SELECT rowid, name FROM customers_shown_fts").fetchall()
    raw.close()
    assert kept == [(disguised, "John")]


def _contents(path: Path) -> list[object]:
    """The customers, their earlier versions and the ledger, byte for byte."""
    with sqlite3.connect(path) as raw:
        rows = [
            raw.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("customers", "customer_versions", "ledger")
        ]
    raw.close()
    return rows
