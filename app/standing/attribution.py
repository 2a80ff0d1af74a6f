"""Whose words a contact's text is: the customer's own writing, or what someone at the business
wrote down. Only the first is ever put in quotation marks as the customer's.

The log form and `log --text` take "the exact words" for every channel, but for a call, a visit
or a contact on "other" (a voicemail, a message passed on by a colleague, a note) the text is
whoever wrote it down, in their words: a packet prints it as their note, never as a quote.
"""

from __future__ import annotations

from app.core.domain import Channel, ContactDetails, Direction

# Channels where the customer writes the words themselves; the text is theirs, as received.
WRITTEN_CHANNELS = frozenset(
    {Channel.EMAIL, Channel.CHAT, Channel.SOCIAL, Channel.REVIEW, Channel.LETTER}
)
# Channels where someone at the business writes the words down: the text is their note.
NOTE_CHANNELS = frozenset(set(Channel) - WRITTEN_CHANNELS)

_WHAT = {Channel.PHONE: "phone call", Channel.IN_PERSON: "visit"}


def written_by_customer(channel: Channel, direction: Direction, text: str) -> bool:
    """The text is what the customer wrote, word for word: only then is it quoted as theirs."""
    return direction is Direction.INBOUND and channel in WRITTEN_CHANNELS and bool(text.strip())


def is_customers_words(details: ContactDetails) -> bool:
    return written_by_customer(details.channel, details.direction, details.text)


def is_note(details: ContactDetails) -> bool:
    """An inbound contact whose text someone at the business wrote down."""
    return details.direction is Direction.INBOUND and details.channel in NOTE_CHANNELS


def note_label(channel: Channel, staff: str) -> str:
    """ "Note of the phone call by Sam (the staff member's words, not the customer's)"."""
    what = _WHAT.get(channel)
    of = f" of the {what}" if what else ""
    if staff.strip():
        return f"Note{of} by {staff} (the staff member's words, not the customer's)"
    if what:
        return f"Note{of} by staff (the staff member's words, not the customer's)"
    return "Written down at the business (not the customer's own words)"


def note_lead(channel: Channel, staff: str) -> str:
    """The short form for a sentence: "Sam's note of the call", "a staff member's note"."""
    what = {Channel.PHONE: " of the call", Channel.IN_PERSON: " of the visit"}.get(channel, "")
    if staff.strip():
        return f"{staff}'s note{what}"
    return f"a staff member's note{what}" if what else "a note written down at the business"
