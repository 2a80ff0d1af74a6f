"""The legal referral packet: for a lawyer or the police, making the case on its own."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.packets.data import PacketData
from app.standing.records import ActionKind
from reports.blocks import (
    Tick,
    grid,
    keep,
    key_values,
    p,
    section,
    signature_block,
    subsection,
    when,
)
from reports.contact_sections import contact_block, contact_log, contact_refs
from reports.exhibit_sections import exhibit_index, exhibit_pages
from reports.integrity_sections import integrity_section, redactions_section
from reports.page import PacketDocument
from reports.sections import title_block
from reports.styles import styles
from reports.unicode_text import text_paragraph

_ACTION_LABELS = {
    ActionKind.POLICE_REPORT: "Police report",
    ActionKind.PLATFORM_REPORT: "Report to a platform",
    ActionKind.PRESERVATION_REQUEST: "Preservation request",
    ActionKind.LEGAL_ADVICE: "Legal advice taken",
    ActionKind.PACKET: "Packet handed on",
}


def action_label(kind: ActionKind) -> str:
    return _ACTION_LABELS.get(kind, kind.value.replace("-", " ").capitalize())


def legal_story(data: PacketData, doc: PacketDocument, tick: Tick) -> list[Flowable]:
    sheet = styles()
    width = doc.body_width
    story: list[Flowable] = title_block(data, width, [])

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
    story += [p(line, sheet.body) for line in data.summary]

    story += section("What happened, in our words", sheet)
    story.append(text_paragraph(data.narrative or "(No narrative written.)", sheet.body))

    story += section("Threats by kind", sheet)
    if data.threats:
        rows: list[list[Flowable | str]] = [
            [
                p("Kind", sheet.header_cell),
                p("Count", sheet.header_cell),
                p("Contacts", sheet.header_cell),
            ]
        ]
        for group in data.threats:
            rows.append(
                [
                    p(group.title, sheet.cell_bold),
                    p(str(len(group.contact_ids)), sheet.cell),
                    p(contact_refs(data, group.contact_ids), sheet.cell),
                ]
            )
        story.append(grid(rows, [width * 0.36, width * 0.1, width * 0.54]))
    else:
        story.append(p("No threat is flagged in the log.", sheet.muted))

    story += section("Public posts", sheet)
    if data.public_posts:
        rows = [
            [
                p("Platform", sheet.header_cell),
                p("URL and handle", sheet.header_cell),
                p("Posted / captured", sheet.header_cell),
                p("Exhibits", sheet.header_cell),
            ]
        ]
        for post in data.public_posts:
            rows.append(
                [
                    p(post.platform or "—", sheet.cell_bold),
                    [
                        p(post.url or "(address not recorded)", sheet.cell),
                        p(f"Handle: {post.handle or 'not recorded'}", sheet.cell_small),
                    ],
                    p(
                        f"Posted {when(post.occurred_at)}; captured "
                        f"{when(post.captured_at) if post.captured_at else 'not recorded'}",
                        sheet.cell_small,
                    ),
                    p(", ".join(str(n) for n in post.exhibits) or "—", sheet.cell),
                ]
            )
        story.append(grid(rows, [width * 0.16, width * 0.44, width * 0.28, width * 0.12]))
        for post in data.public_posts:
            if post.text.strip():
                contact = data.contact(post.contact_id)
                if contact is not None:
                    story += contact_block(contact, sheet)
    else:
        story.append(p("No public post or review by the customer is logged.", sheet.muted))

    story += section("Harassment of other customers", sheet)
    if data.harassment_of_others:
        for contact_id in data.harassment_of_others:
            contact = data.contact(contact_id)
            if contact is not None:
                story += contact_block(contact, sheet)
    else:
        story.append(p("None is logged.", sheet.muted))

    story += section("Actions taken", sheet)
    if data.actions:
        rows = [
            [
                p("When", sheet.header_cell),
                p("Action", sheet.header_cell),
                p("Reference", sheet.header_cell),
                p("By / note", sheet.header_cell),
            ]
        ]
        for action in data.actions:
            facts = "; ".join(f"{k}: {v}" for k, v in action.details.items() if k != "sha256")
            note = " — ".join(x for x in (action.by, action.note, facts) if x)
            rows.append(
                [
                    p(when(action.occurred_at), sheet.cell),
                    p(action_label(action.kind), sheet.cell_bold),
                    p(action.reference or "—", sheet.cell),
                    p(note or "—", sheet.cell_small),
                ]
            )
        story.append(grid(rows, [width * 0.2, width * 0.2, width * 0.25, width * 0.35]))
    else:
        story.append(p("No blocks, reports or other actions are recorded yet.", sheet.muted))

    story += integrity_section(data, width)
    story += redactions_section(data, width)
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
    if data.exhibits:  # the index already says when there are none; no empty page for them
        story += [PageBreak()]
        story += section("Exhibits", sheet)
        story += exhibit_pages(data, width, doc.body_height, tick)
    return story


def _timeliness(data: PacketData) -> str:
    """Says plainly which contacts were entered late, so nobody certifies more than is true."""
    late = [c for c in data.contacts if c.logged_late]
    if not late:
        return "Each was entered into Steady within two days of when it happened."
    listed = ", ".join(
        f"#{c.id} (happened {c.occurred_at:%Y-%m-%d}, entered {c.logged_at:%Y-%m-%d})"
        for c in late[:20]
    )
    more = f" and {len(late) - 20} more" if len(late) > 20 else ""
    on_time = len(data.contacts) - len(late)
    opening = (
        f"None of the {len(data.contacts)} contacts was entered within two days of when it "
        "happened."
        if on_time == 0
        else f"{on_time} of the {len(data.contacts)} contacts were entered within two days of "
        "when they happened."
    )
    return (
        f"{opening} These {len(late)} were entered later, from saved messages, files or notes: "
        f"{listed}{more}."
    )


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
        "record-keeping application. " + _timeliness(data),
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
