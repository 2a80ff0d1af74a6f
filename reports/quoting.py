"""Whose words a packet prints, on paper: the customer's written words in quotation marks or
under the quote bar, a note under the name of whoever wrote it down (never as a quote), and a
correction shown right where the corrected words are.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.packets.contact_data import HIDDEN, PacketContact, TextBlock, quoted_from
from app.packets.customer_quote import (
    customer_quote,
    cut_around,
    flagged_words,
    quote_in_short,
    worst_flag,
)
from app.packets.wording import correction_note
from reports.blocks import p
from reports.styles import QUOTE_BAR, styles
from reports.unicode_text import text_paragraph


class QuoteBar(Flowable):
    """A quote with a rule down its left side, splitting across pages like its paragraph."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth - 8, availHeight)
        self.width += 8
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [QuoteBar(part) for part in self.inner.split(availWidth - 8, availHeight)]

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(QUOTE_BAR)
        self.canv.setLineWidth(1.6)
        self.canv.line(2, 0, 2, self.height)
        self.canv.restoreState()
        self.inner.drawOn(self.canv, 8, 0)

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())


def words_of(contact: PacketContact, quote_style: object = None) -> list[Flowable]:
    """A contact's whole text: the customer's written words under the quote bar, a note under
    its writer's name, then the correction if there was one."""
    sheet = styles()
    story: list[Flowable] = []
    if contact.text.strip() and contact.is_staff_note:
        story.append(p(contact.note_label + ":", sheet.muted))
        story.append(text_paragraph(contact.text, sheet.small))
    elif contact.text.strip():
        # Steady's lines between a mail's versions are Steady's, never under the quote bar.
        for block in contact.blocks:
            if block.line:
                story.append(text_paragraph(_line_of(block), sheet.muted))
            quote = text_paragraph(block.words, quote_style or sheet.quote)  # type: ignore[arg-type]
            story.append(QuoteBar(quote))
    return story + correction_lines(contact)


def own_words_of(contact: PacketContact, quote_style: object = None) -> list[Flowable]:
    """The customer's own words under the quote bar, Steady's notes of what it left out (an
    earlier message it quotes, a shown text file, a forwarder's note) outside it; a text that
    is all theirs, or a note, as words_of prints it."""
    if not contact.is_customers_words or not contact.text.strip():
        return words_of(contact, quote_style)
    quote = customer_quote(contact)
    if quote.words == " ".join(contact.text.split()):
        return words_of(contact, quote_style)
    sheet = styles()
    story: list[Flowable] = []
    if quote.before:
        story.append(text_paragraph(quote.before, sheet.muted))
    story.append(QuoteBar(text_paragraph(quote.words, quote_style or sheet.quote)))  # type: ignore[arg-type]
    source = quoted_from(contact.blocks, quote.block)
    notes = " ".join(note for note in (quote.after, source) if note)
    story.append(
        text_paragraph(f"{notes} The whole text is in the chronological log.", sheet.muted)
    )
    return story + correction_lines(contact)


HIDDEN_HEADING = (
    "Text hidden from the reader by the mail's own styling (white on white, a tiny font, "
    "display:none…); whoever opened the mail did not see it:"
)


def _line_of(block: TextBlock) -> str:
    return HIDDEN_HEADING if block.kind == HIDDEN else block.line


def in_short(contact: PacketContact, limit: int = 300, forwarder: str = "") -> str:
    """The customer's own words cut to about `limit` characters around what the contact is
    flagged for, with Steady's notes outside the quotation marks (customer_quote)."""
    return quote_in_short(contact, limit, forwarder).quoted()


def words_in_short(contact: PacketContact, limit: int = 300, forwarder: str = "") -> list[Flowable]:
    """A contact's text cut to `limit` (see in_short): in quotation marks only when the
    customer wrote it, and then only their own words."""
    sheet = styles()
    if contact.is_customers_words:
        quote = quote_in_short(contact, limit, forwarder)
        story = [text_paragraph(quote.quoted(), sheet.quote)]
        source = quoted_from(contact.blocks, quote.block)
        if source:
            story.append(text_paragraph(source, sheet.muted))
        story += hidden_flag_lines(contact)
    else:
        words = cut_around(contact.seen_text, limit, flagged_words(contact))
        story = [text_paragraph(f"{contact.note_label}: {words}", sheet.small)]
    return story + correction_lines(contact)


def hidden_flag_lines(contact: PacketContact) -> list[Flowable]:
    """When the contact's worst flag is for words its mail hid from the reader, Steady says so
    beside the quote of what the mail showed, naming them as hidden, never inside the quote."""
    flag = worst_flag(contact)
    if flag is None or not flag.hidden_only:
        return []
    said = ", ".join(f"“{word}”" for word in flag.words)
    return [
        text_paragraph(
            f"Flagged as {flag.category.label.lower()} for words in text the mail hid from "
            f"its reader, not in what it showed: {said}.",
            styles().muted,
        )
    ]


def said_in_cell(contact: PacketContact, said: str) -> str:
    """A table cell's words for a contact: a note named as its writer's, a correction told."""
    if contact.is_staff_note and contact.text.strip():
        said = f"{contact.note_label}: {said}"
    corrected = correction_note(contact)
    return f"{said}\n({corrected})" if corrected else said


def correction_lines(contact: PacketContact | None) -> list[Flowable]:
    """The correction of a contact, said where its words are printed; none when not corrected."""
    if contact is None:
        return []
    corrected = correction_note(contact)
    return [text_paragraph(corrected, styles().muted)] if corrected else []
