"""The days a packet says the customer's messages span: from their first to their last.

The cost line counted the packet's whole period (the business's last reply included), the
pattern counted whole 24-hour periods and the summary gave the period's ends, so one packet
said the same 41 messages came "over 3 days" and "over 2 days", and "between 16 and 18 October"
when the last was on the 17th. Every sentence that counts the customer's messages uses this.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from app.core.clock import shown_time
from app.core.domain import Direction


class Message(Protocol):
    """A contact as the log or a packet holds it."""

    @property
    def direction(self) -> Direction: ...

    @property
    def occurred_at(self) -> datetime: ...


def customer_span(contacts: Sequence[Message]) -> tuple[date, date] | None:
    """The local days of the customer's first and last message among `contacts`."""
    days = [shown_time(c.occurred_at).date() for c in contacts if c.direction is Direction.INBOUND]
    return (min(days), max(days)) if days else None


def days_spanned(contacts: Sequence[Message]) -> int:
    """Calendar days from the customer's first message to their last, both counted."""
    span = customer_span(contacts)
    return (span[1] - span[0]).days + 1 if span else 0
