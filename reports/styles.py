"""Every paragraph style, colour and size used on paper, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from reports.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

INK = colors.HexColor("#1d232b")
MUTED = colors.HexColor("#5a6470")
RULE = colors.HexColor("#c7ced6")
SHADE = colors.HexColor("#eef1f4")
ACCENT = colors.HexColor("#2f5d7c")
ALERT = colors.HexColor("#9b2c2c")
QUOTE_BAR = colors.HexColor("#8aa1b4")

MARGIN = 18 * mm
FOOTER_SPACE = 16 * mm + 22
FOOTER_TEXT_Y = 16 * mm  # the lowest line, descenders included, stays 15 mm clear

PAPER = {"A4": A4, "Letter": LETTER}


def page_size(name: str) -> tuple[float, float]:
    """ "A4" or "Letter", in any case; anything else is A4."""
    wanted = name.strip().lower()
    return next((size for key, size in PAPER.items() if key.lower() == wanted), A4)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    quote: ParagraphStyle
    letter: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_quote: ParagraphStyle
    mono: ParagraphStyle
    hash: ParagraphStyle
    header_cell: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle
    letterhead_name: ParagraphStyle
    letterhead_line: ParagraphStyle
    alert: ParagraphStyle
    signature_label: ParagraphStyle
    center_small: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.5,
        leading=13,
        textColor=INK,
        spaceAfter=5,
        # An address too long for its line breaks after a "/" rather than inside a name.
        uriWasteReduce=0.3,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    h1 = ParagraphStyle(
        "h1",
        parent=body,
        fontName=SANS_BOLD,
        fontSize=15,
        leading=19,
        textColor=ACCENT,
        spaceBefore=4,
        spaceAfter=8,
        keepWithNext=1,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=22, leading=27, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, textColor=MUTED, spaceAfter=14
        ),
        h1=h1,
        h2=ParagraphStyle(
            "h2",
            parent=h1,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=5,
        ),
        h3=ParagraphStyle(
            "h3", parent=h1, fontSize=9.5, leading=13, textColor=INK, spaceBefore=6, spaceAfter=3
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        muted=ParagraphStyle("muted", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        quote=ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=10,
            borderPadding=(2, 0, 2, 6),
            spaceBefore=2,
            spaceAfter=6,
        ),
        letter=ParagraphStyle("letter", parent=body, fontSize=10.5, leading=15, spaceAfter=0),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=7, leading=8.5, textColor=MUTED
        ),
        cell_quote=ParagraphStyle("cell_quote", parent=cell),
        mono=ParagraphStyle(
            "mono", parent=body, fontName=MONO, fontSize=7.5, leading=9.5, spaceAfter=2
        ),
        # A SHA-256 on one line in the exhibit index (64 characters of 6.5 pt mono ≈ 250 pt).
        hash=ParagraphStyle(
            "hash", parent=body, fontName=MONO, fontSize=6.5, leading=8.5, spaceAfter=0
        ),
        header_cell=ParagraphStyle(
            "header_cell", parent=cell, fontName=SANS_BOLD, textColor=colors.white
        ),
        toc1=ParagraphStyle(
            "toc1", parent=body, fontName=SANS_BOLD, fontSize=10, leading=15, leftIndent=0
        ),
        toc2=ParagraphStyle("toc2", parent=body, fontSize=9, leading=12, leftIndent=14),
        letterhead_name=ParagraphStyle(
            "letterhead_name", parent=body, fontName=SANS_BOLD, fontSize=13, leading=16
        ),
        letterhead_line=ParagraphStyle(
            "letterhead_line", parent=body, fontSize=8, leading=10, textColor=MUTED, spaceAfter=0
        ),
        alert=ParagraphStyle("alert", parent=body, textColor=ALERT, fontName=SANS_BOLD),
        signature_label=ParagraphStyle(
            "signature_label", parent=cell, fontSize=7.5, textColor=MUTED, alignment=TA_LEFT
        ),
        center_small=ParagraphStyle(
            "center_small", parent=cell, alignment=TA_CENTER, textColor=MUTED
        ),
    )


ITALIC = SANS_ITALIC
RIGHT = TA_RIGHT
