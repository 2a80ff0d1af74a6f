"""A customer's mail the business forwarded (to its own address, to log it; to its lawyer) is
logged as the customer's message: matched by the forwarded From, dated by the forwarded Date,
its words the forwarded message's, read for threats, received. The forwarder's own note is
the business's, kept apart in the note on the forward as kept, never in the customer's words;
so are who forwarded it and when it reached the business (the proof of when the customer's
words were in its hands).

Only a mail from one of the business's own addresses is its forward: a customer's own mail
with a "Forwarded message" block typed into it stays his, whole, at his time. A forward of
the business's own words, or one sent to a customer, is left to the rules for mail the
business sent (app/importing/direction.py): a "forward" can never make anyone's words the
business's. A forward claiming the business's address that shows signs of coming from
outside (as her forward to her own inbox does, and a forger's) is asked about: until she says
she forwarded it, all of it is the forwarded sender's, so nobody can forge more with it than by
writing that sender's address in From himself (app/importing/forwarded_by_owner.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from app.core.clock import english_day
from app.core.ports import Store
from app.importing.arrival_time import FIRST_YEAR
from app.importing.direction import delivery_signs
from app.importing.forwards import Forwarded
from app.importing.found import FoundMessage


def _shown(found: FoundMessage) -> str:
    moment = found.occurred_at
    if moment is None:
        return ""
    try:
        local = moment.astimezone()
    except (OverflowError, ValueError, OSError):
        local = moment
    return f" on {english_day(local)} {local:%H:%M}"


# A forwarder's clock a little behind the sender's.
_SLACK = timedelta(minutes=10)
# What arrival_time says of the forward's own Date and arrival.
_FORWARD_DATE_WARNINGS = ("The message is dated ", "The message's own date could not be read")


def _not_when(sent_at: datetime | None, forwarded_at: datetime | None) -> str:
    """Why the forwarded message's date cannot be when it was sent ("" when it can): a
    message is sent before it is forwarded."""
    if sent_at is None:
        return ""
    if sent_at.year < FIRST_YEAR:
        return f"it is dated {sent_at:%Y}, before mail reached shops"
    if forwarded_at is not None and sent_at > forwarded_at + _SLACK:
        return f"it is dated {sent_at:%Y-%m-%d %H:%M}, after the forward"
    return ""


def _who(name: str, address: str) -> str:
    if name and address:
        return f"{name} <{address}>"
    return name or address or "someone"


def _to_a_customer(store: Store, found: FoundMessage, own: set[str]) -> bool:
    for address in (*found.recipients, *found.blind):
        if address not in own and store.imports.customers_with_email(address):
            return True
    return False


def take_forward(store: Store, found: FoundMessage, own: set[str]) -> bool:
    """Make `found` the forwarded message when the business forwarded it (see the module
    doc); whether it did."""
    forwarded = found.forwarded
    if forwarded is None or not found.sender_address:
        return False
    if found.sender_address not in own:
        # Someone passing on the business's own mail is not its staff, whatever he writes.
        unknown = not store.imports.customers_with_email(found.sender_address)
        if unknown and forwarded.sender_address not in own:
            _hint_not_own(found, forwarded)
        return False
    if forwarded.sender_address in own or not (forwarded.sender_address or forwarded.sender_name):
        return False
    if _to_a_customer(store, found, own):
        return False
    outside = delivery_signs(found, own)
    if outside:
        _doubt(found, forwarded, outside)
    else:
        apply_forward(found, forwarded)
    return True


def _doubt(found: FoundMessage, forwarded: Forwarded, outside: str) -> None:
    """A forward that came in from outside: the owner's own (to her inbox) looks like this, and
    so does a forger's. Only she knows which, so until she says she forwarded it nothing in it
    is the business's and nothing in it is dated by a line its sender wrote: all of it is the
    forwarded sender's, at the time it reached her, as if he had sent it himself."""
    forwarder = _who(found.sender_name, found.sender_address)
    sender = _who(forwarded.sender_name, forwarded.sender_address)
    found.forward_doubt = (
        f"It says {forwarder} forwarded it, but {outside}. Anyone can write your address in "
        f"From, so all of it, the words above the forwarded message too, was logged as "
        f"{sender}'s message at the time it reached you, not reviewed. If you or your staff "
        "forwarded it, tick it under “Did you forward these?”: it is then logged as the "
        f"message {sender} sent, the note above it kept apart as the business's."
    )
    found.sender_name = forwarded.sender_name
    found.sender_address = forwarded.sender_address
    found.forward_words = forwarded.text
    found.forwarded = None  # read once: the owner's answer reads the original again


def apply_forward(found: FoundMessage, forwarded: Forwarded) -> None:
    """Make `found` the forwarded message, the forwarder's note and the forward's arrival kept
    in what the owner is told and in the note on the original."""
    forwarder = _who(found.sender_name, found.sender_address)
    sender = _who(forwarded.sender_name, forwarded.sender_address)
    said = f"Forwarded by {forwarder}{_shown(found)}, when it reached you; logged as "
    sent_at = forwarded.sent_at
    why = _not_when(sent_at, found.occurred_at)
    if sent_at is not None and not why:
        said += f"the message {sender} sent {forwarded.sent}."
    else:
        if not why:
            why = f"its date “{forwarded.sent}” could not be read" if forwarded.sent else "no date"
        said += f"{sender}'s message at the time the forward reached you ({why})."
        sent_at = None
    who = found.sender_name or found.sender_address
    note = (
        f" {who}'s note with it, the business's words: “{forwarded.note}”" if forwarded.note else ""
    )
    if found.original is not None:
        # What was said is added to this note as noted at import.
        found.original = replace(
            found.original, note="The forward exactly as received, with all its headers."
        )
    # The forward's own date against its arrival is not the logged time's story any more.
    kept = [w for w in found.warnings if not w.startswith(_FORWARD_DATE_WARNINGS)]
    found.warnings[:] = [said + note, *kept]
    found.staff = found.staff or found.sender_name or found.sender_address
    found.text = forwarded.text
    found.subject = forwarded.subject or found.subject
    found.sender_name = forwarded.sender_name
    found.sender_address = forwarded.sender_address
    found.recipients = forwarded.recipients
    found.blind = ()
    found.occurred_at = sent_at or found.occurred_at
    found.forwarded = None  # taken: read once
    found.taken_forward = forwarded


def _hint_not_own(found: FoundMessage, forwarded: Forwarded) -> None:
    """A forward from an address Settings does not list (a member of staff's) is logged as
    that address's mail: the owner is told how to have it read as the business's forward."""
    if not forwarded.sender_address:
        return
    hint = (
        f"It holds a message from {_who(forwarded.sender_name, forwarded.sender_address)} "
        f"forwarded by {found.sender_address}, which is not one of your own addresses, so it "
        "was read as that address's own mail. If it is yours or your staff's, add it in "
        "Settings › Your own email addresses: forwards from it are then read as the "
        "business's."
    )
    if hint not in found.warnings:
        found.warnings.append(hint)
