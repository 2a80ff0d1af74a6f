"""The termination letter as a page of its own, ready to send: letterhead, date, reference,
the customer's name and address, the subject line, then the letter as the owner approved it.

Nothing internal shares its page: the sign-off for the business's own leadership starts on
the next one.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from app.packets.data import BusinessProfile, PacketData, TerminationTerms
from app.packets.platform_letter_words import letter_footer
from app.packets.termination_words import day_words, moment_words, termination_words
from reports.blocks import p
from reports.letterhead_fit import cut, fit_address, fit_name
from reports.page import Heading, PacketDocument, later_pages
from reports.styles import RULE, styles
from reports.unicode_text import text_paragraph


def letter_head(
    business: BusinessProfile, width: float, name_style: ParagraphStyle, line_style: ParagraphStyle
) -> list[Flowable]:
    """The business's name and address as the letter's head: however long the name or the
    address the owner typed, the head stays a few lines tall (a name of a page's length made
    the whole packet fail)."""
    name = fit_name(business.name, name_style.fontName, width)
    style = ParagraphStyle(
        "fitted_name", parent=name_style, fontSize=name.size, leading=name.leading, spaceAfter=0
    )
    head: list[Flowable] = [p(line, style) for line in name.lines]
    head.append(Spacer(1, name_style.spaceAfter))
    contact = " · ".join(x for x in (business.phone, business.email) if x)
    lines = [*fit_address(business.address_lines), contact]
    font, size = line_style.fontName, line_style.fontSize
    head += [p(cut(line, font, size, width), line_style) for line in lines if line.strip()]
    return head


def letter_page(data: PacketData, terms: TerminationTerms, doc: PacketDocument) -> list[Flowable]:
    sheet = styles()
    width = doc.body_width
    business = data.business
    customer = data.customer
    # The page is the letter itself: its place in the contents and bookmarks comes from a
    # heading too small to print, so no packet heading sits above the letterhead.
    anchor = ParagraphStyle("anchor", parent=sheet.muted, fontSize=0.1, leading=0.1)
    # 12 points clear of the date column beside it.
    head = letter_head(business, width * 0.62 - 12, sheet.letterhead_name, sheet.letterhead_line)
    # The customer reads the whole page in the letter's language, its frame too.
    language = terms.language
    words = termination_words(language)
    dated = [
        p(moment_words(data.generated_at, language), sheet.small),
        p(words.reference.format(number=data.number), sheet.small),
    ]
    if customer.account_ref:
        dated.append(p(words.your_account.format(account=customer.account_ref), sheet.small))
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
    subject = words.subject.format(
        account=f" {customer.account_ref}" if customer.account_ref else "",
        date=day_words(terms.closed_as_of, language),
    )
    # Its running head and footer too: the packet's English words end at its page's edge.
    own_pages = doc.own_words_pages("letter", words.title, letter_footer(language))
    return [
        own_pages,
        PageBreak(),
        # The packet's own contents are in English; they name the letter in its language too.
        Heading(words.bookmark, anchor, level=0, contents=_in_contents(words.bookmark)),
        top,
        Spacer(1, 14),
        *recipient,
        Spacer(1, 12),
        p(words.re.format(subject=subject), sheet.h3),
        Spacer(1, 6),
        text_paragraph(terms.letter, sheet.letter),
        later_pages(),
        PageBreak(),
    ]


def _in_contents(bookmark: str) -> str:
    english = termination_words("en").bookmark
    return english if bookmark == english else f"{english} ({bookmark})"
