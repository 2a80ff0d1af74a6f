"""Whose a pasted thread is: the address it was sent from decides, as it does for a dropped
email file, so a customer's message pasted while another customer's page is open is never
logged under that other customer without the owner's word.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from email.utils import parseaddr

from app.core.ports import Store
from app.core.settings import Settings
from app.importing.batch_report import ItemRef, Unmatched
from app.importing.matching import customer_for_address
from app.importing.paste import split_pasted

PASTED = ItemRef("pasted")


def pasted_sender(text: str, own: set[str], now: datetime, zone: tzinfo | None) -> tuple[str, str]:
    """The address (lower case) and name of the first message not sent by the business;
    ("", "") when the paste names no sender (a chat, words alone)."""
    for message in split_pasted(text, now, zone):
        address = message.sender_address
        if address and address not in own:
            return address, (parseaddr(message.sender)[0] or message.sender).strip()
    return "", ""


def whose_pasted(
    store: Store, text: str, on_screen: int | None, now: datetime, zone: tzinfo | None
) -> tuple[int | None, Unmatched | None]:
    """The customer a pasted thread goes to without asking, or what to ask the owner.

    It goes to the customer on screen when the paste names no sender or names theirs; to the
    customer who owns the sender's address when none is on screen; otherwise the owner is
    asked, told whose address it is when it belongs to someone else."""
    address, name = pasted_sender(text, Settings(store).own_addresses(), now, zone)
    owner = customer_for_address(store, address) if address else None
    if on_screen is not None and (not address or owner == on_screen):
        return on_screen, None
    if on_screen is None and owner is not None:
        return owner, None
    label = f"Pasted text from {name} <{address}>" if address else "Pasted text"
    known_as = owner if on_screen is not None else None
    return None, Unmatched(PASTED, "pasted text", address, name, label, on_screen, known_as)
