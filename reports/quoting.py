"""Whose words a packet prints, on paper: the customer's written words in quotation marks or
under the quote bar, a note under the name of whoever wrote it down (never as a quote), and a
correction shown right where the corrected words are.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from app.core.domain import Category
from app.importing.suggest import CATEGORY_SEVERITY, Suggestion, suggest_categories
from app.packets.contact_data import HIDDEN, PacketContact, TextBlock, quoted_from
from app.packets.drafts import cut_at_word
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


HIDDEN_HEADING = (
    "Text hidden from the reader by the mail's own styling (white on white, a tiny font, "
    "display:none…); whoever opened the mail did not see it:"
)


def _line_of(block: TextBlock) -> str:
    return HIDDEN_HEADING if block.kind == HIDDEN else block.line


# Where a sentence ends: the flagged clause is quoted from the start of its sentence.
_SENTENCE_END = re.compile(r"[.!?。！？…][\"”’')\]]*\s+|[。！？]")


def _worst_flag(contact: PacketContact) -> Suggestion | None:
    """The suggestion that made the contact its worst flag (the words found again), or None
    when none of its flags is a threat or abuse the words show."""
    flags = [c for c in contact.categories if c.is_threat or c is Category.ABUSE]
    if not flags:
        return None
    found = {s.category: s for s in suggest_categories(contact.text) if s.words}
    for category in sorted(flags, key=lambda c: -CATEGORY_SEVERITY.get(c, 1)):
        if category in found:
            return found[category]
    return None


def _flagged_words(contact: PacketContact) -> str:
    flag = _worst_flag(contact)
    return flag.words[0] if flag is not None and not flag.hidden_only else ""


def in_short(contact: PacketContact, limit: int = 300) -> str:
    """The text cut to about `limit` characters: from its start, or, when the words it is
    flagged for lie beyond that, from the start of their sentence ("…If I do not hear from you
    today, I will burn your shop down tonight."), so a long polite paragraph written first
    never keeps a threat out of the quote. Of a mail with two versions, the one holding the
    words (see PacketContact.quoted_block); never Steady's line between them."""
    return _in_short(contact, limit)[0]


def _in_short(contact: PacketContact, limit: int) -> tuple[str, TextBlock]:
    many = sum(1 for block in contact.blocks if block.kind != HIDDEN) > 1
    words = _flagged_words(contact) if many else ""
    block = contact.quoted_block(words)
    return _cut(block.words, limit, words, contact), block


def _cut(text: str, limit: int, words: str, contact: PacketContact) -> str:
    cut = cut_at_word(text, limit)
    if cut == text:
        return cut
    words = words or _flagged_words(contact)
    if not words:
        return cut
    flat = " ".join(text.split())
    needle = " ".join(words.split()).casefold()
    at = flat.casefold().find(needle)
    if at < 0 or needle in " ".join(cut.split()).casefold():
        return cut
    # The start of the words' sentence, unless it began far before them: then a few words.
    start = max((m.end() for m in _SENTENCE_END.finditer(flat, 0, at)), default=0)
    if at - start > limit // 3:
        start = flat.find(" ", at - limit // 3, at) + 1 or at
    return ("…" if start else "") + cut_at_word(flat[start:], limit - 1)


def words_in_short(contact: PacketContact, limit: int = 300) -> list[Flowable]:
    """A contact's text cut to `limit` (see in_short): in quotation marks only when the
    customer wrote it."""
    sheet = styles()
    words, block = _in_short(contact, limit)
    if contact.is_customers_words:
        story = [text_paragraph(f"“{words}”", sheet.quote)]
        source = quoted_from(contact.blocks, block)
        if source:
            story.append(text_paragraph(source, sheet.muted))
        story += hidden_flag_lines(contact)
    else:
        story = [text_paragraph(f"{contact.note_label}: {words}", sheet.small)]
    return story + correction_lines(contact)


def hidden_flag_lines(contact: PacketContact) -> list[Flowable]:
    """When the contact's worst flag is for words its mail hid from the reader, Steady says so
    beside the quote of what the mail showed, naming them as hidden, never inside the quote."""
    flag = _worst_flag(contact)
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
