"""The customer's contacts on paper: each one with its verbatim words under a quote bar, the
whole log in order, and the examples chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reportlab.platypus import (
    Flowable,
)

from app.core.domain import SEVERITY_LABELS, Direction
from app.importing.records import NOT_REVIEWED
from app.packets.contact_data import PacketContact
from app.packets.data import PacketData
from app.packets.withdrawn_file_words import files_withdrawn_words
from app.packets.wording import severity_words
from reports.bidi_order import isolated, without_marks
from reports.blocks import Tick, day, p, when
from reports.page import exhibit_links
from reports.quoting import QuoteBar as QuoteBar  # where other sections have always found it
from reports.quoting import own_words_of, words_of
from reports.repeat_sections import repeat_block
from reports.styles import Styles, styles
from reports.unicode_text import (
    UNDRAWABLE_LEGEND,
    TextParagraph,
    needs_own_layout,
    plain_markup,
    undrawable,
)


def contact_refs(data: PacketData, contact_ids: Iterable[int]) -> str:
    """Contacts by day, runs of numbers joined: "2026-10-16: #10–#49 (40)", never a wall."""
    by_day: dict[str, list[int]] = {}
    for contact_id in contact_ids:
        contact = data.contact(contact_id)
        if contact is not None:
            by_day.setdefault(day(contact.occurred_at), []).append(contact_id)
    if not by_day:
        return "—"
    if len(by_day) > MANY_DAYS:
        return _by_month(by_day)
    parts = []
    for when_, ids in by_day.items():
        runs = ", ".join(_runs(sorted(ids)))
        count = f" ({len(ids)})" if len(ids) > 2 else ""
        parts.append(f"{when_}: {runs}{count}")
    return "; ".join(parts)


MANY_DAYS = 12  # past this many days, contacts are counted per month, not listed


def _by_month(by_day: dict[str, list[int]]) -> str:
    """ "2025-11: 8 contacts (#3 to #27)" for each month: a long history stays short."""
    months: dict[str, list[int]] = {}
    for when_, ids in by_day.items():
        months.setdefault(when_[:7], []).extend(ids)
    parts = []
    for month, ids in months.items():
        ids.sort()
        span = f"#{ids[0]}" if len(ids) == 1 else f"#{ids[0]} to #{ids[-1]}"
        parts.append(f"{month}: {len(ids)} contact{'s' if len(ids) != 1 else ''} ({span})")
    return "; ".join(parts)


def _runs(ids: list[int]) -> list[str]:
    runs: list[list[int]] = []
    for number in ids:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return [f"#{r[0]}–#{r[-1]}" if len(r) > 2 else ", ".join(f"#{n}" for n in r) for r in runs]


def contact_line(contact: PacketContact, with_exhibits: bool = True) -> str:
    parts = [
        when(contact.occurred_at, contact.zone),
        f"{contact.channel.label} · {isolated(contact.speaker)}"
        # The staff who wrote a reply is named below, once.
        if contact.speaker and contact.speaker != contact.staff
        else contact.channel.label,
        contact.direction.label + (" (not confirmed)" if contact.direction_doubt else ""),
        severity_words(contact, SEVERITY_LABELS.get(contact.severity, str(contact.severity))),
    ]
    if contact.minutes:
        parts.append(f"{contact.minutes} min")
    if contact.staff:
        parts.append(f"staff: {isolated(contact.staff)}")
    if contact.exhibits and with_exhibits:
        parts.append("Exhibit " + ", ".join(str(n) for n in contact.exhibits))
    return " · ".join(parts)


def contact_block(
    contact: PacketContact,
    sheet: Styles,
    quote_style: object = None,
    words: Callable[[PacketContact, object], list[Flowable]] = words_of,
) -> list[Flowable]:
    """One contact: a line of facts, the summary, then the exact words as a quote."""
    style = quote_style or sheet.quote
    line = f"#{contact.id} · {contact_line(contact, with_exhibits=False)}"
    if contact.exhibits and not needs_own_layout(line):
        # "Exhibit 3" is a live link to the exhibit's first page.
        head: Flowable = TextParagraph(
            plain_markup(without_marks(line), sheet.h3.fontName)
            + " · "
            + exhibit_links(contact.exhibits),
            sheet.h3,
        )
    else:
        head = p(f"#{contact.id} · {contact_line(contact)}", sheet.h3)
    story: list[Flowable] = [head]
    details = [contact.changed_outside] if contact.changed_outside else []
    if contact.direction_doubt:
        details.append(
            "Who wrote this is not confirmed by the owner: " + isolated(contact.direction_doubt)
        )
    if contact.summary:
        # "— 1 file attached to it was withdrawn" after an Arabic summary reads in its place.
        details.append(isolated(contact.summary))
    if contact.categories:
        details.append(
            "Flagged: "
            + ", ".join(
                c.label.lower() + (f" ({NOT_REVIEWED})" if c in contact.unreviewed else "")
                for c in contact.categories
            )
        )
    if contact.url:
        details.append(f"URL: {contact.url}")
    if contact.logged_late and contact.logged_at is not None:
        details.append(f"Entered into Steady on {day(contact.logged_at)}")
    if contact.files_withdrawn:
        details.append(files_withdrawn_words(contact.files_withdrawn))
    if details:
        story.append(p(" — ".join(details), sheet.muted))
    story += words(contact, style)
    for flowable in story[:-1]:
        flowable.keepWithNext = 1  # a contact's heading never ends a page alone
    return story


def contact_log(data: PacketData, contacts: Iterable[PacketContact], tick: Tick) -> list[Flowable]:
    sheet = styles()
    story: list[Flowable] = []
    legend = False
    listed = list(contacts)
    firsts = {c.id for c in listed if (r := data.repeat_of(c.id)) and r.contact_ids[0] == c.id}
    for contact in listed:
        repeat = data.repeat_of(contact.id)
        if repeat is not None and repeat.contact_ids[0] in firsts:
            # The same message again and again: one entry, at its first copy.
            if contact.id == repeat.contact_ids[0]:
                story += repeat_block(data, repeat, sheet, contact_line, words_of)
        else:
            story += contact_block(contact, sheet)
        legend = legend or bool(undrawable(contact.text))
        tick("Laying out the log")
    if legend:
        story.insert(0, p(UNDRAWABLE_LEGEND, sheet.muted))
    return story


def examples_section(data: PacketData, ids: Iterable[int]) -> list[Flowable]:
    sheet = styles()
    story: list[Flowable] = []
    for contact_id in ids:
        contact = data.contact(contact_id)
        if contact is not None:
            # An example of the customer's language: their own words, not what they quote.
            story += contact_block(contact, sheet, words=own_words_of)
    return story or [
        p(
            "No example is quoted: no message the customer wrote is among those chosen.",
            sheet.muted,
        )
    ]


def direction_counts(data: PacketData) -> tuple[int, int]:
    inbound = sum(1 for c in data.contacts if c.direction is Direction.INBOUND)
    return inbound, len(data.contacts) - inbound
