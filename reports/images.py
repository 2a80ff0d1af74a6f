"""Screenshots on paper, at a size a reader can read.

A screenshot that fits is drawn whole. A long one (a scrolled thread, 900 x 4200 pixels) or a
very wide one is not shrunk until its words are specks: it is cut into parts drawn at the
width of the page (never below SMALLEST_SCALE), each on its own page and labelled "part 2 of 3 of Exhibit 7, a reduced
copy of the original with SHA-256 …", so every part can be matched to the file in the bundle.

Each part decodes the picture when it is drawn and lets go of it straight after, so a packet of
a hundred screenshots never holds more than one bitmap at a time.
"""

from __future__ import annotations

import io
import math

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from reports.png_stream import PngStream, draw_png, png_stream
from reports.styles import RULE, styles
from reports.unicode_text import plain_markup

PRINT_DPI = 200
# Points per screenshot pixel below which a screenshot's text cannot be read on paper (12 px
# text would be 3 pt); only a picture wider than about 2,000 pixels is cut into columns.
SMALLEST_SCALE = 0.25
# A whole picture may be shrunk this much below the page's width to stay on one page.
SHRINK_TO_FIT = 0.75
CAPTION_SPACE = 30.0
# Fewer pixels than this under the exhibit's facts, and the first part starts a page instead.
MIN_FIRST_PART = 200
UNREADABLE = "This picture cannot be drawn; the file is in the evidence bundle."


class EvidenceImage(Flowable):
    """One screenshot, or one rectangle of it (box, in pixels), drawn at print resolution."""

    def __init__(
        self,
        data: bytes,
        width: float,
        height: float,
        box: tuple[int, int, int, int] | None = None,
    ) -> None:
        super().__init__()
        self._data = data
        self.width, self.height = width, height
        self.box = box

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _picture(self) -> PILImage.Image:
        # Not closed: closing a loaded picture frees its pixels; it is dropped after drawing.
        picture: PILImage.Image = PILImage.open(io.BytesIO(self._data))
        picture.load()
        if self.box:
            picture = picture.crop(self.box)
        if picture.mode in ("P", "LA", "PA"):
            picture = picture.convert("RGBA")
        if picture.mode == "RGBA":
            flat = PILImage.new("RGB", picture.size, "white")
            flat.paste(picture, mask=picture.split()[-1])
            picture = flat
        elif picture.mode not in ("RGB", "L"):
            picture = picture.convert("RGB")
        wanted = (
            max(1, int(self.width / 72 * PRINT_DPI)),
            max(1, int(self.height / 72 * PRINT_DPI)),
        )
        if picture.size[0] > wanted[0] * 1.2:
            picture = picture.resize(wanted, PILImage.Resampling.BILINEAR)
        return picture

    def _stored_pixels(self) -> PngStream | None:
        """The PNG's own pixel stream when the whole picture is drawn at its resolution."""
        if self.box:
            return None
        png = png_stream(self._data)
        if png is None or png.width > max(1, int(self.width / 72 * PRINT_DPI)) * 1.2:
            return None
        return png

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        png = self._stored_pixels()
        if png is not None:
            draw_png(canvas, png, self.width, self.height)
        else:
            try:
                picture = self._picture()
            except OSError:
                # Its header read but its pixels do not: a note in the frame, not a lost packet.
                canvas.setFont("Helvetica", 9)
                canvas.drawString(6, self.height - 14, UNREADABLE)
                canvas.restoreState()
                return
            canvas.drawImage(ImageReader(picture), 0, 0, self.width, self.height)
            picture.close()
        canvas.restoreState()


def _cuts(total: int, size: int) -> list[tuple[int, int]]:
    count = max(1, math.ceil(total / size))
    step = math.ceil(total / count)
    return [(start, min(total, start + step)) for start in range(0, total, step)]


def evidence_image(
    data: bytes,
    label: str,
    sha256: str,
    width: float,
    first_height: float,
    page_height: float,
) -> list[Flowable]:
    """The screenshot as flowables: whole if it fits, else in labelled parts.

    first_height is the room left on the exhibit's first page (below its facts), page_height
    the room on a page of its own. Raises OSError when the file is not a picture."""
    with PILImage.open(io.BytesIO(data)) as image:
        pixels_w, pixels_h = image.size
    scale = max(min(width / pixels_w, 1.0), SMALLEST_SCALE)
    fit = min(width / pixels_w, first_height / pixels_h, 1.0)
    if fit >= scale * SHRINK_TO_FIT:
        return [EvidenceImage(data, pixels_w * fit, pixels_h * fit)]
    columns = _cuts(pixels_w, int(width / scale))
    room = page_height - CAPTION_SPACE
    # The first part fills what is left of the exhibit's first page, below its facts.
    first = int((first_height - CAPTION_SPACE) / scale) if len(columns) == 1 else 0
    first = first if first >= MIN_FIRST_PART and first < pixels_h else 0
    rows = [(0, first)] if first else []
    rows += [
        (top + first, bottom + first) for top, bottom in _cuts(pixels_h - first, int(room / scale))
    ]
    boxes = [(left, top, right, bottom) for top, bottom in rows for left, right in columns]
    sheet = styles()
    reduced = "a reduced copy" if scale < 1.0 else "a copy"
    story: list[Flowable] = []
    for number, (left, top, right, bottom) in enumerate(boxes, start=1):
        caption = Paragraph(
            plain_markup(
                f"Part {number} of {len(boxes)} of {label}, {reduced} of the original with "
                f"SHA-256 {sha256}; pixels {left}–{right} across, {top}–{bottom} down of "
                f"{pixels_w} × {pixels_h}.",
                sheet.muted.fontName,
            ),
            sheet.muted,
        )
        part = EvidenceImage(
            data, (right - left) * scale, (bottom - top) * scale, (left, top, right, bottom)
        )
        if number > 1 or not first:
            story.append(PageBreak())
        story.append(KeepTogether([caption, part]))
    return story
