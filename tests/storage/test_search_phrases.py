"""Words in quotes are looked for as a phrase; "-word" and "OR", which other search boxes
take as commands, are said plainly not to be."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.search_hits import page_summary
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 5, 10, 0, tzinfo=UTC)


def test_quoted_words_must_stand_together_in_that_order(
    services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound("I will sue you! I'm angry.", AT))
    for prefix in (False, True):
        page = services.search_page('"you sue"', prefix=prefix)
        assert page_summary(page, '"you sue"') == 'Nothing matches “"you sue"”.'
        assert [hit.kind for hit in services.search('"sue you"', prefix=prefix)] == ["contact"]


def test_minus_and_or_are_said_not_to_be_commands(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound("I will sue you! I'm angry.", AT))
    services.contacts.log(customer_id, inbound("Call about refund", AT))
    said = page_summary(services.search_page("sue -angry"), "sue -angry")
    assert said == (
        "1 contact found. Every word is looked for, in any order: - and OR are not search "
        "commands here."
    )
    said = page_summary(services.search_page("sue OR refund"), "sue OR refund")
    assert said.startswith("Nothing matches “sue OR refund”. Every word is looked for")
