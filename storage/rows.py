"""Turning rows into app dataclasses and back (JSON lists, Decimal money, UTC text times)."""

from __future__ import annotations

import json
from decimal import Decimal

from app.core.clock import from_storage, to_storage
from app.core.domain import (
    Category,
    Channel,
    ContactDetails,
    Customer,
    CustomerStatus,
    Direction,
)


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


def customer_from_row(row: dict) -> Customer:
    return Customer(
        id=row["id"],
        name=row["name"],
        emails=load_list(row["emails"]),
        phones=load_list(row["phones"]),
        handles=load_list(row["handles"]),
        account_ref=row["account_ref"],
        amount_paid=Decimal(row["amount_paid"]),
        notes=row["notes"],
        status=CustomerStatus(row["status"]),
        created_at=from_storage(row["created_at"]),
        updated_at=from_storage(row["updated_at"]),
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
    return ContactDetails(
        occurred_at=from_storage(row["occurred_at"]),
        occurred_tz=row["occurred_tz"],
        channel=Channel(row["channel"]),
        direction=Direction(row["direction"]),
        summary=row["summary"],
        text=row["text"],
        categories=tuple(Category(c) for c in load_list(row["categories"])),
        severity=row["severity"],
        minutes=row["minutes"],
        url=row["url"],
        staff=row["staff"],
    )
