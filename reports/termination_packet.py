"""The termination packet: why the business is ending the relationship, with the letter."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.core.domain import Direction
from app.core.money import money_text
from app.packets.contact_data import PacketContact
from app.packets.contacts import EXAMPLES_RULE
from app.packets.customer_quote import (
    cut_around,
    cut_at_word,
    flagged_words,
    forwarders,
    quote_in_short,
)
from app.packets.data import PacketData
from app.packets.late_entries import with_entered
from reports.action_sections import actions_section
from reports.bidi_order import isolated
from reports.blocks import (
    Tick,
    grid,
    keep,
    p,
    section,
    signature_block,
    subsection,
    when,
)
from reports.charts import severity_chart, volume_chart
from reports.contact_sections import contact_log, contact_refs, examples_section
from reports.exhibit_sections import exhibit_index, exhibit_pages
from reports.integrity_sections import integrity_section, redactions_section
from reports.page import PacketDocument
from reports.policy_sections import policies_section
from reports.quoting import said_in_cell
from reports.sections import summary_section, title_block
from reports.styles import styles
from reports.termination_letter import letter_page
from reports.unicode_text import text_paragraph
from reports.withdrawn_sections import (
    withdrawn_contacts_section,
    withdrawn_files_note,
    withdrawn_files_section,
)


def termination_story(data: PacketData, doc: PacketDocument, tick: Tick) -> list[Flowable]:
    sheet = styles()
    width = doc.body_width
    terms = data.termination
    extra = []
    if terms is not None:
        extra.append(("Account closed as of", f"{terms.closed_as_of:%Y-%m-%d}"))
        extra.append(("Refund", money_text(terms.refund, data.business.currency_symbol)))
    story: list[Flowable] = title_block(data, width, extra)
    story += summary_section(data, "Summary")

    story += section("Grounds to end the relationship", sheet)
    if not data.grounds:
        story.append(p("No assessment of the grounds was available.", sheet.muted))
    for ground in data.grounds:
        mark = "MET" if ground.met else "not met"
        story += subsection(f"{ground.title} — {mark}", sheet, toc=False)
        story.append(p(ground.reason, sheet.body))
        if ground.met and ground.contact_ids:
            shown, rest = _worst_first(data, ground.contact_ids)
            story.append(_contact_table(data, shown, width))
            if rest:
                story.append(
                    p(
                        f"And {len(rest)} more, in full in Appendix A: " + contact_refs(data, rest),
                        sheet.small,
                    )
                )
    if data.signs:
        story += subsection("Other signs in the log", sheet)
        for sign in data.signs:
            # A reason may end with a note or a quote in Arabic: isolated, it keeps the day and
            # the contact numbers after it at the end of the line, where a reader looks.
            story.append(
                p(
                    f"• {sign.title}: {isolated(sign.reason)} — "
                    + contact_refs(data, sign.contact_ids),
                    sheet.small,
                )
            )

    story += section("Contact volume and escalation", sheet)
    if data.monthly:
        story.append(
            keep(
                p("Messages per month from the customer, against the average customer", sheet.h3),
                volume_chart(data.monthly, width, "Average of the other customers"),
                p(baseline_words(data), sheet.muted),
            )
        )
    story.append(Spacer(1, 6))
    story.append(
        keep(
            p("Severity of each message from the customer, over time", sheet.h3),
            severity_chart(data.severity, width),
        )
    )

    story += section("Examples of inappropriate language", sheet)
    story.append(p(examples_note(data), sheet.muted))
    story += examples_section(data, data.examples)

    story += section("Warnings given", sheet)
    if data.warnings:
        rows: list[list[Flowable | str]] = [
            [p("When", sheet.header_cell), p("Warning", sheet.header_cell)]
        ]
        for warning in data.warnings:
            rows.append(
                [
                    p(
                        with_entered(
                            when(warning.occurred_at), warning.occurred_at, warning.entered_at
                        ),
                        sheet.cell,
                    ),
                    text_paragraph(
                        warning.text + (f" (by {warning.by})" if warning.by else ""), sheet.cell
                    ),
                ]
            )
        story.append(grid(rows, [width * 0.25, width * 0.75]))
    else:
        story.append(p("No warning is recorded in the log.", sheet.muted))

    story += actions_section(data, width)

    story += policies_section(data, width)

    if terms is not None:
        story += letter_page(data, terms, doc)

    story += section("Approval and sign-off", sheet)
    story.append(
        p(
            "The people below have read this packet and approve ending the relationship "
            "on the terms above.",
            sheet.body,
        )
    )
    story.append(
        keep(
            p("Prepared by", sheet.h3),
            signature_block(["Name", "Role", "Signature", "Date"], width),
            Spacer(1, 10),
            p("Approved by", sheet.h3),
            signature_block(["Name", "Role", "Signature", "Date"], width),
        )
    )

    story += redactions_section(data, width)
    story += integrity_section(data, width)
    # The customer's side must see what the owner took back from the log, when and why.
    story += withdrawn_contacts_section(data)
    # A contact's entry says a file was taken from it: the reader must be able to check which.
    story += withdrawn_files_section(data)

    story += [PageBreak()]
    story += section("Appendix A — Full contact log", sheet)
    story.append(
        p(
            f"All {len(data.contacts)} contacts in the period, oldest first; the customer's "
            "words and the business's replies exactly as logged.",
            sheet.muted,
        )
    )
    story += contact_log(data, data.contacts, tick)
    story += [PageBreak()]
    story += section("Appendix B — Exhibits", sheet)
    story += exhibit_index(data, width)
    story += withdrawn_files_note(data)
    story += exhibit_pages(data, width, doc.body_height, tick, after_heading=False)
    return story


def _said(contact: PacketContact, forwarder: str) -> str:
    """What a contact said, in a ground's table: the customer's own words around what it is
    flagged for (customer_quote), a note as its writer's, a reply by its summary."""
    if contact.direction is not Direction.INBOUND or not contact.text.strip():
        return cut_at_word(contact.summary or contact.text, 300, IN_FULL)
    if not contact.is_customers_words:
        return cut_around(contact.seen_text, 300, flagged_words(contact), IN_FULL)
    quote = quote_in_short(contact, 300, forwarder)
    whole = quote.words == " ".join(contact.text.split())
    return quote.quoted() + ("" if whole else " (in full in Appendix A)")


IN_FULL = "… (in full in Appendix A)"


def _contact_table(data: PacketData, contact_ids: tuple[int, ...], width: float) -> Flowable:
    sheet = styles()
    rows: list[list[Flowable | str]] = [
        [
            p("When", sheet.header_cell),
            p("Contact", sheet.header_cell),
            p("What was said", sheet.header_cell),
        ]
    ]
    sent = forwarders(data.exhibits)
    for contact_id in contact_ids:
        contact = data.contact(contact_id)
        if contact is None:
            continue
        said = said_in_cell(contact, _said(contact, sent.get(contact.id, "")))
        rows.append(
            [
                p(when(contact.occurred_at, contact.zone), sheet.cell),
                p(f"#{contact.id} · {contact.channel.label}", sheet.cell),
                text_paragraph(said, sheet.cell),
            ]
        )
    return grid(rows, [width * 0.2, width * 0.17, width * 0.63])


def examples_note(data: PacketData) -> str:
    """Who chose the examples, truthfully, and on what rule."""
    if data.examples_chosen_by == "owner":
        return (
            "Chosen by the owner from the log. The customer's written words are quoted "
            "exactly as received; a note of a call is labelled as the staff member's note."
        )
    return (
        f"Chosen by Steady: {EXAMPLES_RULE}. The owner can change the choice before printing. "
        "Each is quoted exactly as received."
    )


def baseline_words(data: PacketData) -> str:
    """What the chart compares with, and the months it shows: nothing left unsaid."""
    base = data.baseline
    if base is None or not base.first_month:
        return ""
    shown = f"{_month(base.first_month)} to {_month(base.last_month)}"
    if base.other_customers == 0:
        return f"Months shown: {shown}, the whole period of this packet. No other customer is in Steady to compare with."
    return (
        f"Months shown: {shown}, the whole period of this packet. The grey bars are the average "
        f"over the {base.other_customers} other customer{'s' if base.other_customers != 1 else ''} "
        "in Steady (their messages that month divided by their number; this customer is not "
        "counted). Steady holds mainly customers who needed recording, so this average is "
        "likely higher than a typical customer's."
    )


def _month(key: str) -> str:
    year, month = key.split("-")
    return f"{date(int(year), int(month), 1):%b %Y}"


GROUND_ROWS = 10  # contacts quoted under a ground; the rest are listed by day


def _worst_first(
    data: PacketData, contact_ids: tuple[int, ...]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The worst contacts under a ground (in date order), and the rest."""
    known = [c for i in contact_ids if (c := data.contact(i)) is not None]
    worst = sorted(known, key=lambda c: (-c.severity, c.occurred_at))[:GROUND_ROWS]
    shown = {c.id for c in worst}
    return (
        tuple(c.id for c in known if c.id in shown),
        tuple(c.id for c in known if c.id not in shown),
    )
