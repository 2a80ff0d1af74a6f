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
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


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


def headline_of(contact: Contact) -> str:
    text = contact.summary or contact.text
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:69].rstrip() + "…"


def is_difficult(contact: Contact) -> bool:
    return contact.direction is Direction.INBOUND and (
        contact.severity >= 3 or bool(contact.categories)
    )


def with_category(contacts: Sequence[Contact], *categories: Category) -> list[Contact]:
    return [c for c in contacts if any(cat in c.categories for cat in categories)]


def money_text(value: Decimal, symbol: str) -> str:
    return f"{symbol}{value:,.2f}"
