"""How a packet tells whose words it prints: the customer's written words quoted as received,
a note attributed to whoever wrote it down, and a correction shown wherever the words are.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.clock import stamped
from app.importing.records import NOT_REVIEWED
from app.packets.contact_data import PacketContact
from app.standing.reading import shortened, told_headline

CORRECTED_SHOWN = 300  # characters of a corrected wording printed beside the original


def corrections_words(contact: PacketContact) -> str:
    """ "Corrected in Steady on 2026-11-27 by jordan on shop-laptop (reason given: typo)", and
    when the time was changed, the time first logged and the new one."""
    told = []
    for correction in contact.corrections:
        by = f" by {correction.by}" if correction.by.strip() else ""
        why = f" (reason given: {correction.reason})" if correction.reason.strip() else ""
        told.append(f"on {correction.corrected_at.astimezone():%Y-%m-%d}{by}{why}")
    if not told:
        return ""
    return "Corrected in Steady " + "; ".join(told) + _time_moved(contact) + _changes(contact)


def _changes(contact: PacketContact) -> str:
    # Printed with both values, as a moved time is: a lowered severity or a threat taken off
    # must not read as if it had always been so.
    return f". First logged with other facts; changed: {contact.changes}" if contact.changes else ""


def _time_moved(contact: PacketContact) -> str:
    # A time moved after the fact (after a warning, into a police report's window) is what
    # the other side looks for: both times are printed, never only the new one.
    if contact.first_occurred_at is None:
        return ""
    return (
        f". It was first logged as happening at {stamped(contact.first_occurred_at)}, "
        f"corrected to {stamped(contact.occurred_at)}"
    )


def _came_back(contact: PacketContact) -> bool:
    """First logged under the customer it is under now: moved away (by mistake) and back."""
    return bool(contact.moves) and (
        contact.moves[0].from_customer_id == contact.moves[-1].to_customer_id
    )


def move_words(contact: PacketContact) -> str:
    """ "First logged under another customer (#1) on 2026-06-22; moved to this customer in Steady
    on 2026-11-27 by jordan on shop-laptop (reason given: logged under the wrong customer)", or
    for one moved away and back "Logged under this customer on …; moved to customer no. 2 … ;
    moved back to this customer …"."""
    if not contact.moves:
        return ""
    logged = contact.logged_at or contact.occurred_at
    own = contact.moves[-1].to_customer_id
    first = contact.moves[0].from_customer_id
    told = [
        f"Logged under this customer on {logged.astimezone():%Y-%m-%d}"
        if first == own
        else f"First logged under another customer (customer no. {first} in the log) on "
        f"{logged.astimezone():%Y-%m-%d}"
    ]
    been_here = first == own
    for move in contact.moves:
        if move.to_customer_id == own:
            to = "back to this customer" if been_here else "to this customer"
            been_here = True
        else:
            to = f"to customer no. {move.to_customer_id}"
        by = f" by {move.by}" if move.by.strip() else ""
        why = f" (reason given: {move.reason})" if move.reason.strip() else ""
        told.append(f"moved {to} in Steady on {move.moved_at.astimezone():%Y-%m-%d}{by}{why}")
    return "; ".join(told)


def moves_disclosed(contacts: Sequence[PacketContact]) -> str:
    """The certification's sentence on contacts first logged under another customer, and on
    those moved away and back."""
    moved = [f"#{c.id}" for c in contacts if c.moves and not _came_back(c)]
    back = [f"#{c.id}" for c in contacts if _came_back(c)]
    told = []
    if moved:
        were = "was" if len(moved) == 1 else "were"
        told.append(
            f"{'Contact' if len(moved) == 1 else 'Contacts'} {', '.join(moved)} {were} first "
            "logged under another customer and later moved to this one"
        )
    if back:
        were = "was" if len(back) == 1 else "were"
        told.append(
            f"{'Contact' if len(back) == 1 else 'Contacts'} {', '.join(back)} {were} logged "
            "under this customer, moved to another and moved back"
        )
    if not told:
        return ""
    return "; ".join(told) + "; each entry says when, by whom and why."


def severity_words(contact: PacketContact, label: str) -> str:
    """ "severity 3 · hostile", or "severity 3 · hostile, suggested by Steady's word check, not
    reviewed" when the number is the word check's guess and the owner has not reviewed it."""
    told = f"severity {label}"
    return f"{told}, {NOT_REVIEWED}" if contact.severity_suggested else told


def correction_note(contact: PacketContact) -> str:
    """What a reader must know where a corrected or moved contact is quoted; "" when neither."""
    moved = move_words(contact)
    corrected = _corrected_note(contact)
    if moved and corrected:
        return f"{moved}. {corrected}"
    return f"{moved}; the move is kept in the log." if moved else corrected


def moved_sentence(contact: PacketContact) -> str:
    """The narrative's short word on a move (its entry in the log gives who and why)."""
    if not contact.moves:
        return ""
    when = contact.moves[-1].moved_at.astimezone()
    if _came_back(contact):
        return (
            " This message was moved to another customer and back to this one on "
            f"{when:%Y-%m-%d}; its entry in the log says by whom and why."
        )
    return (
        f" This message was first logged under another customer and moved to this one on "
        f"{when:%Y-%m-%d}; its entry in the log says by whom and why."
    )


def corrected_only_note(contact: PacketContact) -> str:
    """The correction note without the move (told on its own where space is short)."""
    return _corrected_note(contact)


def _corrected_note(contact: PacketContact) -> str:
    if not contact.revision:
        return ""
    done = corrections_words(contact) or (
        f"Corrected {contact.revision} time{'s' if contact.revision != 1 else ''}"
        + _time_moved(contact)
        + _changes(contact)
    )
    if contact.corrected_text:
        return (
            f"{done}. The words are printed as first received, which is what the customer "
            "wrote; the correction changed them to (the business's wording, not the "
            f"customer's): {shortened(contact.corrected_text, CORRECTED_SHOWN)}"
        )
    return f"{done}; the original record is kept in the log."


def headline(contact: PacketContact) -> str:
    """The contact in a sign's sentence: the customer's words in quotation marks, a note or the
    owner's summary attributed and never quoted. The text is already redacted, so shortening
    it can never uncover part of a redacted name."""
    return told_headline(
        text=contact.text,
        summary=contact.summary,
        customers_words=contact.is_customers_words,
        note_lead=contact.note_lead if contact.is_staff_note else "",
        corrected=bool(contact.corrected_text),
    )
