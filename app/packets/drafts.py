"""Steady's first drafts, in plain and factual words, for the owner to edit before use.

The legal narrative goes into the legal packet; the termination letter, in the language of the
owner's replies, is in termination_words.py, and the letters handed to a platform or email
provider are in platform_letters.py.
"""

from __future__ import annotations

from datetime import date, datetime

from app.core.clock import shown_time
from app.core.domain import Direction
from app.packets.contact_data import PacketContact
from app.packets.customer_quote import cut_at_word, forwarders, quote_in_short
from app.packets.customer_span import customer_span
from app.packets.data import PacketData, unredacted_marks
from app.packets.wording import corrected_only_note, moved_sentence

QUOTE_LIMIT = 280
LETTER_QUOTE_LIMIT = 160  # a letter quotes a line or two, never a whole message


def _day(moment: datetime) -> str:
    return _date(shown_time(moment).date())


def _date(day: date) -> str:
    return f"{day:%d %B %Y}".lstrip("0")


def _quote(contact: PacketContact, forwarder: str = "") -> str:
    """The customer's own words, around what the contact is flagged for (customer_quote)."""
    return unredacted_marks(quote_in_short(contact, QUOTE_LIMIT, forwarder).quoted())


def and_joined(items: list[str], conjunction: str = " and ") -> str:
    """ "a", "a and b", "a, b and c" (`conjunction` in the letter's language)."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conjunction + items[-1]


def _exhibit_note(contact: PacketContact) -> str:
    if not contact.exhibits:
        return ""
    numbers = ", ".join(str(n) for n in contact.exhibits)
    return f" (Exhibit{'s' if len(contact.exhibits) > 1 else ''} {numbers})"


def _said(contact: PacketContact, name: str, forwarder: str = "") -> str:
    """One key contact in the narrative: the customer's words as theirs, in quotation marks; a
    note as its writer's, never in quotation marks; a correction said where the words are."""
    when = f"On {_day(contact.occurred_at)}"
    corrected = unredacted_marks(corrected_only_note(contact))
    after = f" ({corrected[:1].lower()}{corrected[1:]})" if corrected else ""
    moved = unredacted_marks(moved_sentence(contact))
    if contact.is_customers_words:
        how = contact.channel.label.lower()
        said = f"{when}, by {how}, {name} wrote: {_quote(contact, forwarder)}"
        said += _exhibit_note(contact) + after
        return f"{said}.{moved}"
    staff = contact.staff or "a member of staff"
    what = {"in-person": "visited", "phone": "phoned"}.get(contact.channel.value)
    happened = (
        f"{name} {what}; {staff}'s note of it"
        if what
        else f"{staff}'s note of a contact from {name}"
    )
    note = cut_at_word(unredacted_marks(" ".join(contact.text.split())), QUOTE_LIMIT).rstrip(" .")
    return (
        f"{when}, {happened} reads (in {staff}'s words, not {name}'s): "
        f"{note}{_exhibit_note(contact)}{after}.{moved}"
    )


def draft_narrative(data: PacketData) -> str:
    """A factual first draft from the log: dates, channels and the customer's own words."""
    name = data.customer.name
    business = data.business.name
    contacts = data.contacts
    inbound = [c for c in contacts if c.direction is Direction.INBOUND]
    # Pieces whose writer the owner has not confirmed are not counted as the customer's.
    doubted = sum(1 for c in inbound if c.direction_doubt)
    span = customer_span(contacts)
    first, last = (_date(day) for day in span) if span else ("—", "—")
    paragraphs = [
        f"{name} has been a customer of {business}"
        + (f" (account {data.customer.account_ref})" if data.customer.account_ref else "")
        + (f". On {first}, " if first == last else f". Between {first} and {last}, ")
        + f"{name} contacted us {_times(len(inbound) - doubted)}"
        + (
            f" (and {_count(doubted, 'message')} more whose writer we have not confirmed)"
            if doubted
            else ""
        )
        + "; "
        + (
            f"we replied {_times(replies)}"
            if (replies := len(contacts) - len(inbound))
            else "we did not reply"
        )
        + ". Each contact is in Steady with the exact "
        "words" + (", and the evidence files are attached as exhibits." if data.exhibits else ".")
    ]
    # Public posts have a paragraph of their own below; the key contacts are threats and the
    # worst of the rest.
    threats = {i for g in data.threats if g.category.is_threat for i in g.contact_ids}
    key = [c for c in inbound if c.id in threats or c.id in data.examples or c.severity >= 4]
    # Words whose writer the owner has not confirmed are never told as the customer's.
    key = [c for c in key if not c.direction_doubt]
    worst = sorted(key, key=lambda c: (-c.severity, c.occurred_at))[:8]
    sent = forwarders(data.exhibits)
    paragraphs += [
        _said(c, name, sent.get(c.id, "")) for c in sorted(worst, key=lambda c: c.occurred_at)
    ]
    if data.public_posts:
        paragraphs.append(
            f"{name} also posted about {business} in public "
            f"{_count(len(data.public_posts), 'time')}; the posts are listed below with their "
            "addresses."
        )
    if data.harassment_of_others:
        paragraphs.append(
            f"{name} has also contacted or harassed other customers of {business} "
            f"({_count(len(data.harassment_of_others), 'logged contact')})."
        )
    paragraphs.append(
        "We are asking for advice on how to protect our staff and our business, and for help "
        "in making the conduct stop."
    )
    return "\n\n".join(paragraphs)


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _times(count: int) -> str:
    return {0: "no times", 1: "once", 2: "twice"}.get(count, f"{count} times")
