"""The paper every packet and letter is printed on.

Letterhead on the first page, a running head after it, and on every page a footer with the
packet number, the generated date and time with its zone, and "Page X of Y" (drawn by a
numbered canvas once the total is known). Every page an exhibit fills carries the exhibit's
label and SHA-256, so a loose page can be matched to its file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus.tableofcontents import TableOfContents

from reports.fonts import MONO, SANS, SANS_BOLD
from reports.styles import (
    ACCENT,
    FOOTER_SPACE,
    FOOTER_TEXT_Y,
    INK,
    MARGIN,
    MUTED,
    RULE,
    page_size,
    styles,
)
from reports.unicode_text import plain_markup, printable_text

# Binary streams: ASCII85 only makes the file larger and slower to write (screenshots).
rl_config.useA85 = 0

LETTERHEAD_SPACE = 40 * 2.8346  # 40 mm: name, three address lines, phone and email
STAMP_HEIGHT = 16.0


@dataclass(frozen=True)
class Letterhead:
    business: str
    address_lines: tuple[str, ...]
    phone: str
    email: str
    logo: bytes | None
    document: str  # "Termination packet"
    number: str  # packet number, or a letter's reference
    generated_at: datetime


def generated_label(moment: datetime) -> str:
    local = moment.astimezone()
    zone = local.tzname() or ""
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    if zone and offset and zone not in ("UTC", offset):
        offset = f"{zone}, {offset}"
    return f"{local:%Y-%m-%d %H:%M} {offset or zone}".strip()


class NumberedCanvas(Canvas):
    """Holds each page until the end, then writes "Page X of Y" on all of them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_page_of(total)
            super().showPage()
        super().save()

    def _draw_page_of(self, total: int) -> None:
        width = self._pagesize[0]
        self.saveState()
        self.setFont(SANS_BOLD, 8)
        self.setFillColor(INK)
        self.drawRightString(width - MARGIN, FOOTER_TEXT_Y, f"Page {self._pageNumber} of {total}")
        self.restoreState()


class Heading(Paragraph):
    """A heading listed in the table of contents and the PDF's bookmarks."""

    def __init__(self, plain: str, style: Any, level: int = 0, toc: bool = True) -> None:
        self.markup = plain_markup(plain, style.fontName)
        super().__init__(self.markup, style)
        self.toc_level = level
        self.in_toc = toc
        self.plain = plain


class ExhibitHeading(Heading):
    """The heading that opens an exhibit: from here until ExhibitEnd, pages are stamped."""

    def __init__(self, text: str, style: Any, label: str, sha256: str) -> None:
        super().__init__(text, style, level=1)
        self.label = label
        self.sha256 = sha256

    def draw(self) -> None:
        canvas = self.canv
        canvas._steady_exhibit = (self.label, self.sha256)  # type: ignore[attr-defined]
        stamps = canvas.__dict__.setdefault("_steady_stamps", [])
        if (self.label, self.sha256) not in stamps:
            stamps.append((self.label, self.sha256))
        super().draw()


class ExhibitEnd(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._steady_exhibit = None  # type: ignore[attr-defined]


class PacketDocument(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, letterhead: Letterhead, paper: str) -> None:
        self.letterhead = letterhead
        size = page_size(paper)
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{letterhead.document} {letterhead.number}",
            author=letterhead.business,
            subject=letterhead.document,
            creator="Steady",
            invariant=1,
        )
        width, height = size
        body_width = width - 2 * MARGIN
        first = Frame(
            MARGIN,
            FOOTER_SPACE + 4,
            body_width,
            height - LETTERHEAD_SPACE - FOOTER_SPACE - 6,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            MARGIN,
            FOOTER_SPACE + 4,
            body_width,
            # Below the running head and one exhibit stamp row (see _stamp).
            height - MARGIN - 12 - STAMP_HEIGHT - FOOTER_SPACE - 4,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._first_page, onPageEnd=self._stamp),
                PageTemplate("later", [later], onPage=self._later_page, onPageEnd=self._stamp),
            ]
        )
        self.body_width = body_width
        self.body_height = later.height
        self._outline_keys = 0
        self.drafting = False
        self.on_flowable: Callable[[], None] | None = None

    # --- page decorations -------------------------------------------------------------

    def _page_start(self, canvas: Canvas) -> None:
        canvas._steady_draft = self.drafting  # type: ignore[attr-defined]
        current = getattr(canvas, "_steady_exhibit", None)
        canvas._steady_stamps = [current] if current else []  # type: ignore[attr-defined]

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._page_start(canvas)
        head = self.letterhead
        width, height = self.pagesize
        top = height - MARGIN
        x = MARGIN
        if head.logo:
            try:
                logo = ImageReader(io.BytesIO(head.logo))
                w, h = logo.getSize()
                scale = min(22 * 2.8346 / h, 40 * 2.8346 / w)
                canvas.drawImage(logo, x, top - h * scale, w * scale, h * scale, mask="auto")
                x += w * scale + 8
            except OSError:
                pass
        canvas.saveState()
        canvas.setFillColor(INK)
        canvas.setFont(SANS_BOLD, 13)
        canvas.drawString(x, top - 12, printable_text(head.business))
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        lines = [*head.address_lines, " · ".join(p for p in (head.phone, head.email) if p)]
        for index, line in enumerate(line for line in lines if line):
            canvas.drawString(x, top - 24 - index * 10, printable_text(line))
        canvas.setFillColor(ACCENT)
        canvas.setFont(SANS_BOLD, 10)
        canvas.drawRightString(width - MARGIN, top - 12, head.document)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top - 24, f"No. {head.number}")
        canvas.drawRightString(
            width - MARGIN, top - 34, f"Generated {generated_label(head.generated_at)}"
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        rule_y = height - LETTERHEAD_SPACE + 4
        canvas.line(MARGIN, rule_y, width - MARGIN, rule_y)
        canvas.restoreState()
        self._footer(canvas)

    def _later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._page_start(canvas)
        head = self.letterhead
        width, height = self.pagesize
        y = height - MARGIN + 2
        canvas.saveState()
        canvas.setFont(SANS_BOLD, 8)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, y, printable_text(head.business))
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, y, f"{head.document} · No. {head.number}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, y - 4, width - MARGIN, y - 4)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        head = self.letterhead
        width, _ = self.pagesize
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, FOOTER_SPACE, width - MARGIN, FOOTER_SPACE)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN,
            FOOTER_TEXT_Y,
            f"{head.document} No. {head.number} · generated {generated_label(head.generated_at)}",
        )
        canvas.restoreState()

    def _stamp(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        stamps: list[tuple[str, str]] = getattr(canvas, "_steady_stamps", [])
        if not stamps:
            return
        width, height = self.pagesize
        top = height - MARGIN - 8
        canvas.saveState()
        for index, (label, sha) in enumerate(stamps[-2:]):
            y = top - STAMP_HEIGHT * (index + 1) + 2
            canvas.setFillColor(INK)
            canvas.rect(MARGIN, y, width - 2 * MARGIN, STAMP_HEIGHT - 3, stroke=0, fill=1)
            canvas.setFillColorRGB(1, 1, 1)
            canvas.setFont(SANS_BOLD, 8)
            canvas.drawString(MARGIN + 4, y + 4, label.upper())
            canvas.setFont(MONO, 7)
            canvas.drawRightString(width - MARGIN - 4, y + 4, f"SHA-256 {sha}")
        canvas.restoreState()

    # --- table of contents and bookmarks ------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.on_flowable is not None:
            self.on_flowable()
        if isinstance(flowable, Heading):
            self._outline_keys += 1
            key = f"h{self._outline_keys}"
            # An explicit position: viewers (Qt's among them) reject a bare "Fit" destination.
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=self.pagesize[1], zoom=0)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.toc_level)
            if flowable.in_toc:
                self.notify("TOCEntry", (flowable.toc_level, flowable.markup, self.page, key))

    def handle_documentBegin(self) -> None:
        self._outline_keys = 0
        super().handle_documentBegin()


def contents_table() -> TableOfContents:
    sheet = styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [sheet.toc1, sheet.toc2]
    return toc


def later_pages() -> NextPageTemplate:
    return NextPageTemplate("later")


def build(
    letterhead: Letterhead,
    paper: str,
    story_for: Callable[[PacketDocument], Sequence[Flowable]],
    with_contents: bool,
    on_flowable: Callable[[], None] | None = None,
) -> tuple[bytes, int]:
    """Lay out the story; returns the PDF and its page count.

    With a table of contents: a first layout with placeholder page numbers (the contents
    already have their final length, so nothing after them moves) and images drawn only as
    frames finds each heading's page; the second, real layout prints them. Should a title's
    page still move, the layout runs again (at most a few times).
    """
    buffer = io.BytesIO()
    doc = PacketDocument(buffer, letterhead, paper)
    doc.on_flowable = on_flowable
    story = list(story_for(doc))
    contents = next((f for f in story if isinstance(f, TableOfContents)), None)
    if not with_contents or contents is None:
        doc.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue(), doc.page
    headings = [f for f in story if isinstance(f, Heading)]
    expected: list[tuple[Any, ...]] = [
        (h.toc_level, h.markup, 999, f"h{index}")
        for index, h in enumerate(headings, start=1)
        if h.in_toc
    ]
    # As multiBuild does: notify() reaches the contents, and what a layout changes on the
    # flowables (keepWithNext) is put back before the next one.
    doc._indexingFlowables = [contents]
    edits: list[tuple[Any, ...]] = []
    doc._multiBuildEdits = edits.append
    doc.drafting = True
    for _ in range(MAX_LAYOUTS):
        contents._lastEntries = list(expected)
        contents.clearEntries()
        buffer.seek(0)
        buffer.truncate()
        doc.build(list(story), canvasmaker=NumberedCanvas)
        while edits:
            edit = edits.pop(0)
            edit[0](*edit[1:])
        found = list(contents._entries)
        if found == expected and not doc.drafting:
            break
        expected = found
        doc.drafting = False
    return buffer.getvalue(), doc.page


MAX_LAYOUTS = 5
