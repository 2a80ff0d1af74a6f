from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.core.domain import ContactDetails, Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from storage.search import match_expression
from tests.helpers.fixtures import inbound

AT = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def test_contacts_match_with_highlighted_words(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound("I will post a review about this.", AT))
    services.contacts.log(customer_id, inbound("Where is my parcel?", AT + timedelta(days=1)))
    hits = [h for h in services.search("review") if h.kind == "contact"]
    assert len(hits) == 1
    assert f"{HIT_START}review{HIT_END}" in hits[0].snippet
    assert hits[0].customer_name == "Pat Example"


def test_customers_are_found_by_email(services: Services) -> None:
    services.customers.add(Customer(name="Morgan Lee", emails=("mlee@shop.example",)))
    hits = services.search("mlee")
    assert [(h.kind, h.customer_name) for h in hits] == [("customer", "Morgan Lee")]


def test_results_are_newest_first_and_limited(services: Services, customer_id: int) -> None:
    for day in range(30):
        services.contacts.log(
            customer_id, inbound(f"refund please {day}", AT + timedelta(days=day))
        )
    hits = services.search("refund", limit=10)
    assert len(hits) == 10
    times = [h.occurred_at for h in hits]
    assert times == sorted(times, reverse=True)  # type: ignore[type-var]
    assert hits[0].occurred_at == AT + timedelta(days=29)


def test_corrections_are_searchable(services: Services, customer_id: int) -> None:
    contact_id = services.contacts.log(customer_id, inbound("teh parcel", AT))
    old = services.contacts.get(contact_id).details
    services.contacts.correct(
        contact_id, ContactDetails(**{**old.__dict__, "text": "the parcel"}), "typo when copying"
    )
    assert [h.id for h in services.search("the") if h.kind == "contact"] == [contact_id]
    # The words first written still find it, said to be corrected since.
    [earlier] = services.search("teh")
    assert earlier.id == contact_id
    assert earlier.snippet.startswith("Since corrected; it first read: ")


def test_typed_punctuation_never_breaks_the_query(services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound('He said "NEAR" AND (quit) *now*', AT))
    assert services.search('"NEAR" AND (') != []
    assert services.search("***") == []
    assert match_expression("refu", prefix=True) == '"refu"*'
    assert match_expression("refund ", prefix=True) == '"refund"'
