"""A mail pasted with a NUL character in it: the owner finds the words after it, in English,
Arabic or Chinese, plain or in disguise, as the contacts' own index reads them; the snippet
shows the words as they stand, the NUL as a space; a log brought up to date finds those it
already held."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
# What was pasted, what the owner types, and the words the snippet shows.
PASTED = {
    "English": ("Order 1042\0 I will call my lawyer", "lawyer", "I will call my [lawyer]"),
    "Chinese": ("订单 1042\0 我会起诉你", "起诉", "我会[起诉]你"),
    "Arabic": ("Order 1042\0 سأقاضيك غدا", "سأقاضيك", "[سأقاضيك] غدا"),
    "English in disguise": ("Order 1042\0 I will k\u200bill you", "kill", "I will [kill] you"),
    "full-width in Chinese": ("订单\0 王小明 ＡＢ１２３", "王小明 AB123", "[王小明]"),
}


def _shown(snippet: str) -> str:
    return snippet.replace(HIT_START, "[").replace(HIT_END, "]")


def _contacts(services: Services, query: str) -> list[str]:
    return [_shown(hit.snippet) for hit in services.search(query) if hit.kind == "contact"]


@pytest.mark.parametrize("how", list(PASTED))
def test_words_after_a_nul_are_found_and_shown(
    services: Services, customer_id: int, how: str
) -> None:
    pasted, typed, shown = PASTED[how]
    services.contacts.log(customer_id, inbound("Nothing to see here 订单 طلب", AT))
    services.contacts.log(customer_id, inbound(pasted, AT))
    [snippet] = _contacts(services, typed)
    assert shown in snippet
    assert "\0" not in snippet


def test_words_after_a_nul_before_a_correction_are_found(
    services: Services, customer_id: int
) -> None:
    contact = services.contacts.log(customer_id, inbound("Order 1042\0 سأقاضيك", AT))
    services.contacts.correct(contact, inbound("Order 1042", AT), reason="Pasted twice")
    [snippet] = _contacts(services, "سأقاضيك")
    assert snippet.startswith("Since corrected; it first read: ")
    assert "[سأقاضيك]" in snippet


def test_a_customer_named_after_a_nul_is_found(services: Services) -> None:
    services.customers.add(Customer(name="Ann\0 王小明", notes="x\0 Ｊｏｈｎ"))
    for typed in ("王小明", "小明", "john", "ann"):
        assert [h.kind for h in services.search(typed)] == ["customer"], typed


def test_a_log_brought_up_to_date_finds_what_it_held(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer = services.customers.add(Customer(name="Pat"))
    for pasted, _typed, _shown in PASTED.values():
        services.contacts.log(customer, inbound(pasted, AT))
    services.close()
    # As the Steady before kept them: folded and read as shown only as far as the NUL.
    with sqlite3.connect(path) as raw:
        raw.execute("DELETE FROM contact_revisions_folded")
        raw.execute("DELETE FROM contact_revisions_shown_fts")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm750_search_folded_read_whole'")
    raw.close()

    services = open_services(path)
    try:
        for _pasted, typed, shown in PASTED.values():
            assert [shown in snippet for snippet in _contacts(services, typed)] == [True], typed
        assert services.verify().ok
    finally:
        services.close()
