"""Where an exhibit came from: the contact's own source, unless the owner added the file later.

A note attached by hand to an imported email was certified "Imported from the email as
received": a false chain of custody. The file's own ledger entry says how it came in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.evidence_origin import ADDED_BY_HAND

if TYPE_CHECKING:
    from app.core.ports import Ledger

ADDED_LATER_SOURCE = "manual:added-later"


def exhibit_source(ledger: Ledger, contact_source: str, attachment_id: int) -> str:
    for entry in ledger.entries("attachment", attachment_id):
        if entry.action == "attachment.added" and entry.detail.get("added") == ADDED_BY_HAND:
            return ADDED_LATER_SOURCE
    return contact_source
