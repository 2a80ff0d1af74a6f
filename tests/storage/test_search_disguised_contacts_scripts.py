"""The owner typing Arabic or Chinese finds a contact written in disguise as it shows: "fancy"
or look-alike Latin letters beside the words, Arabic-Indic digits, Arabic presentation forms;
and a log brought up to date finds those it already held."""

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
# What the customer wrote, and what the owner types to find it.
WRITTEN = {
    "fancy letters in Chinese": ("我会 𝐤𝐢𝐥𝐥 你", "我会 kill"),
    "Cyrillic look-alike beside Arabic": ("سأقتلك k\u0456ll", "سأقتلك kill"),
    "zero-width space beside Arabic": ("سأقتلك k\u200bill", "سأقتلك kill"),
    "Arabic-Indic digits": ("اتصل ٠٥٥٥١٢٣ الآن", "اتصل 0555123"),
    "Persian digits": ("سفارش ۴۵۶۷ کجاست", "سفارش 4567"),
    "presentation forms": ("ﺳﺄﻗﺎﺿﻴﻚ غدا", "سأقاضيك"),
    "presentation forms, one word typed": ("ﺳﺄﻗﺎﺿﻴﻚ غدا", "سأقاضيك غدا"),
}


def _snippets(services: Services, query: str) -> list[str]:
    return [
        hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        for hit in services.search(query)
        if hit.kind == "contact"
    ]


@pytest.mark.parametrize("how", list(WRITTEN))
def test_an_arabic_or_chinese_query_finds_a_contact_in_disguise(
    services: Services, customer_id: int, how: str
) -> None:
    written, typed = WRITTEN[how]
    services.contacts.log(customer_id, inbound("我会 kiln 你 سأقتلك اتصل سفارش 0555", AT))
    services.contacts.log(customer_id, inbound(written, AT))
    [snippet] = _snippets(services, typed)
    assert "[" in snippet


def test_presentation_forms_are_marked_as_found(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound("ﺳﺄﻗﺎﺿﻴﻚ غدا", AT))
    assert _snippets(services, "سأقاضيك") == ["[ﺳﺄﻗﺎﺿﻴﻚ] غدا"]


def test_a_log_brought_up_to_date_finds_what_it_held(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer = services.customers.add(Customer(name="Pat"))
    for written, _typed in WRITTEN.values():
        services.contacts.log(customer, inbound(written, AT))
    services.close()
    # As the Steady before kept them: the copies folded as written.
    with sqlite3.connect(path) as raw:
        for revision, summary, text in raw.execute(
            "SELECT id, summary, text FROM contact_revisions"
        ).fetchall():
            raw.execute(
                "UPDATE contact_revisions_folded SET summary = ?, text = ? WHERE id = ?",
                [summary.lower(), text.lower(), revision],
            )
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm750_search_folded_read_whole'")
    raw.close()

    services = open_services(path)
    try:
        assert len(_snippets(services, "اتصل 0555123")) == 1
        assert len(_snippets(services, "سأقاضيك")) == 2  # written so twice
        assert services.verify().ok
    finally:
        services.close()
