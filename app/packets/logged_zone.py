"""A packet gives each contact's time and day in the zone it was logged in.

The log keeps, beside each contact's UTC time, the offset it was given in ("-05:00" for a call
logged in New York, "+01:00" for an email sent from London). A packet printed on a laptop set
to another zone used that laptop's zone, so 20 calls on 20 November in the log became "20
times on 21 November" in the packet, against the phone bill and the packet's own bundle.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.clock import in_recorded_zone
from app.core.domain import Contact


def as_logged(contact: Contact) -> Contact:
    """The contact with its times carrying the zone it was logged in (when one was kept)."""
    zone = contact.details.occurred_tz
    if not zone:
        return contact
    details = replace(contact.details, occurred_at=in_recorded_zone(contact.occurred_at, zone))
    # When it was entered is told in the same zone, so "entered two days later" compares days
    # on one calendar.
    return replace(contact, details=details, created_at=in_recorded_zone(contact.created_at, zone))
