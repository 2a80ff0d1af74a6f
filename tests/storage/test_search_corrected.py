"""The owner searching for the customer's exact first words finds a contact corrected since:
the words it held before each correction stay searchable, and the hit says it was corrected."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)
FIRST = "I know where your daughter goes to school."
CORRECTED = "I know where you park your van."


def _corrected(services: Services, customer_id: int) -> int:
    contact_id = services.contacts.log(customer_id, inbound(FIRST, AT))
    details = services.contacts.get(contact_id).details
    services.contacts.correct(
        contact_id, replace(details, text=CORRECTED), "Pasted the wrong message"
    )
    return contact_id


def test_a_contact_is_found_by_its_words_before_a_correction(
    services: Services, customer_id: int
) -> None:
    contact_id = _corrected(services, customer_id)
    services.contacts.log(customer_id, inbound("Where is my daughter's order?", AT))
    hits = [h for h in services.search("daughter school") if h.kind == "contact"]
    assert [h.id for h in hits] == [contact_id]
    assert hits[0].snippet.startswith("Since corrected; it first read: ")
    assert f"{HIT_START}daughter{HIT_END}" in hits[0].snippet
    # Found by its present words, it is shown once, as it reads now.
    [now] = [h for h in services.search("park van") if h.kind == "contact"]
    assert now.id == contact_id and "Since corrected" not in now.snippet
    [both] = [h for h in services.search("know where") if h.kind == "contact"]
    assert "Since corrected" not in both.snippet


def test_words_typed_so_far_find_the_earlier_version(services: Services, customer_id: int) -> None:
    contact_id = _corrected(services, customer_id)
    hits = services.search_page("daugh", prefix=True).hits
    assert [h.id for h in hits if h.kind == "contact"] == [contact_id]


def test_every_earlier_version_is_searchable(services: Services, customer_id: int) -> None:
    contact_id = _corrected(services, customer_id)
    details = services.contacts.get(contact_id).details
    services.contacts.correct(contact_id, replace(details, text="Final words."), "Again")
    for words in ("daughter school", "park van"):
        assert [h.id for h in services.search(words) if h.kind == "contact"] == [contact_id]
    assert services.search("school van") == []  # never in one version together


def test_the_command_line_finds_it_too(
    services: Services, customer_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    contact_id = _corrected(services, customer_id)
    assert main(["--db", services.store.path, "search", "daughter"]) == 0
    out = capsys.readouterr().out
    assert f"contact {contact_id}" in out and "Since corrected; it first read: " in out


def test_a_log_corrected_before_the_index_is_searchable_once_up_to_date(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    contact_id = _corrected(services, customer_id)
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE contact_revisions_fts")
        raw.execute("DROP TRIGGER contact_revisions_fts_ai")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm670_search_earlier_words'")
    raw.close()

    services = open_services(path)
    try:
        hits = services.search("daughter")
        assert [h.id for h in hits] == [contact_id]
        assert services.verify().ok
    finally:
        services.close()


def test_many_later_contacts_keep_the_page_to_its_limit(
    services: Services, customer_id: int
) -> None:
    _corrected(services, customer_id)
    for day in range(1, 6):
        services.contacts.log(customer_id, inbound(f"school {day}", AT + timedelta(days=day)))
    page = services.search_page("school", limit=3)
    assert len(page.hits) == 3 and page.more_contacts
    assert all("Since corrected" not in hit.snippet for hit in page.hits)
