"""The paper every packet and letter is printed on.

Letterhead on the first page, a running head after it, and on every page a footer with the
packet number, the generated date and time with its zone, "Page X of Y" and a Bates number
(LF-000001). Every page an exhibit fills carries the exhibit's label and SHA-256, so a loose
page can be matched to its file.

The layout runs once. What is only known at the end — the page count, the page of each
contents entry, the Bates range of each exhibit — is drawn through small form objects that the
canvas defines when it saves (see PacketCanvas), so pages are written as they are finished and
every bookmark, contents entry and "Exhibit N" link points at the page it names.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from reportlab import rl_config
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)

from app.packets.platform_letter_words import ENGLISH_FOOTER, LetterFooter
from reports.fonts import MONO, SANS, SANS_BOLD
from reports.keeping import kept_together
from reports.late_canvas import PacketCanvas, canvas_for, late_text
from reports.letterhead_draw import draw_first, draw_running_head, head_layout
from reports.page_refs import (
    BatesRange,
    ContentsTable,
    bates_label,
    bates_prefix,
    contents_table,
    exhibit_key,
    exhibit_link,
    exhibit_links,
)
from reports.script_layout import ScriptParagraph
from reports.styles import (
    FOOTER_SPACE,
    FOOTER_TEXT_Y,
    INK,
    MARGIN,
    MUTED,
    RULE,
    page_size,
)
from reports.unicode_text import needs_own_layout, plain_markup

# Binary streams: ASCII85 only makes the file larger and slower to write (screenshots).
rl_config.useA85 = 0

STAMP_HEIGHT = 16.0

__all__ = [
    "BatesRange",
    "ExhibitEnd",
    "ExhibitHeading",
    "Heading",
    "Letterhead",
    "PacketDocument",
    "bates_label",
    "bates_prefix",
    "build",
    "contents_table",
    "exhibit_key",
    "exhibit_link",
    "exhibit_links",
    "generated_label",
    "later_pages",
]


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
    bates_prefix: str = ""  # "LF"; from the business name when empty
    subject: str = ""  # who the packet is about, for the file's own metadata
    footer: LetterFooter = ENGLISH_FOOTER  # a letter in Spanish says "Página 1 de 2"


def generated_label(moment: datetime) -> str:
    local = moment.astimezone()
    zone = local.tzname() or ""
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    if zone and offset and zone not in ("UTC", offset):
        offset = f"{zone}, {offset}"
    return f"{local:%Y-%m-%d %H:%M} {offset or zone}".strip()


class Heading(Paragraph):
    """A heading listed in the table of contents and the PDF's bookmarks.

    Its key (a link destination) is given before the layout, so the contents can link to it;
    the destination is set where the heading is drawn. A heading with words in a script that
    needs shaping or right-to-left order (a customer's name in Arabic) is laid out and drawn
    as customer text is (ScriptParagraph), and moves to the next page whole."""

    def __init__(
        self, plain: str, style: Any, level: int = 0, toc: bool = True, contents: str = ""
    ) -> None:
        self.markup = plain_markup(plain, style.fontName)
        super().__init__(self.markup, style)
        self.toc_level = level
        self.in_toc = toc
        self.plain = plain
        # Its line in the table of contents, when that differs from its bookmark.
        self.contents = contents or plain
        self.key = ""
        self.script = ScriptParagraph(plain, style, base="L") if needs_own_layout(plain) else None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.script is None:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        self.width, self.height = self.script.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.script is None:
            return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
        return [self] if self.wrap(availWidth, availHeight)[1] <= availHeight else []

    def draw(self) -> None:
        canvas = self.canv
        if self.key and isinstance(canvas, PacketCanvas):
            canvas.destination(self.key, self.height)
            canvas.outline(self.plain, self.key, self.toc_level)
        if self.script is None:
            super().draw()
        else:
            self.script.drawOn(canvas, 0, 0)


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
        if isinstance(canvas, PacketCanvas):
            canvas.destination(exhibit_key(self.label), self.height)
        super().draw()


class ExhibitEnd(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        current = getattr(canvas, "_steady_exhibit", None)
        if current is not None and isinstance(canvas, PacketCanvas):
            canvas.mark(exhibit_key(current[0]) + "-end")
        canvas._steady_exhibit = None  # type: ignore[attr-defined]


class PacketDocument(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, letterhead: Letterhead, paper: str) -> None:
        self.letterhead = letterhead
        self.bates = letterhead.bates_prefix or bates_prefix(letterhead.business)
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
            subject=letterhead.subject or letterhead.document,
            creator="Steady",
            keywords=letterhead.number,
            # Same data, same bytes; the dates are set from generated_at by PacketCanvas.
            invariant=1,
        )
        width, height = size
        body_width = width - 2 * MARGIN
        # A long name or address makes the letterhead deeper, and the first page's text starts
        # lower, rather than either running into the other.
        self.head_layout = head_layout(letterhead, width, generated_label(letterhead.generated_at))
        first = self._body_frame("first", height - self.head_layout.space - FOOTER_SPACE - 6)
        # Below the running head and one exhibit stamp row (see _stamp).
        self.later_height = height - MARGIN - 12 - STAMP_HEIGHT - FOOTER_SPACE - 4
        later = self._body_frame("later", self.later_height)
        self.addPageTemplates(
            [
                PageTemplate("first", [first], onPage=self._first_page, onPageEnd=self._stamp),
                PageTemplate("later", [later], onPage=self._later_page, onPageEnd=self._stamp),
            ]
        )
        self.body_width = body_width
        self.body_height = self.later_height
        self.on_flowable: Callable[[], None] | None = None

    def _body_frame(self, name: str, height: float) -> Frame:
        return Frame(
            MARGIN,
            FOOTER_SPACE + 4,
            self.pagesize[0] - 2 * MARGIN,
            height,
            id=name,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def bates_label(self, page: int) -> str:
        return bates_label(self.bates, page)

    def own_words_pages(self, name: str, document: str, footer: LetterFooter) -> NextPageTemplate:
        """Pages, from the next one on, whose running head and footer name `document` in the
        footer's words: a letter to the customer inside a packet is read in its own language,
        its page numbers and Bates numbers still the packet's. later_pages() ends them."""
        head = replace(self.letterhead, document=document, footer=footer)

        def on_page(canvas: Any, doc: BaseDocTemplate) -> None:
            self._running_page(canvas, head)

        frame = self._body_frame(name, self.later_height)
        self.addPageTemplates([PageTemplate(name, [frame], onPage=on_page, onPageEnd=self._stamp)])
        return NextPageTemplate(name)

    # --- page decorations -------------------------------------------------------------

    def _page_start(self, canvas: Any) -> None:
        current = getattr(canvas, "_steady_exhibit", None)
        canvas._steady_stamps = [current] if current else []

    def _first_page(self, canvas: Any, doc: BaseDocTemplate) -> None:
        self._page_start(canvas)
        width, height = self.pagesize
        draw_first(canvas, self.head_layout, width, height)
        self._footer(canvas, self.letterhead)

    def _later_page(self, canvas: Any, doc: BaseDocTemplate) -> None:
        self._running_page(canvas, self.letterhead)

    def _running_page(self, canvas: Any, head: Letterhead) -> None:
        self._page_start(canvas)
        width, height = self.pagesize
        draw_running_head(canvas, head, width, height)
        self._footer(canvas, head)

    def _footer(self, canvas: Any, head: Letterhead) -> None:
        """Two lines, the lower one FOOTER_TEXT_Y (15 mm) above the paper's edge, so a page
        printed on the other paper size (A4 on Letter) keeps its numbers."""
        width, _ = self.pagesize
        number = canvas.getPageNumber()
        upper = FOOTER_TEXT_Y + 10
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, FOOTER_SPACE, width - MARGIN, FOOTER_SPACE)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN,
            upper,
            f"{head.document} {head.footer.number} {head.number} · {head.footer.generated} "
            f"{generated_label(head.generated_at)}",
        )
        canvas.setFont(MONO, 8)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, FOOTER_TEXT_Y, self.bates_label(number))
        canvas.restoreState()
        late_text(
            canvas,
            f"page-of-{number}",
            lambda c: head.footer.page.format(page=number, pages=c.pages_done),
            width - MARGIN,
            upper,
            SANS_BOLD,
            8,
            INK,
            align="right",
        )

    def _stamp(self, canvas: Any, doc: BaseDocTemplate) -> None:
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

    def afterFlowable(self, flowable: Flowable) -> None:
        if self.on_flowable is not None:
            self.on_flowable()


def later_pages() -> NextPageTemplate:
    return NextPageTemplate("later")


def _headings(story: Sequence[Flowable]) -> list[Heading]:
    found: list[Heading] = []
    for flowable in story:
        if isinstance(flowable, Heading):
            found.append(flowable)
        elif isinstance(flowable, KeepTogether):
            found += _headings(flowable._content)
    return found


def build(
    letterhead: Letterhead,
    paper: str,
    story_for: Callable[[PacketDocument], Sequence[Flowable]],
    with_contents: bool,
    on_flowable: Callable[[], None] | None = None,
) -> tuple[bytes, int]:
    """Lay out the story once; returns the PDF and its page count.

    The contents are known before the layout (the story's headings, in order); their page
    numbers are filled in when the PDF is saved."""
    buffer = io.BytesIO()
    doc = PacketDocument(buffer, letterhead, paper)
    doc.on_flowable = on_flowable
    story = list(story_for(doc))
    headings = _headings(story)
    for index, heading in enumerate(headings, start=1):
        heading.key = f"h{index}"
    contents = next((f for f in story if isinstance(f, ContentsTable)), None)
    if contents is not None:
        if with_contents:
            contents.fill([(h.toc_level, h.contents, h.key) for h in headings if h.in_toc])
        else:
            story.remove(contents)
    doc.build(kept_together(story, Heading), canvasmaker=canvas_for(letterhead.generated_at))
    return buffer.getvalue(), doc.page
