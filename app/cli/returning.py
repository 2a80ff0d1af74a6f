"""What the command line says about a customer who may be, or is, someone the business stopped
serving: the same notices the customer page shows, for `customer add`, `import` and `assess`."""

from __future__ import annotations

from app.importing.batch_report import ImportReport
from app.services import Services


def link_hint(customer_id: int, known_id: int) -> str:
    return f"If it is them, link the two with: steady customer link {customer_id} {known_id}"


def customer_notes(services: Services, customer_id: int) -> list[str]:
    """“Same person as …” for linked customers, then who they may be (not linked yet)."""
    identities = services.identities
    notes = [f"{person.sentence()}." for person in identities.same_person(customer_id)]
    for match in identities.unlinked_matches(customer_id)[:1]:
        notes.append(f"{match.sentence} {link_hint(customer_id, match.customer_id)}")
    return notes


def import_notes(services: Services, report: ImportReport) -> list[str]:
    """For each message no customer has, and each customer given messages, who it may be."""
    notes = []
    for item in report.unmatched:
        key = item.key
        if not key:
            continue
        emails, handles = ([key], []) if "@" in key else ([], [key])
        matches = services.identities.possible_returning_customers(
            emails=emails, handles=handles, name=item.name
        )
        notes += [f"{item.source}: {match.sentence}" for match in matches[:1]]
    for customer_id in dict.fromkeys(item.customer_id for item in report.imported):
        name = services.customers.get(customer_id).name
        notes += [
            f"customer {customer_id} ({name}): {n}" for n in customer_notes(services, customer_id)
        ]
    return notes
