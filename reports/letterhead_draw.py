"""The letterhead on a packet's or letter's first page, and the running head on the others.

The business's name and address are on the left, the document's title, number and generated
time on the right. The left column is as wide as the right one leaves free; the letterhead
grows downwards with the address, never into the title (reports/letterhead_fit.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.utils import ImageReader

from reports.fonts import SANS, SANS_BOLD, register_fonts
from reports.letterhead_fit import FittedName, cut, fit_address, fit_name, text_width
from reports.script_layout import draw_text_line
from reports.styles import ACCENT, INK, MARGIN, MUTED, RULE

MM = 2.8346
MIN_SPACE = 40 * MM  # the least room a first page gives its letterhead, from the paper's top
GAP = 14.0  # between the business's column and the title's
LINE = 10.0  # address line spacing (8 pt type)
LOGO_HEIGHT = 22 * MM
LOGO_WIDTH = 40 * MM


@dataclass(frozen=True)
class Logo:
    image: Any
    width: float
    height: float


@dataclass(frozen=True)
class HeadLayout:
    """Where everything on the first page's letterhead goes, worked out once per document."""

    logo: Logo | None
    name: FittedName
    details: tuple[str, ...]  # address lines, then phone · email, each cut to the column
    right: tuple[tuple[str, str, float, str], ...]  # (text, font, size, colour name)
    space: float  # from the paper's top edge to just below the rule

    @property
    def rule_below_top(self) -> float:
        return self.space - MARGIN - 4


def _logo(data: bytes | None) -> Logo | None:
    if not data:
        return None
    try:
        image = ImageReader(io.BytesIO(data))
        w, h = image.getSize()
    except OSError:
        return None
    scale = min(LOGO_HEIGHT / h, LOGO_WIDTH / w)
    return Logo(image, w * scale, h * scale)


def head_layout(head: Any, page_width: float, generated: str) -> HeadLayout:
    """head: a reports.page.Letterhead, whose footer words are the document's language."""
    register_fonts()
    words = head.footer
    made = words.generated[:1].upper() + words.generated[1:]  # "Generated", "Erstellt am"
    right: tuple[tuple[str, str, float, str], ...] = (
        (head.document, SANS_BOLD, 10.0, "accent"),
        (f"{words.number} {head.number}", SANS, 8.0, "muted"),
        (f"{made} {generated}", SANS, 8.0, "muted"),
    )
    body = page_width - 2 * MARGIN
    # The title's column never takes more than half the width; a longer title is cut.
    right_width = min(max(text_width(t, f, s) for t, f, s, _ in right), body / 2)
    right = tuple((cut(t, f, s, right_width), f, s, c) for t, f, s, c in right)
    logo = _logo(head.logo)
    left = body - right_width - GAP - (logo.width + 8 if logo else 0)
    name = fit_name(head.business, SANS_BOLD, left)
    contact = " · ".join(p for p in (head.phone, head.email) if p)
    lines = [*fit_address(head.address_lines), contact]
    details = tuple(cut(line, SANS, 8, left) for line in lines if line.strip())
    # Baselines below the top margin: the name's first at its size less a point, the address
    # 12 points under the name's last, then every LINE; 6 points under the last for descenders.
    name_bottom = name.size - 1 + name.leading * (len(name.lines) - 1)
    text_bottom = name_bottom + 12 + LINE * (len(details) - 1) + 6 if details else name_bottom + 6
    logo_bottom = logo.height + 4 if logo else 0.0
    below_top = max(text_bottom, logo_bottom, 34 + 6)
    space = max(MIN_SPACE, MARGIN + below_top + 4)
    return HeadLayout(logo, name, details, right, space)


def draw_first(canvas: Any, layout: HeadLayout, page_width: float, page_height: float) -> None:
    top = page_height - MARGIN
    x = MARGIN
    if layout.logo is not None:
        logo = layout.logo
        canvas.drawImage(logo.image, x, top - logo.height, logo.width, logo.height, mask="auto")
        x += logo.width + 8
    canvas.saveState()
    canvas.setFillColor(INK)
    name = layout.name
    y = top - (name.size - 1)
    for line in name.lines:
        canvas.setFont(SANS_BOLD, name.size)
        draw_text_line(canvas, line, x, y, SANS_BOLD, name.size)
        y -= name.leading
    y += name.leading - 12
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    for line in layout.details:
        draw_text_line(canvas, line, x, y, SANS, 8)
        y -= LINE
    colours = {"accent": ACCENT, "muted": MUTED}
    for (text, font, size, colour), below in zip(layout.right, (12, 24, 34), strict=True):
        canvas.setFillColor(colours[colour])
        canvas.setFont(font, size)
        canvas.drawRightString(page_width - MARGIN, top - below, text)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    rule_y = page_height - layout.space + 4
    canvas.line(MARGIN, rule_y, page_width - MARGIN, rule_y)
    canvas.restoreState()


def draw_running_head(canvas: Any, head: Any, page_width: float, page_height: float) -> None:
    """One line: the business's name, cut where the document's title and number begin."""
    y = page_height - MARGIN + 2
    right = f"{head.document} · {head.footer.number} {head.number}"
    body = page_width - 2 * MARGIN
    right = cut(right, SANS, 8, body * 0.6)
    room = body - text_width(right, SANS, 8) - GAP
    canvas.saveState()
    canvas.setFont(SANS_BOLD, 8)
    canvas.setFillColor(INK)
    draw_text_line(canvas, cut(head.business, SANS_BOLD, 8, room), MARGIN, y, SANS_BOLD, 8)
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(page_width - MARGIN, y, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - 4, page_width - MARGIN, y - 4)
    canvas.restoreState()
