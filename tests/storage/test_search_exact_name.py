"""The owner typing a customer's name finds that customer first, however many others hold the
same words more often, or were added since: a customer who floods the log with look-alike
accounts, or notes that repeat their name, must not push the real one off the page."""

from __future__ import annotations

import pytest

from app.core.domain import Customer
from app.services import Services


def _names(services: Services, query: str, prefix: bool = False) -> list[str]:
    return [hit.title for hit in services.search(query, prefix=prefix) if hit.kind == "customer"]


@pytest.mark.parametrize("prefix", [False, True])
def test_an_exact_name_ranked_low_by_the_index_is_shown_first(
    services: Services, prefix: bool
) -> None:
    # The real one: long notes make the index rank the name's two words low.
    real = Customer(
        name="Sam Lee",
        notes=" ".join(["Came in about the blender return and argued at the counter"] * 12),
    )
    services.customers.add(real)
    # Short details holding both words many times, ranked above it by the index.
    for at in range(40):
        services.customers.add(
            Customer(
                name=f"Lee Sam {at}",
                handles=(f"@samlee{at}",),
                notes="sam lee sam lee sam lee",
            )
        )
    typed = "sam lee" if not prefix else "sam le"
    assert _names(services, typed, prefix)[0] == "Sam Lee"


def test_an_exact_name_older_than_the_newest_candidates_is_shown_first(
    services: Services,
) -> None:
    services.customers.add(Customer(name="Sam Lee"))
    for at in range(230):
        services.customers.add(Customer(name=f"Sam Leeson {at}", notes="sam lee"))
    found = _names(services, "sam lee")
    assert found[0] == "Sam Lee"
    assert found.count("Sam Lee") == 1


def test_an_exact_name_in_disguise_is_shown_first_among_many(services: Services) -> None:
    services.customers.add(Customer(name="Ｓａｍ Ｌｅｅ"))
    for at in range(230):
        services.customers.add(Customer(name=f"Sam Leeson {at}", notes="sam lee"))
    assert _names(services, "sam lee")[0] == "Ｓａｍ Ｌｅｅ"


def test_every_exact_name_comes_before_the_others(services: Services) -> None:
    services.customers.add(Customer(name="Sam Lee", emails=("first@example.com",)))
    services.customers.add(Customer(name="Sam Lee", emails=("second@example.com",)))
    for at in range(40):
        services.customers.add(Customer(name=f"Lee Sam {at}", notes="sam lee sam lee"))
    assert _names(services, "sam lee")[:2] == ["Sam Lee", "Sam Lee"]
