"""The reasons the owner typed for her redactions, as the packet's Redactions table prints them.

A reason usually names what it hides ("May is our cashier; she is afraid of the customer"), so
the reasons are redacted too, by every rule, whichever contact a rule is for: the table is one
page for every reader. They are printed, not left out, because the reader needs to know why a
passage is missing ("[redacted] is our cashier") and that the owner gave a reason at all.
"""

from __future__ import annotations

from dataclasses import replace

from app.packets.data import PacketData
from app.packets.redaction import Redactor


def printed_reasons(data: PacketData) -> tuple[str, ...]:
    """Each rule's reason, in the order of data.redactions, with every rule's words blacked
    out (the places counted for the rules are those of the packet, not of these reasons)."""
    every = Redactor(tuple(replace(a.redaction, contact_id=None) for a in data.redactions))
    return tuple(every(applied.redaction.reason) for applied in data.redactions)
