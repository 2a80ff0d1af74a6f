"""The legal referral packet: for a lawyer or the police, making the case on its own."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.packets.contact_data import PacketContact
from app.packets.data import PacketData
from app.packets.wording import moves_disclosed
from reports.action_sections import actions_section
from reports.blocks import (
    Tick,
    day,
    keep,
    key_values,
    p,
    section,
    signature_block,
    subsection,
)
from reports.contact_sections import contact_log
from reports.exhibit_sections import exhibit_index, exhibit_pages
from reports.integrity_sections import integrity_section, redactions_section
from reports.legal_signs import signs_sections
from reports.legal_summary import summary_page
from reports.page import PacketDocument
from reports.sections import summary_lines, title_block
from reports.styles import styles
from reports.unicode_text import text_paragraph
from reports.withdrawn_sections import (
    withdrawn_contacts_section,
    withdrawn_files_note,
    withdrawn_files_section,
)


def legal_story(data: PacketData, doc: PacketDocument, tick: Tick) -> list[Flowable]:
    sheet = styles()
    width = doc.body_width
    story: list[Flowable] = title_block(data, width, [])

    story += summary_page(data, width)

    story += section("Purpose and contact", sheet)
    story.append(text_paragraph(data.purpose, sheet.body))
    story.append(
        key_values(
            [
                ("Contact person", data.contact_person or "—"),
                ("Records kept by", data.records_keeper or "—"),
            ],
            width,
            sheet,
        )
    )
    story.append(Spacer(1, 6))
    story += [p(line, sheet.body) for line in summary_lines(data)]

    story += section("What happened, in our words", sheet)
    story.append(text_paragraph(data.narrative or "(No narrative written.)", sheet.body))

    story += signs_sections(data, width)

    story += actions_section(data, width)

    story += integrity_section(data, width)
    story += redactions_section(data, width)
    story += withdrawn_contacts_section(data)
    story += withdrawn_files_section(data)
    story += _certification(data, width)

    story += [PageBreak()]
    story += section("Chronological log", sheet)
    story.append(
        p(
            f"Every contact in the period, oldest first — {len(data.contacts)} in all, the "
            "business's own replies included — exactly as logged, with its exhibits.",
            sheet.muted,
        )
    )
    story += contact_log(data, data.contacts, tick)

    story += section("Exhibit index", sheet)
    story += exhibit_index(data, width)
    story += withdrawn_files_note(data)
    if data.exhibits:  # the index already says when there are none; no empty page for them
        story += [PageBreak()]
        story += section("Exhibits", sheet)
        story += exhibit_pages(data, width, doc.body_height, tick)
    return story


def _dated_after_entry(contact: PacketContact) -> bool:
    """Dated after it was entered into Steady: the date is not when it happened (a sender's
    made-up date, or a typing slip), so it is never counted as entered in time."""
    if contact.logged_at is None:
        return False
    times = (contact.occurred_at, contact.first_occurred_at or contact.occurred_at)
    return any(moment - contact.logged_at > _CLOCK_SLACK for moment in times)


# A laptop clock a few minutes off is not a contact dated after its entry.
_CLOCK_SLACK = timedelta(minutes=5)


def _timeliness(data: PacketData) -> str:
    """Says plainly which contacts were entered late, or are dated after they were entered, so
    nobody certifies more than is true: only an entry made 0 to 2 days after the contact counts."""
    total = len(data.contacts)
    late = [c for c in data.contacts if c.logged_late]
    ahead = [c for c in data.contacts if _dated_after_entry(c)]
    on_time = total - len({c.id for c in late + ahead})
    if on_time == total:
        return "Each was entered into Steady within two days of when it happened."
    opening = (
        f"None of the {total} contacts was entered within two days of when it happened."
        if on_time == 0
        else f"{on_time} of the {total} contacts were entered within two days of "
        "when they happened."
    )
    said = [opening]
    if late:
        said.append(
            f"These {len(late)} were entered later, from saved messages, files or notes: "
            f"{_listed(late, 'happened')}."
        )
    if ahead:
        said.append(
            f"This one is dated after it was entered into Steady, so its date is not when it "
            f"happened: {_listed(ahead, 'dated')}."
            if len(ahead) == 1
            else f"These {len(ahead)} are dated after they were entered into Steady, so their "
            f"dates are not when they happened: {_listed(ahead, 'dated')}."
        )
    return " ".join(said)


def _listed(contacts: list[PacketContact], verb: str) -> str:
    """ "#3 (happened 2026-09-01, entered 2026-09-05)", …: the first 20, then how many more."""
    listed = ", ".join(
        f"#{c.id} ({verb} {day(c.occurred_at)}"
        + (f", first logged as {day(c.first_occurred_at)}" if c.first_occurred_at else "")
        + f", entered {day(c.logged_at)})"
        for c in contacts[:20]
    )
    return listed + (f" and {len(contacts) - 20} more" if len(contacts) > 20 else "")


def _certification(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    keeper = data.records_keeper or "________________________"
    business = data.business.name
    story: list[Flowable] = [PageBreak()]
    story += section("Certification of records", sheet)
    paragraphs = [
        f"I, {keeper}, certify as follows:",
        f"1. I am the person at {business} responsible for keeping the records in this packet, "
        "or I am otherwise qualified to make this certification, and I have personal knowledge "
        "of how they were made and kept.",
        "2. Each contact in this packet was recorded by — or from information given by — "
        "someone with knowledge of it, as a regular practice of "
        f"{business}, in the course of its regularly conducted activity, using the Steady "
        "record-keeping application. "
        + " ".join(filter(None, (_timeliness(data), moves_disclosed(data.contacts)))),
        (
            "3. Each electronic file attached as an exhibit was copied into Steady's database "
            "unchanged. Its SHA-256 hash, printed with the exhibit and stamped on each page it "
            "fills, was computed when it was stored. A file that produces the same SHA-256 hash "
            "is identical to the original; the files themselves are supplied in the evidence "
            "bundle with a manifest of their hashes."
            if data.exhibits
            else "3. This packet has no exhibits: no files are attached to the contacts in it."
        ),
        "4. Steady keeps an append-only ledger in which each entry's hash includes the "
        f"previous entry's hash. When this packet was generated the ledger held "
        f"{data.integrity.entries} entries with head hash {data.integrity.head_hash or '—'} and "
        + (
            "verified without error."
            if data.integrity.verified
            else "did NOT verify; the problems are listed in the integrity statement."
        ),
        "I declare under penalty of perjury under the laws of the applicable jurisdiction "
        "that the foregoing is true and correct.",
    ]
    story += [p(text, sheet.body) for text in paragraphs]
    story.append(Spacer(1, 12))
    story.append(
        keep(signature_block(["Name", "Title / role", "Signature", "Date", "Place"], width))
    )
    return story


__all__ = ["legal_story", "subsection"]
