"""The termination letter as a page of its own, ready to send: letterhead, date, reference,
the customer's name and address, the subject line, then the letter as the owner approved it.

Nothing internal shares its page: the sign-off for the business's own leadership starts on
the next one.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.packets.data import PacketData, TerminationTerms
from reports.blocks import p
from reports.page import Heading
from reports.styles import RULE, styles
from reports.unicode_text import text_paragraph


def letter_page(data: PacketData, terms: TerminationTerms, width: float) -> list[Flowable]:
    sheet = styles()
    business = data.business
    customer = data.customer
    # The page is the letter itself: its place in the contents and bookmarks comes from a
    # heading too small to print, so no packet heading sits above the letterhead.
    anchor = ParagraphStyle("anchor", parent=sheet.muted, fontSize=0.1, leading=0.1)
    head: list[Flowable] = [p(business.name, sheet.letterhead_name)]
    head += [p(line, sheet.letterhead_line) for line in business.address_lines]
    contact = " · ".join(x for x in (business.phone, business.email) if x)
    if contact:
        head.append(p(contact, sheet.letterhead_line))
    dated = [
        p(f"{data.generated_at.astimezone():%d %B %Y}".lstrip("0"), sheet.small),
        p(f"Our reference: {data.number}", sheet.small),
    ]
    if customer.account_ref:
        dated.append(p(f"Your account: {customer.account_ref}", sheet.small))
    top = Table([[head, dated]], colWidths=[width * 0.62, width * 0.38], hAlign="LEFT")
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    recipient = [p(customer.name, sheet.body)]
    recipient += [p(email, sheet.body) for email in customer.emails[:1]]
    subject = (
        "Closing your account"
        + (f" {customer.account_ref}" if customer.account_ref else "")
        + f" as of {terms.closed_as_of.day} {terms.closed_as_of:%B %Y}"
    )
    return [
        PageBreak(),
        Heading("Termination letter", anchor, level=0),
        top,
        Spacer(1, 14),
        *recipient,
        Spacer(1, 12),
        p(f"Re: {subject}", sheet.h3),
        Spacer(1, 6),
        text_paragraph(terms.letter, sheet.letter),
        PageBreak(),
    ]
