"""The legal referral's first page after the cover: everything a judge or an officer needs
at a glance — the parties, the period, counts by kind, the three worst quotes with their
exhibits, the reports already made, and what the owner asks for."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.packets.customer_quote import forwarders
from app.packets.data import PacketData
from app.packets.legal_case import (
    counts_by_category,
    reports_made,
    unreviewed_counts,
    worst_quotes,
)
from app.packets.summary import left_out_words, not_reviewed, period_words, plural
from app.packets.wording import severity_words
from reports.action_sections import action_label
from reports.bidi_order import isolated
from reports.blocks import day, grid, key_values, p, section
from reports.quoting import words_in_short
from reports.repeat_sections import repeats_summary
from reports.styles import styles
from reports.unicode_text import text_paragraph


def summary_page(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    customer = data.customer
    business = data.business
    inbound = [c for c in data.contacts if c.direction.value == "inbound"]
    subject = ", ".join(
        x
        for x in (
            customer.name,
            customer.account_ref and f"account {customer.account_ref}",
            ", ".join(customer.emails),
        )
        if x
    ) + "".join(f". {line}" for line in customer.earlier)
    complainant = ", ".join(x for x in (business.name, business.owner_name) if x)
    period = period_words(data)
    left_out = left_out_words(data)
    story = section("Summary for the reader", sheet)
    story.append(
        key_values(
            [
                ("Reported by", complainant),
                ("About", subject),
                ("Period", period + (f". {left_out}" if left_out else "")),
                (
                    "Contacts",
                    f"{plural(len(inbound), 'message')} from the customer, "
                    f"{plural(len(data.contacts) - len(inbound), 'reply', 'replies')} from the "
                    f"business, {plural(len(data.exhibits), 'exhibit')}",
                ),
            ],
            width,
            sheet,
        )
    )
    counts = counts_by_category(data)
    if counts:
        story.append(Spacer(1, 6))
        rows: list[list[Flowable | str]] = [
            [
                p("What the customer's contacts are flagged as", sheet.header_cell),
                p("Contacts", sheet.header_cell),
            ]
        ]
        unreviewed = unreviewed_counts(data)
        rows += [
            [
                p(
                    c.label + (f" ({mark})" if (mark := not_reviewed(unreviewed[c], n)) else ""),
                    sheet.cell,
                ),
                p(str(n), sheet.cell),
            ]
            for c, n in counts
        ]
        story.append(grid(rows, [width * 0.8, width * 0.2]))
    worst = worst_quotes(data)
    if worst:
        story.append(p("The worst of what the customer wrote", sheet.h3))
        sent = forwarders(data.exhibits)
        for contact in worst:
            where = (
                "Exhibit " + ", ".join(str(n) for n in contact.exhibits)
                if contact.exhibits
                else f"contact #{contact.id} in the log"
            )
            story.append(
                p(
                    f"{day(contact.occurred_at)}, {contact.channel.label.lower()}, "
                    f"{severity_words(contact, str(contact.severity))} ({where}):",
                    sheet.small,
                )
            )
            story += words_in_short(contact, forwarder=sent.get(contact.id, ""))
    story += repeats_summary(data, (c.id for c in worst))
    reports = reports_made(data)
    story.append(p("Reports already made", sheet.h3))
    if reports:
        story += [
            p(
                f"{day(a.occurred_at)}: {action_label(a.kind)}"
                + (f", reference {isolated(a.reference)}" if a.reference else "")
                + (f" ({isolated(a.details['platform'])})" if a.details.get("platform") else ""),
                sheet.small,
            )
            for a in reports
        ]
    else:
        story.append(p("No police or platform report is recorded yet.", sheet.small))
    story.append(p("What the business asks for", sheet.h3))
    story.append(text_paragraph(data.purpose or "—", sheet.body))
    story.append(PageBreak())
    return story
