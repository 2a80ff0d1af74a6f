"""Search shows the latest contacts by their date, says when more match than are shown, and
keeps a long pasted query to a size it can look for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.domain import Customer
from app.core.search_hits import MAX_QUERY_WORDS, page_summary
from app.services import Services
from storage.search import bounded_query, match_expression
from tests.helpers.fixtures import inbound

THIS_WEEK = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
LONG_AGO = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def _old_mailbox_imported_last(services: Services, customer_id: int) -> None:
    for day in range(5):
        services.contacts.log(
            customer_id, inbound(f"Where is my order? ({day})", THIS_WEEK + timedelta(days=day))
        )
    with services.store.atomic():
        for day in range(100):
            services.contacts.log(
                customer_id, inbound("Where is my order? old", LONG_AGO + timedelta(days=day))
            )


def test_this_weeks_contacts_lead_though_an_old_mailbox_was_logged_after_them(
    services: Services, customer_id: int
) -> None:
    _old_mailbox_imported_last(services, customer_id)
    for prefix in (False, True):
        page = services.search_page("order", 100, prefix=prefix)
        contacts = [hit for hit in page.hits if hit.kind == "contact"]
        assert len(contacts) == 100
        assert [hit.occurred_at for hit in contacts[:5]] == [
            THIS_WEEK + timedelta(days=day) for day in (4, 3, 2, 1, 0)
        ]
        assert "(4)" in contacts[0].snippet and "\x02order\x03" in contacts[0].snippet
        assert page_summary(page, "order") == (
            "100 contacts (the latest by date) shown; more match. Add a word to narrow it down."
        )


def test_all_found_says_found(services: Services, customer_id: int) -> None:
    _old_mailbox_imported_last(services, customer_id)
    page = services.search_page("order", 200)
    assert page_summary(page, "order") == "105 contacts found."


def test_customers_left_out_are_said(services: Services) -> None:
    with services.store.atomic():
        for number in range(25):
            services.store.customers.add(Customer(name=f"Morgan {number}"))
    page = services.search_page("morgan")
    assert len(page.hits) == 20
    assert page_summary(page, "morgan").startswith(
        "20 customers (the best matches) shown; more match."
    )


def test_a_pasted_email_is_cut_to_a_search_it_can_do(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound("help me, help", THIS_WEEK))
    spam = "help " * 2000
    page = services.search_page(spam, prefix=True)
    assert [hit.kind for hit in page.hits] == ["contact"]
    assert page_summary(page, spam) == (
        "1 contact found. The search was too long: only “help” was looked for."
    )
    many = " ".join(f"word{number}" for number in range(1000))
    query, cut = bounded_query(many)
    assert cut and query.split() == [f"word{number}" for number in range(MAX_QUERY_WORDS)]
    expression = match_expression(query, prefix=True)
    assert expression is not None and expression.count("(") == MAX_QUERY_WORDS
    said = page_summary(services.search_page(many, prefix=True), many)
    assert said.startswith("Nothing matches “word0 word1")
    assert len(said) < 200


def test_a_word_the_limit_falls_in_is_left_out_not_cut() -> None:
    pasted = "I will sue you and call my lawyer about the refund " * 40
    query, cut = bounded_query(pasted)
    assert cut and query.split()[-1] == "refund"


def test_a_short_query_is_used_as_typed() -> None:
    assert bounded_query("refu") == ("refu", False)
    assert bounded_query("Sue sue you ") == ("Sue sue you ", False)
