"""How the standing rules read a log: days in the owner's zone, counts and channels in words,
which contacts are difficult, money as the owner writes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, tzinfo
from decimal import Decimal

import app.core.clock as clock
from app.core.domain import Category, Channel, Contact, Direction
from app.core.money import money_text as money_text_of
from app.standing.attribution import is_customers_words, is_note, note_lead

C = Category
THREAT_TITLES = {
    C.THREAT_PHYSICAL: "Threatens physical harm",
    C.THREAT_VANDALISM: "Threatens vandalism",
    C.THREAT_LEGAL: "Threatens legal action",
    C.THREAT_CHARGEBACK: "Threatens a chargeback",
    C.THREAT_PUBLIC: "Threatens public retaliation",
}


def local_time(moment: datetime, zone: tzinfo | None) -> datetime:
    # astimezone() with no zone applies the system's own rules, daylight saving included.
    return moment.astimezone(zone) if zone is not None else clock.shown_time(moment)


def day_of(moment: datetime, zone: tzinfo | None) -> date:
    return local_time(moment, zone).date()


def show_day(moment: datetime, zone: tzinfo | None) -> str:
    return clock.show_day(local_time(moment, zone))


def times_word(count: int, word: str = "time") -> str:
    if word == "time" and count in (1, 2):
        return "once" if count == 1 else "twice"
    return f"{count} {word}" + ("" if count == 1 else "s")


_CHANNEL_NOUNS = {
    Channel.PHONE: "call",
    Channel.SOCIAL: "post",
    Channel.REVIEW: "review",
    Channel.EMAIL: "email",
    Channel.CHAT: "chat message",
    Channel.LETTER: "letter",
    Channel.IN_PERSON: "visit",
}


def by_channel(contacts: Sequence[Contact]) -> str:
    counts = Counter(c.channel for c in contacts)
    return ", ".join(
        times_word(n, _CHANNEL_NOUNS.get(channel, "contact")) for channel, n in counts.most_common()
    )


def ids_of(contacts: Iterable[Contact]) -> tuple[int, ...]:
    return tuple(sorted({c.id for c in contacts}))


HEADLINE = 70  # characters of a contact quoted in a sign's sentence


def shortened(text: str, limit: int = HEADLINE) -> str:
    """The text on one line, cut at the last word that fits (a long word is cut within)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    cut = cut[:space] if space > limit // 2 else cut[: limit - 1]
    return cut.rstrip(" ,;:.-—–") + "…"


def told_headline(
    *, text: str, summary: str, customers_words: bool, note_lead: str = "", corrected: bool = False
) -> str:
    """A contact inside a sentence. Only the customer's own written words go in quotation
    marks; a note is given as its writer's ("Sam's note of the call: …") and the owner's summary
    as what it is ("logged as: …")."""
    if customers_words and text.strip():
        later = " (as first received; corrected in Steady since)" if corrected else ""
        return f"“{shortened(text)}”{later}"
    # Not a quote: the sentence's own full stop ends it.
    if note_lead and text.strip():
        return f"{note_lead}: {shortened(text).rstrip('.')}"
    return f"logged as: {shortened(summary or text).rstrip('.')}"


def closed(sentence: str) -> str:
    """The sentence with its full stop, unless a quotation already ends it ("…you live.”")."""
    return sentence if sentence.endswith((".”", "!”", "?”", "…”")) else f"{sentence}."


def headline_of(contact: Contact) -> str:
    """A logged contact in a sign's sentence, its words attributed to whoever wrote them."""
    details = contact.details
    return told_headline(
        text=details.text,
        summary=details.summary,
        customers_words=is_customers_words(details),
        note_lead=note_lead(details.channel, details.staff) if is_note(details) else "",
        corrected=contact.revision > 0,
    )


def is_difficult(contact: Contact) -> bool:
    return contact.direction is Direction.INBOUND and (
        contact.severity >= 3 or bool(contact.categories)
    )


# Severity 5 is "threatening": on a contact that also carries a threat, that level is the
# threat's, and the abuse in the same words is counted at most "abusive".
ABUSE_CEILING_BESIDE_A_THREAT = 4


def abuse_severity(contact: Contact) -> int:
    """How bad the abusive language in a contact is, without borrowing a threat's severity."""
    if any(cat.is_threat for cat in contact.categories):
        return min(contact.severity, ABUSE_CEILING_BESIDE_A_THREAT)
    return contact.severity


def as_sentence(text: str) -> str:
    """A reason as the owner reads it: starting with a capital ("Once, latest on …")."""
    return text[:1].upper() + text[1:]


def with_category(contacts: Sequence[Contact], *categories: Category) -> list[Contact]:
    return [c for c in contacts if any(cat in c.categories for cat in categories)]


def money_text(value: Decimal, symbol: str) -> str:
    return money_text_of(value, symbol)
