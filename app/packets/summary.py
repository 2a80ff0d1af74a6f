"""The packet's summary: threats grouped by kind, and the sentence that opens the packet."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.core.clock import shown_time
from app.core.domain import Category, Direction
from app.importing.records import NOT_REVIEWED
from app.packets.contact_data import PacketContact
from app.packets.customer_span import customer_span
from app.packets.data import PacketData, PacketKind, ThreatGroup


def threat_groups(inbound: list[PacketContact]) -> tuple[ThreatGroup, ...]:
    groups: dict[Category, list[int]] = {}
    unreviewed: dict[Category, list[int]] = {}
    for contact in inbound:
        for category in contact.categories:
            if category.is_threat or category is Category.HARASSMENT_SOCIAL:
                groups.setdefault(category, []).append(contact.id)
                if category in contact.unreviewed:
                    unreviewed.setdefault(category, []).append(contact.id)
    order = list(Category)
    return tuple(
        ThreatGroup(category, tuple(ids), tuple(unreviewed.get(category, ())))
        for category, ids in sorted(groups.items(), key=lambda item: order.index(item[0]))
    )


def not_reviewed(count: int, of: int) -> str:
    """The mark on a category some contacts carry only because Steady suggested it: "" when
    none does, else the words a packet prints beside it."""
    if not count:
        return ""
    if count == of:
        return NOT_REVIEWED
    return f"{count} of them {NOT_REVIEWED}"


def plural(count: int, word: str, many: str = "") -> str:
    """ "1 exhibit", "2 exhibits": the count with its noun agreeing."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def period_words(data: PacketData) -> str:
    """The period asked for, in words (or the log's own first and last dates)."""
    facts = data.period_facts
    first, last = data.period
    if facts is None or not facts.asked:
        return f"{_day(first)} to {_day(last)}"
    start = f"{facts.asked_from:%Y-%m-%d}" if facts.asked_from else "the first contact"
    end = f"{facts.asked_to:%Y-%m-%d}" if facts.asked_to else "the last contact"
    return f"{start} to {end} (the period asked for)"


def left_out_words(data: PacketData) -> str:
    """How many of the log's contacts this packet does not print, and why; "" when none."""
    facts = data.period_facts
    if facts is None or (facts.outside == 0 and facts.unticked == 0):
        return ""
    parts = []
    if facts.outside:
        sides = [
            f"{facts.before} before" if facts.before else "",
            f"{facts.after} after" if facts.after else "",
        ]
        parts.append(
            f"{plural(facts.outside, 'contact')} outside the period ("
            + ", ".join(x for x in sides if x)
            + ")"
        )
    if facts.unticked:
        parts.append(f"{plural(facts.unticked, 'contact')} in it that the owner left out")
    return (
        " and ".join(parts)
        + f" {'is' if facts.outside + facts.unticked == 1 else 'are'} not in this packet; the "
        f"whole log holds {plural(facts.in_log, 'contact')}."
    )


def with_summary(data: PacketData) -> PacketData:
    contacts = data.contacts
    inbound = sum(1 for c in contacts if c.direction is Direction.INBOUND)
    span = customer_span(contacts)
    first, last = (f"{day:%Y-%m-%d}" for day in span) if span else ("—", "—")
    when = f"on {first}" if first == last else f"between {first} and {last}"
    lines = [
        f"{data.customer.name} contacted {data.business.name} "
        f"{plural(inbound, 'time')} {when}; this packet holds "
        f"{plural(len(contacts), 'contact')} ({plural(len(contacts) - inbound, 'reply', 'replies')}"
        f" from the business among them) and {plural(len(data.exhibits), 'exhibit')}."
    ]
    left_out = left_out_words(data)
    if left_out:
        lines.append(f"Period: {period_words(data)}. {left_out[0].upper()}{left_out[1:]}")
    met = [g for g in data.grounds if g.met]
    if data.grounds and data.kind is PacketKind.TERMINATION:
        lines.append(
            f"{len(met)} of the {len(data.grounds)} grounds to end the relationship are met"
            + (": " + "; ".join(g.title.lower() for g in met) + "." if met else ".")
        )
    if data.threats:
        lines.append(
            "Threats and harassment logged: "
            + "; ".join(
                f"{t.title.lower()} ({len(t.contact_ids)}"
                + (
                    f", {mark}"
                    if (mark := not_reviewed(len(t.unreviewed_ids), len(t.contact_ids)))
                    else ""
                )
                + ")"
                for t in data.threats
            )
            + "."
        )
    if data.public_posts:
        lines.append(
            f"{plural(len(data.public_posts), 'public post or review', 'public posts or reviews')}"
            " by the customer."
        )
    if data.cost is not None:
        lines.append(f"What the contacts in this packet cost: {data.cost.sentence}.")
    return replace(data, summary=tuple(lines))


def _day(moment: datetime | None) -> str:
    return f"{shown_time(moment):%Y-%m-%d}" if moment else "—"
