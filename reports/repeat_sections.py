"""The same message sent again and again, on paper: one entry that says how many times, where
and when, with the exhibits of every copy, the words quoted once; then each copy on a line of
its own (its own contact number, time and exhibits), with its words only where they differ:
under a header of their own ("#3 · 10:14 · its own words, …"), under the quote bar, so they
never read as the next copy's. The summary names the copies whose words differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from reportlab.platypus import Flowable, Spacer

from app.core.clock import in_recorded_zone
from app.packets.contact_data import PacketContact
from app.packets.data import PacketData, RepeatedMessage
from app.packets.drafts import and_joined
from reports.blocks import p
from reports.quoting import words_in_short
from reports.styles import Styles, styles


def _runs(numbers: Iterable[int], mark: str = "") -> str:
    """ "40–62" or "3, 5, 9–12": runs of numbers joined."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(
        f"{mark}{r[0]}–{mark}{r[-1]}" if len(r) > 2 else ", ".join(f"{mark}{n}" for n in r)
        for r in runs
    )


def copies(data: PacketData, repeat: RepeatedMessage) -> list[PacketContact]:
    return [c for i in repeat.contact_ids if (c := data.contact(i)) is not None]


def differing(data: PacketData, repeat: RepeatedMessage) -> list[PacketContact]:
    """The copies whose words are not the first copy's word for word (capitals, punctuation,
    a changed word: what may still be the same message)."""
    found = copies(data, repeat)
    return [c for c in found[1:] if c.text.strip() != found[0].text.strip()]


def _clock(contact: PacketContact, first: PacketContact) -> str:
    """ "10:14", with the day when the copy was sent on another day than the first."""
    moment = in_recorded_zone(contact.occurred_at, contact.zone)
    start = in_recorded_zone(first.occurred_at, first.zone)
    return f"{moment:%H:%M}" if moment.date() == start.date() else f"{moment:%Y-%m-%d %H:%M}"


def differing_words(data: PacketData, repeat: RepeatedMessage) -> str:
    """ "The words of #3 (10:14, Exhibit 3) differ from the first copy's; …": "" when every
    copy's words are the first's."""
    odd = differing(data, repeat)
    if not odd:
        return ""
    first = copies(data, repeat)[0]
    named = [
        f"#{c.id} ({_clock(c, first)}"
        + (f", Exhibit {', '.join(str(n) for n in c.exhibits)}" if c.exhibits else "")
        + ")"
        for c in odd
    ]
    return (
        f"The words of {and_joined(named)} differ from the first copy's in a few words; the "
        f"chronological log quotes {'it' if len(odd) == 1 else 'each'} under its own line."
    )


def where_to_find(data: PacketData, repeat: RepeatedMessage) -> str:
    """ "Exhibits 40–62", or the copies' contact numbers when none has an exhibit."""
    found = copies(data, repeat)
    exhibits = [n for c in found for n in c.exhibits]
    listed = f"{'Exhibit' if len(set(exhibits)) == 1 else 'Exhibits'} {_runs(exhibits)}"
    if exhibits and all(c.exhibits for c in found):
        return listed
    # Not every copy was saved as a file: the contacts say where each one is.
    contacts = "contacts " + _runs((c.id for c in found), "#")
    return f"{contacts}; {listed}" if exhibits else contacts


def repeat_line(data: PacketData, repeat: RepeatedMessage) -> str:
    """ "The same message 23 times on social media on … between 13:57 and 14:49 (Exhibits
    40–62)"."""
    sentence = repeat.sentence
    return f"{sentence[:1].upper()}{sentence[1:]} ({where_to_find(data, repeat)})"


def repeat_block(
    data: PacketData,
    repeat: RepeatedMessage,
    sheet: Styles,
    line_of: Callable[[PacketContact], str],
    quote: Callable[[PacketContact], list[Flowable]],
) -> list[Flowable]:
    """The group in the log: its line, the first copy's words once, then every copy.
    `line_of(contact)` is the log's own line of facts for one contact, `quote` its quote."""
    found = copies(data, repeat)
    first = found[0]
    head: list[Flowable] = [
        p(repeat_line(data, repeat), sheet.h3),
        p(
            f"{'Quoted' if first.is_customers_words else 'Given'} once, from the first copy "
            f"(#{first.id}); each copy below is its own "
            "contact in the log, with its own exhibit where one was saved and its own words "
            "where they differ.",
            sheet.muted,
        ),
        *quote(first),
    ]
    for flowable in head:  # the group's words stay with its first copy's line
        flowable.keepWithNext = 1
    story = list(head)
    odd = {c.id for c in differing(data, repeat)}
    for contact in found:
        url = f" · {contact.url}" if contact.url else ""
        line = p(f"#{contact.id} · {line_of(contact)}{url}", sheet.small)
        story.append(line)
        if contact.id in odd:
            # Its words under a header naming it, under the bar as the first copy's are, then
            # a gap: they belong to this copy, never to the line that follows them.
            header = p(
                f"#{contact.id} · {_clock(contact, first)} · its own words, which differ from "
                f"the first copy's (#{first.id}):",
                sheet.muted,
            )
            line.keepWithNext = header.keepWithNext = 1
            story += [header, *quote(contact), Spacer(1, 6)]
    return story


def repeats_summary(data: PacketData, quoted: Iterable[int] = ()) -> list[Flowable]:
    """For the legal summary: each repeated message once, with where its copies are; words
    already `quoted` above (contact ids) are pointed to, not printed twice."""
    above = set(quoted)
    sheet = styles()
    story: list[Flowable] = []
    if not data.repeats:
        return story
    story.append(p("Sent again and again", sheet.h3))
    for repeat in data.repeats:
        first = copies(data, repeat)[0]
        odd = differing_words(data, repeat)
        if first.id in above:
            story.append(
                p(repeat_line(data, repeat) + "; its words are quoted above.", sheet.small)
            )
        else:
            story.append(p(repeat_line(data, repeat) + ":", sheet.small))
            story += words_in_short(first)
        if odd:
            story.append(p(odd, sheet.small))
    return story
