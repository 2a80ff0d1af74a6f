"""References to pages that are only known once the layout is done: the contents, the Bates
range of an exhibit, links to an exhibit. Each is drawn through the canvas's late text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from reports.late_canvas import PacketCanvas, late_text
from reports.script_layout import ScriptParagraph
from reports.styles import ACCENT, INK, RULE, styles
from reports.unicode_text import needs_own_layout, plain_markup


def bates_prefix(business: str) -> str:
    """ "Lakeside Florist" -> "LF": the initials of the business's name (ASCII, 2-4 letters)."""
    folded = unicodedata.normalize("NFKD", business).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z]+", folded)
    if not words:
        return "DOC"
    if len(words) == 1:
        return words[0][:2].upper()
    return "".join(w[0] for w in words[:4]).upper()


def bates_label(prefix: str, page: int) -> str:
    return f"{prefix}-{page:06d}"


def exhibit_key(label: str) -> str:
    """The link destination of an exhibit ("Exhibit 7" -> "exhibit-7")."""
    return "exhibit-" + re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-").removeprefix(
        "exhibit-"
    )


def exhibit_link(number: int, text: str | None = None) -> str:
    """Paragraph markup: a live link to the first page of exhibit N (already escaped)."""
    label = f"Exhibit {number}"
    shown = plain_markup(text if text is not None else label)
    return f'<a href="#{exhibit_key(label)}" color="#{ACCENT.hexval()[2:]}">{shown}</a>'


def exhibit_links(numbers: Iterable[int]) -> str:
    """ "Exhibit 3, 7": each number its own link."""
    numbers = list(numbers)
    if not numbers:
        return ""
    first = exhibit_link(numbers[0])
    rest = [exhibit_link(n, str(n)) for n in numbers[1:]]
    return ", ".join([first, *rest])


class PageRef(Flowable):
    """The page a heading (or any destination key) landed on, right-aligned, as a link."""

    def __init__(self, key: str, style: Any) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        key = self.key

        def page(canvas: PacketCanvas) -> str:
            found = canvas.first_page(key)
            return str(found) if found else "—"

        baseline = self.height - self.style.fontSize
        late_text(
            self.canv,
            f"page-{key}",
            page,
            self.width,
            baseline,
            self.style.fontName,
            self.style.fontSize,
            INK,
            align="right",
        )
        self.canv.linkRect("", key, (0, 0, self.width, self.height), relative=1)


class BatesRange(Flowable):
    """An exhibit's Bates range ("LF-000012 – LF-000014"), linked to the exhibit."""

    def __init__(self, label: str, style: Any) -> None:
        super().__init__()
        self.label = label
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, float(self.style.leading)
        return self.width, self.height

    def draw(self) -> None:
        key = exhibit_key(self.label)
        prefix = getattr(getattr(self.canv, "_doctemplate", None), "bates", "") or "DOC"

        def bates(canvas: PacketCanvas) -> str:
            first = canvas.first_page(key)
            last = canvas.last_page(key + "-end") or first
            if first is None or last is None:
                return "not in this packet"
            if last == first:
                return bates_label(prefix, first)
            return f"{bates_label(prefix, first)} – {bates_label(prefix, last)}"

        late_text(
            self.canv,
            f"bates-{key}",
            bates,
            0,
            self.height - self.style.fontSize,
            self.style.fontName,
            self.style.fontSize,
            INK,
        )
        self.canv.linkRect("", key, (0, 0, self.width, self.height), relative=1)


class LinkedScriptParagraph(ScriptParagraph):
    """A contents entry with words that need shaping (a customer's name in Devanagari), drawn
    as customer text is and, like the others, a link to its heading."""

    def __init__(self, text: str, style: Any, key: str) -> None:
        super().__init__(text, style, base="L")
        self.key = key

    def draw(self) -> None:
        super().draw()
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class ContentsTable(Flowable):
    """The table of contents: filled from the story's headings before the layout; each
    entry links to its heading and shows the page it landed on."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[int, str, str]] = []
        self._table: Table | None = None

    def fill(self, entries: list[tuple[int, str, str]]) -> None:
        self.entries = entries
        sheet = styles()
        rows = []
        for level, title, key in entries:
            style = sheet.toc1 if level == 0 else sheet.toc2
            rows.append(
                [
                    LinkedScriptParagraph(title, style, key)
                    if needs_own_layout(title)
                    else Paragraph(
                        f'<a href="#{key}">{plain_markup(title, style.fontName)}</a>', style
                    ),
                    PageRef(key, style),
                ]
            )
        if not rows:
            self._table = None
            return
        self._table = Table(rows, colWidths=["*", 40], hAlign="LEFT")
        self._table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE, None, (1, 2)),
                ]
            )
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._table is None:
            return 0, 0
        self.width, self.height = self._table.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._table is None:
            return []
        return list(self._table.split(availWidth, availHeight))

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)


def contents_table() -> ContentsTable:
    return ContentsTable()
