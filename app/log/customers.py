"""Use cases for customers: add, edit, look up, list."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.core.customer_versions import IDENTIFYING, CustomerVersion
from app.core.domain import Customer, CustomerSummary
from app.core.email_address import looks_like_email
from app.core.errors import InvalidInputError
from app.core.money import LARGEST_AMOUNT
from app.core.money import parse_money as parse_amount_text
from app.core.ports import Store

__all__ = ["LARGEST_AMOUNT", "CustomerBook", "parse_money", "validated"]


def parse_money(text: str) -> Decimal:
    return parse_amount_text(text, what="An amount paid")


def _clean(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        value = value.strip()
        if value and value not in seen:
            seen.append(value)
    return tuple(seen)


def validated(customer: Customer) -> Customer:
    name = customer.name.strip()
    if not name:
        raise InvalidInputError("A customer needs a name (any name you know them by).")
    emails = tuple(e.lower() for e in _clean(customer.emails))
    for email in emails:
        if not looks_like_email(email):
            raise InvalidInputError(f"“{email}” does not look like an email address.")
    return replace(
        customer,
        name=name,
        emails=emails,
        phones=_clean(customer.phones),
        handles=_clean(customer.handles),
        account_ref=customer.account_ref.strip(),
    )


# What the owner edits in a customer's form, in the order the ledger names them.
_FIELDS = (
    "name",
    "emails",
    "phones",
    "handles",
    "account_ref",
    "amount_paid",
    "notes",
    "status",
)

_LABELS = {
    "name": "name",
    "emails": "email addresses",
    "phones": "phone numbers",
    "handles": "social media names",
    "account_ref": "account or order reference",
}


def _named(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _replaced(name: str, before: Customer, after: Customer) -> bool:
    """A detail that said who the customer is was changed or taken off (adding an address or
    filling an empty account takes nothing away, and asks no reason)."""
    old, new = getattr(before, name), getattr(after, name)
    if isinstance(old, tuple):
        return any(value not in new for value in old)
    return bool(old) and old != new


def _plain(value: object) -> object:
    """A field's value as the ledger's JSON holds it."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Decimal):
        return str(value)
    return getattr(value, "value", value)


class CustomerBook:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, customer: Customer) -> int:
        customer = validated(customer)
        with self._store.atomic():
            customer_id = self._store.customers.add(customer)
            self._store.ledger.record(
                "customer.added", "customer", customer_id, {"name": customer.name}
            )
        return customer_id

    def update(self, customer: Customer, *, read: Customer | None = None, reason: str = "") -> None:
        """Save an edited customer. With `read` (the record as the form first showed it),
        only the fields the owner changed are written: a status an action moved meanwhile,
        or a note added in another window, is not put back.

        The details as saved until now are kept as an earlier version, with the reason, and
        the ledger entry holds each changed field's old and new value: an edit never destroys
        a name, an address or a note. Changing who the customer is (a name, an address, a
        number, an account) or taking one off needs a reason; adding one does not."""
        assert customer.id is not None
        reason = reason.strip()
        with self._store.atomic():
            before = self._store.customers.get(customer.id)
            if read is not None:
                customer = replace(
                    before,
                    **{
                        name: getattr(customer, name)
                        for name in _FIELDS
                        if getattr(customer, name) != getattr(read, name)
                    },
                )
            customer = validated(customer)
            assert customer.id is not None
            changed = [name for name in _FIELDS if getattr(before, name) != getattr(customer, name)]
            if not changed:
                return
            replaced = [n for n in changed if n in IDENTIFYING and _replaced(n, before, customer)]
            if not reason and replaced:
                raise InvalidInputError(
                    "Say briefly why the customer's "
                    + _named([_LABELS[name] for name in replaced])
                    + " changed: the earlier details stay in the log with your reason."
                )
            version_id = self._store.customers.keep_version(before, reason)
            self._store.ledger.record(
                "customer.version_kept",
                "customer_version",
                version_id,
                {"customer_id": customer.id, "reason": reason},
            )
            self._store.customers.update(customer)
            self._store.ledger.record(
                "customer.updated",
                "customer",
                customer.id,
                {
                    "changed": changed,
                    "before": {name: _plain(getattr(before, name)) for name in changed},
                    "after": {name: _plain(getattr(customer, name)) for name in changed},
                    "reason": reason,
                },
            )

    def versions(self, customer_id: int) -> list[CustomerVersion]:
        """The customer's earlier details, oldest first (each with why it was replaced)."""
        return self._store.customers.versions(customer_id)

    def get(self, customer_id: int) -> Customer:
        return self._store.customers.get(customer_id)

    def count(self, text_filter: str = "", status: str | None = None) -> int:
        return self._store.customers.count(text_filter, status)

    def prepare_finding(self) -> None:
        """Make the first letter typed in "Find a customer" as quick as the next ones."""
        self._store.customers.prepare_finding()

    def page(
        self,
        offset: int,
        limit: int,
        text_filter: str = "",
        order: str = "last_contact",
        status: str | None = None,
    ) -> list[CustomerSummary]:
        return self._store.customers.summaries(offset, limit, text_filter, order, status)

    def minutes_spent(self, customer_id: int) -> int:
        return self._store.customers.minutes_spent(customer_id)
