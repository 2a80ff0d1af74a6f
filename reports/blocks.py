"""Small building blocks every packet section uses: times and sizes in words, paragraphs,
grids, headings that go into the contents, signature lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Table,
    TableStyle,
)

from app.core.clock import in_recorded_zone, shown_time, stamped
from reports.bidi_order import without_marks
from reports.page import Heading
from reports.styles import ACCENT, INK, RULE, SHADE, Styles, styles
from reports.unicode_text import (
    TextParagraph,
    needs_own_layout,
    plain_markup,
    text_paragraph,
)

Tick = Callable[[str], None]


def when(moment: datetime | None, zone: str = "") -> str:
    """A time with the zone it is shown in: `zone` ("-05:00") or the one it was logged in
    when given, else the owner's."""
    if moment is None:
        return "—"
    return stamped(in_recorded_zone(moment, zone) if zone else moment)


def day(moment: datetime | None) -> str:
    return f"{shown_time(moment):%Y-%m-%d}" if moment else "—"


def p(text: str, style: object) -> Flowable:
    """A paragraph of Steady's own words (escaped, fonts chosen); words quoted in it in a
    script that needs shaping (a name in Devanagari) are laid out as customer text is, in a
    line that reads left to right like the rest of the packet; the customer's or the owner's
    words in it marked with isolated() never reorder it."""
    if needs_own_layout(text):
        return text_paragraph(text, style, base="L")  # type: ignore[arg-type]
    return TextParagraph(plain_markup(without_marks(text), style.fontName), style)  # type: ignore[attr-defined]


def grid(
    rows: list[list[Flowable | str]],
    widths: list[float],
    header: bool = True,
    zebra: bool = True,
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, SHADE]))
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Iterable[tuple[str, str]], width: float, sheet: Styles) -> Table:
    rows: list[list[Flowable | str]] = [
        [p(key, sheet.cell_bold), p(value, sheet.cell)] for key, value in pairs
    ]
    return grid(rows, [width * 0.28, width * 0.72], header=False, zebra=False)


def section(title: str, sheet: Styles) -> list[Flowable]:
    """A numbered-looking section start that never sits alone at the foot of a page."""
    return [CondPageBreak(90), Heading(title, sheet.h1, level=0)]


def subsection(title: str, sheet: Styles, toc: bool = True) -> list[Flowable]:
    return [CondPageBreak(60), Heading(title, sheet.h2, level=1, toc=toc)]


def signature_block(labels: list[str], width: float) -> Table:
    """Blanks to sign on paper: a line for each label, with room to write."""
    sheet = styles()
    rows = [[p(label, sheet.signature_label), ""] for label in labels]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], rowHeights=[26] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))
