"""An earlier version of a customer's details, kept when the owner edits them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.domain import Customer

# The details that say who the customer is: changing one asks why, and packets name the
# earlier values ("known earlier as …").
IDENTIFYING = ("name", "emails", "phones", "handles", "account_ref")


@dataclass(frozen=True)
class CustomerVersion:
    """The customer's details as they were until an edit replaced them on `replaced_at`."""

    customer: Customer
    reason: str
    replaced_at: datetime
