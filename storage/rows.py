"""Turning rows into app dataclasses and back (JSON lists, Decimal money, UTC text times)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from app.core.clock import from_storage, to_storage
from app.core.domain import (
    Category,
    Channel,
    ContactDetails,
    Customer,
    CustomerStatus,
    Direction,
)
from app.core.errors import StorageError


class ChangedOutsideSteadyError(StorageError):
    """A row Steady cannot read back: something other than Steady wrote it."""

    def __init__(self, what: str, row_id: object, detail: str) -> None:
        self.what = what
        self.row_id = row_id
        super().__init__(
            f"{what} {row_id} cannot be read: it was changed outside Steady ({detail}). "
            "Run verify (File › Verify the log, or `steady verify`) to see what was changed, and "
            "restore a backup if you did not change it yourself."
        )


# What a value written by something else raises as it is read back.
_UNREADABLE = (ValueError, TypeError, InvalidOperation)


@contextmanager
def reading(what: str, row_id: object) -> Iterator[None]:
    """Turn a value Steady never writes (an unknown category, a date that is not one) into
    one error naming the row, rather than a crash deep in whatever was reading it."""
    try:
        yield
    except ChangedOutsideSteadyError:
        raise
    except _UNREADABLE as error:
        detail = str(error).strip() or type(error).__name__
        raise ChangedOutsideSteadyError(what, row_id, detail) from error


def dump_list(values: tuple[str, ...] | list[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def load_list(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def customer_to_row(customer: Customer) -> dict[str, object]:
    return {
        "name": customer.name,
        "emails": dump_list(customer.emails),
        "phones": dump_list(customer.phones),
        "handles": dump_list(customer.handles),
        "account_ref": customer.account_ref,
        "amount_paid": str(customer.amount_paid),
        "notes": customer.notes,
        "status": customer.status.value,
    }


_Known = TypeVar("_Known", Category, Channel, Direction, CustomerStatus)


def _known(kind: type[_Known], value: str, what: str) -> _Known:
    try:
        return kind(value)
    except ValueError:
        raise ValueError(f"“{value}” is not {what} Steady knows") from None


def _moment(text: str) -> datetime:
    try:
        return from_storage(text)
    except (ValueError, TypeError):
        raise ValueError(f"“{text}” is not a date and time") from None


def customer_from_row(row: dict) -> Customer:
    with reading("Customer", row.get("id")):
        return _customer(row)


def _customer(row: dict) -> Customer:
    return Customer(
        id=row["id"],
        name=row["name"],
        emails=load_list(row["emails"]),
        phones=load_list(row["phones"]),
        handles=load_list(row["handles"]),
        account_ref=row["account_ref"],
        amount_paid=Decimal(row["amount_paid"]),
        notes=row["notes"],
        status=_known(CustomerStatus, row["status"], "a status"),
        created_at=_moment(row["created_at"]),
        updated_at=_moment(row["updated_at"]),
    )


def details_to_row(details: ContactDetails) -> dict[str, object]:
    return {
        "occurred_at": to_storage(details.occurred_at),
        "occurred_tz": details.occurred_tz,
        "channel": details.channel.value,
        "direction": details.direction.value,
        "summary": details.summary,
        "text": details.text,
        "categories": dump_list([c.value for c in details.categories]),
        "severity": details.severity,
        "minutes": details.minutes,
        "url": details.url,
        "staff": details.staff,
    }


def details_from_row(row: dict) -> ContactDetails:
    # A revision row names its contact; a contact row is the contact.
    with reading("Contact", row.get("contact_id", row.get("id"))):
        return _details(row)


def _details(row: dict) -> ContactDetails:
    return ContactDetails(
        occurred_at=_moment(row["occurred_at"]),
        occurred_tz=row["occurred_tz"],
        channel=_known(Channel, row["channel"], "a channel"),
        direction=_known(Direction, row["direction"], "a direction"),
        summary=row["summary"],
        text=row["text"],
        categories=tuple(_known(Category, c, "a category") for c in load_list(row["categories"])),
        severity=row["severity"],
        minutes=row["minutes"],
        url=row["url"],
        staff=row["staff"],
    )
