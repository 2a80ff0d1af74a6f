"""The owner typing Arabic or Chinese finds a customer who wrote their name in disguise as it
shows: a stretched Arabic word (tatweel), a zero-width joiner inside it, its letters in their
presentation forms, Arabic-Indic digits, full-width or "fancy" Latin letters or a Cyrillic
look-alike beside Chinese or Arabic; and a log brought up to date finds those it already held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.services import Services

# What each customer wrote, and what the owner types to find them.
WRITTEN = {
    "tatweel": ("محـــمد العلي", "محمد العلي"),
    "zero-width joiner": ("مح\u200dمد العلي", "محمد العلي"),
    "zero-width non-joiner": ("مح\u200cمد العلي", "محمد"),
    "presentation forms": ("ﻣﺤﻤﺪ ﺍﻟﻌﻠﻲ", "محمد العلي"),
    "Arabic-Indic digits, typed as such": ("سارة ٠٥٥٥١٢٣٤", "سارة ٠٥٥٥١٢٣٤"),
    "Arabic-Indic digits, typed plainly": ("سارة ٠٥٥٥١٢٣٤", "سارة 05551234"),
    "Persian digits": ("سارا ۰۹۱۲۳۴۵", "سارا 0912345"),
    "full-width Latin in Chinese": ("王小明 ＡＢ１２３", "王小明 AB123"),
    "full-width name beside Chinese": ("李 Ｊｏｈｎ", "李 john"),
    "fancy letters beside Chinese": ("李 𝐉𝐨𝐡𝐧", "李 John"),
    "zero-width space in Chinese": ("王\u200b小明", "王小明"),
    "Cyrillic look-alike beside Arabic": ("علي \u0408ohn", "علي john"),
}


def _names(services: Services, query: str) -> list[str]:
    return [hit.customer_name for hit in services.search(query) if hit.kind == "customer"]


@pytest.mark.parametrize("how", list(WRITTEN))
def test_an_arabic_or_chinese_query_finds_a_customer_in_disguise(
    services: Services, how: str
) -> None:
    written, typed = WRITTEN[how]
    services.customers.add(Customer(name="محمود الأحمد", notes="王大明 0555"))
    services.customers.add(Customer(name=written))
    services.customers.add(Customer(name="王大明 AB999"))
    assert _names(services, typed) == [written]


def test_arabic_digits_typed_find_a_number_written_plainly(services: Services) -> None:
    services.customers.add(Customer(name="علي", phones=("0555 999 000",)))
    services.customers.add(Customer(name="علي", phones=("0666 111 222",)))
    assert len(_names(services, "علي ٠٥٥٥")) == 1
    assert len(_names(services, "0555999000")) == 1


def test_a_number_in_arabic_digits_is_found_typed_plainly(services: Services) -> None:
    services.customers.add(Customer(name="سارة", phones=("٠٥٥ ٥١٢ ٣٤٥٦",)))
    assert _names(services, "055 512 3456") == ["سارة"]
    assert _names(services, "0555123456") == ["سارة"]


def test_a_log_brought_up_to_date_finds_the_customers_it_held(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    for name in ("سارة ٠٥٥٥١٢٣٤", "ﻣﺤﻤﺪ ﺍﻟﻌﻠﻲ"):
        services.customers.add(Customer(name=name))
    services.close()
    # As the Steady before kept them: neither in the index of customers as they read.
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM customers_shown_fts")
        raw.execute(
            "DELETE FROM _sqlite_migrations WHERE name = 'm740_search_customers_read_arabic'"
        )
    raw.close()

    services = open_services(path)
    try:
        assert _names(services, "05551234") == ["سارة ٠٥٥٥١٢٣٤"]
        assert _names(services, "محمد") == ["ﻣﺤﻤﺪ ﺍﻟﻌﻠﻲ"]
        assert services.verify().ok
    finally:
        services.close()


@pytest.mark.parametrize(
    ("written", "typed", "plain"),
    [("ﻣﺤﻤﺪ ﺍﻟﻌﻠﻲ", "محمد العلي", "محمد العلي {}"), ("李\u200b小明", "李小明", "李小明先生 {}")],
    ids=["Arabic", "Chinese"],
)
def test_a_disguised_exact_name_comes_before_25_plain_matches(
    services: Services, written: str, typed: str, plain: str
) -> None:
    services.customers.add(Customer(name=written))
    for n in range(25):
        services.customers.add(Customer(name=plain.format(n)))
    names = _names(services, typed)
    assert len(names) == 20
    assert names[0] == written
