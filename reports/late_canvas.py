"""A canvas that writes each page as soon as it is laid out, and fills in what is only known
at the end (the page count, a heading's page, an exhibit's Bates range) when it saves.

Such text is drawn as a named form object: the page says "draw form page-of-3 here", and the
form's content ("Page 3 of 41") is written once the layout has finished. Holding pages back
instead (as a "page X of Y" canvas usually does) binds every bookmark and link to page 1 and
keeps every page in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

LateValue = Callable[["PacketCanvas"], str]


class _Moment:
    """reportlab's time stamp, set to when the packet was generated (not 2000-01-01)."""

    def __init__(self, moment: datetime) -> None:
        local = moment.astimezone()
        offset = local.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset else 0
        self.t = local.timestamp()
        self.lt = local.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        sign = -1 if minutes < 0 else 1
        self.dhh = sign * (abs(minutes) // 60)
        self.dmm = abs(minutes) % 60
        self.tzname = local.tzname() or "UTC"

    @property
    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.t, UTC)


class PacketCanvas(Canvas):
    def __init__(self, *args: Any, generated_at: datetime | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages_done = 0
        self.marks: dict[str, list[int]] = {}
        self._late: dict[str, tuple[LateValue, str, float, Color, str]] = {}
        self._outline_level = -1
        self._generated_at = generated_at or datetime.now(UTC)
        self._doc._timeStamp = _Moment(self._generated_at)  # type: ignore[attr-defined]

    # --- where things landed ----------------------------------------------------------

    def mark(self, key: str) -> None:
        self.marks.setdefault(key, []).append(self.getPageNumber())

    def first_page(self, key: str) -> int | None:
        pages = self.marks.get(key)
        return pages[0] if pages else None

    def last_page(self, key: str) -> int | None:
        pages = self.marks.get(key)
        return pages[-1] if pages else None

    def destination(self, key: str, height: float) -> None:
        """A link target at the top of the flowable being drawn (height above its origin)."""
        if key in self.marks:
            return
        _, top = self.absolutePosition(0, height)
        self.bookmarkPage(key, fit="XYZ", left=0, top=top + 4, zoom=0)
        self.mark(key)

    def outline(self, title: str, key: str, level: int) -> None:
        # The outline may only go one level deeper at a time.
        level = max(0, min(level, self._outline_level + 1))
        self.addOutlineEntry(title, key, level=level)
        self._outline_level = level

    # --- text filled in at the end ------------------------------------------------------

    def late(
        self, name: str, value: LateValue, font: str, size: float, color: Color, align: str
    ) -> None:
        self._late.setdefault(name, (value, font, size, color, align))
        self.doForm(name)

    def showPage(self) -> None:
        self.pages_done = self.getPageNumber()
        super().showPage()

    def save(self) -> None:
        for name, (value, font, size, color, align) in self._late.items():
            self.beginForm(name, lowerx=-400, lowery=-size, upperx=400, uppery=size * 2)
            self.setFont(font, size)
            self.setFillColor(color)
            text = value(self)
            if align == "right":
                self.drawRightString(0, 0, text)
            elif align == "centre":
                self.drawCentredString(0, 0, text)
            else:
                self.drawString(0, 0, text)
            self.endForm()
        self._bind_dangling_links()
        self._add_xmp()
        super().save()

    def _bind_dangling_links(self) -> None:
        """A link to something the packet does not hold (an exhibit left out by the period)
        opens the first page rather than breaking the file."""
        first = pdfdoc.PDFObjectReference("Page1")
        for destination in self._destinations.values():  # type: ignore[attr-defined]
            if destination.page is None:
                destination.page = first
                destination.fit()

    def _add_xmp(self) -> None:
        info = self._doc.info  # type: ignore[attr-defined]
        stamp = self._generated_at.astimezone().isoformat(timespec="seconds")
        fields = {
            "title": escape(info.title or ""),
            "author": escape(info.author or ""),
            "subject": escape(info.subject or ""),
            "keywords": escape(info.keywords or ""),
            "creator": escape(info.creator or ""),
            "stamp": stamp,
        }
        stream = pdfdoc.PDFStream(
            pdfdoc.PDFDictionary(
                {"Type": pdfdoc.PDFName("Metadata"), "Subtype": pdfdoc.PDFName("XML")}
            ),
            _XMP.format(**fields).encode("utf-8"),
            filters=[],  # metadata stays readable by tools that do not inflate streams
        )
        self._doc.Catalog.Metadata = self._doc.Reference(stream)  # type: ignore[attr-defined]


_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
   <dc:identifier>{keywords}</dc:identifier>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>ReportLab PDF Library</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def canvas_for(generated_at: datetime) -> Callable[..., PacketCanvas]:
    """A canvas maker for a document generated at that moment (its PDF dates)."""

    def make(*args: Any, **kwargs: Any) -> PacketCanvas:
        return PacketCanvas(*args, generated_at=generated_at, **kwargs)

    return make


def late_text(
    canvas: Any,
    name: str,
    value: LateValue,
    x: float,
    y: float,
    font: str,
    size: float,
    color: Color,
    align: str = "left",
) -> None:
    """Draw text known only when the PDF is saved; on any other canvas, a dash."""
    canvas.saveState()
    canvas.translate(x, y)
    if isinstance(canvas, PacketCanvas):
        canvas.late(name, value, font, size, color, align)
    else:
        canvas.setFont(font, size)
        canvas.drawString(0, 0, "—")
    canvas.restoreState()


__all__ = ["PacketCanvas", "canvas_for", "late_text"]
