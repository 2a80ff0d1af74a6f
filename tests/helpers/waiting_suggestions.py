"""A customer whose message Steady's word check flagged, the suggestion still waiting for the
owner, as `steady log` and `steady import` leave it."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Category, Customer
from app.importing.typed_words import SuggestedLog, suggestions_for, with_suggestions
from app.services import Services
from tests.helpers.fixtures import inbound

SUED = "I will sue you for every penny you took."
OWNERS_OWN = "My solicitor will be in touch about this."


def customer_with_waiting(services: Services, name: str = "Vic Menace") -> tuple[int, int]:
    """(customer id, contact id): one message flagged "Threat of legal action" by its words."""
    customer_id = services.customers.add(Customer(name=name, emails=(f"{name[0]}@x.com",)))
    return customer_id, log_suggested(services, customer_id, SUED, day=1)


def log_suggested(services: Services, customer_id: int, text: str, day: int) -> int:
    details = inbound(text, datetime(2026, 10, day, 9, tzinfo=UTC))
    suggestions = suggestions_for(details)
    assert [s.category for s in suggestions] == [Category.THREAT_LEGAL]
    details = with_suggestions(details, suggestions, severity_given=False)
    return SuggestedLog(services.store, services.contacts).log(
        customer_id, details, (), suggestions
    )


def log_owners_own(services: Services, customer_id: int, day: int = 2) -> int:
    """A threat of legal action the owner flagged by hand: never a suggestion."""
    return services.contacts.log(
        customer_id,
        inbound(
            OWNERS_OWN,
            datetime(2026, 10, day, 9, tzinfo=UTC),
            categories=(Category.THREAT_LEGAL,),
            severity=3,
        ),
    )
