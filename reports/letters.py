"""Letters on the business's letterhead: the preservation request, a platform report."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.packets.data import PacketData
from app.packets.platform_letter_words import letter_footer
from reports.blocks import p
from reports.page import Letterhead, PacketDocument, build, later_pages
from reports.styles import styles
from reports.unicode_text import text_paragraph


def letterhead_for(data: PacketData, document: str, language: str = "en") -> Letterhead:
    business = data.business
    return Letterhead(
        business=business.name,
        address_lines=business.address_lines,
        phone=business.phone,
        email=business.email,
        logo=business.logo,
        document=document,
        number=data.number,
        generated_at=data.generated_at,
        footer=letter_footer(language),
    )


def render_letter(
    data: PacketData, title: str, text: str, language: str = "en"
) -> tuple[bytes, int]:
    """One letter, its text exactly as the owner approved it, its page footers in the letter's
    language (`language` as Settings' reply language gives it: "es", "fr", "de"; else English)."""
    sheet = styles()

    def story(doc: PacketDocument) -> list[Flowable]:
        return [later_pages(), p(title, sheet.h1), text_paragraph(text, sheet.letter)]

    return build(letterhead_for(data, title, language), data.paper_size, story, with_contents=False)
