"""What the owner must hear before a packet is handed on: that the log it was made from does
not verify, that the log is read-only, so the packet cannot be recorded as handed on, or that
it lists categories Steady suggested and nobody reviewed, or that the business profile the
packet is signed with is not filled in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.importing.records import NOT_REVIEWED
from app.packets.data import BusinessProfile, PacketData, PacketKind
from app.packets.letterhead import UNNAMED_BUSINESS, default_contact_person
from app.packets.termination_words import letter_threats_note

if TYPE_CHECKING:
    from app.services import Services

# Ends the number of a packet made where it cannot be recorded (a read-only log): the next
# packet the writable log records gets the plain number, so the two never share one.
UNRECORDED = "-unrecorded"
COVER_WARNING = "This log does NOT verify — see the integrity statement."


def unrecorded_number(number: str) -> str:
    return number if number.endswith(UNRECORDED) else number + UNRECORDED


def integrity_warning(data: PacketData) -> str:
    """ "" when the log verified as the packet was made."""
    if data.integrity.verified:
        return ""
    problems = data.integrity.problems
    why = problems[0].rstrip(".") if problems else "it did not verify"
    return (
        f"This log does NOT verify: {why}. The packet says so on its cover and in its integrity "
        "statement; keep the log file as it is and check it before you hand the packet on."
    )


def unrecorded_note(services: Services) -> str:
    """ "" when the packet can be recorded as handed on."""
    if not services.read_only:
        return ""
    return (
        "This log is read-only: the packet is saved but not recorded as handed on; its number "
        f"ends in “{UNRECORDED}”. Why: {services.read_only_reason}."
    )


def unreviewed_note(data: PacketData) -> str:
    """ "" when every category the packet prints was chosen or reviewed by the owner."""
    waiting = [c for c in data.contacts if set(c.unreviewed) & set(c.categories)]
    if not waiting:
        return ""
    which = ", ".join(f"#{c.id}" for c in waiting[:5]) + (", …" if len(waiting) > 5 else "")
    return (
        f"{len(waiting)} contact{'' if len(waiting) == 1 else 's'} in this packet ({which}) "
        f"{'carries' if len(waiting) == 1 else 'carry'} categories Steady's word check suggested that nobody has reviewed; the packet "
        f"marks each “{NOT_REVIEWED}”. To review them first: open the contact in the window, "
        f"or steady review {data.customer.id}."
    )


PROFILE_PLACE = "Settings › Business profile"


def profile_note(business: BusinessProfile, kind: PacketKind, contact_person: str = "") -> str:
    """ "" when the packet names the business and, for a legal packet, whom to contact."""
    notes = []
    if business.name == UNNAMED_BUSINESS:
        notes.append(
            f"Your business name is not set: the packet says “{UNNAMED_BUSINESS}” where it "
            "belongs, the letter included."
        )
    if kind is PacketKind.LEGAL:
        missing = [] if business.owner_name else ["your name"]
        if not (business.phone or business.email or business.address_lines):
            missing.append("a phone number, email or address")
        if missing and not contact_person:
            notes.append(
                f"The reader has no one to contact: {' and '.join(missing)} "
                f"{'is' if len(missing) == 1 else 'are'} not set."
            )
    if not notes:
        return ""
    return " ".join(notes) + f" Fill them in under {PROFILE_PLACE}, then make the packet again."


def handing_notes(services: Services, data: PacketData) -> list[str]:
    # The contact person the owner typed for this packet, if they did.
    typed = (
        data.contact_person if data.contact_person != default_contact_person(data.business) else ""
    )
    profile = profile_note(data.business, data.kind, typed)
    notes = (
        integrity_warning(data),
        unrecorded_note(services),
        unreviewed_note(data),
        letter_threats_note(data),
        profile,
    )
    return [note for note in notes if note]
