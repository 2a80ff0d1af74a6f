"""A PNG screenshot put into the PDF as it is stored, without decoding and compressing it again.

A PNG's pixel data is a zlib stream of rows, each led by a filter byte; PDF reads exactly that
with /FlateDecode and the PNG predictor. So a screenshot drawn at its own resolution (most are)
goes in byte for byte: the packet shows the very pixels of the file whose SHA-256 it prints,
and making it skips decoding every picture, hashing its bitmap and compressing it again
(half of the time of a packet with a hundred screenshots).

Only what PDF reads the same way is passed through: 8-bit grey or RGB, not interlaced, with no
transparency. Anything else (and every picture that is cropped or scaled) is drawn from its
decoded pixels as before.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.pdfgen.canvas import Canvas

_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: ("DeviceGray", 1), 2: ("DeviceRGB", 3)}
# Chunks that change what the pixels look like in a way PDF would not follow.
_REFUSED = {b"tRNS", b"PLTE"}


@dataclass(frozen=True)
class PngStream:
    width: int
    height: int
    colour_space: str
    colours: int
    data: bytes  # the concatenated IDAT chunks: a zlib stream of filtered rows


def png_stream(data: bytes) -> PngStream | None:
    """The PNG's pixel stream when PDF can show it unchanged, else None.

    Every chunk's checksum is checked and the file must be whole (it ends with IEND), so a
    damaged or cut-off file goes through the decoder as before, never in as a broken picture.
    (Inflating the stream to check it again took as long as the rest of the packet's text.)"""
    if not data.startswith(_SIGNATURE):
        return None
    position, chunks, header, whole = len(_SIGNATURE), [], None, False
    try:
        while position + 8 <= len(data):
            length, kind = struct.unpack(">I4s", data[position : position + 8])
            body = data[position + 8 : position + 8 + length]
            checksum = data[position + 8 + length : position + 12 + length]
            if len(body) != length or len(checksum) != 4:
                return None
            if zlib.crc32(body, zlib.crc32(kind)) != int.from_bytes(checksum, "big"):
                return None
            position += 12 + length
            if kind == b"IHDR":
                header = struct.unpack(">IIBBBBB", body)
            elif kind == b"IDAT":
                chunks.append(body)
            elif kind in _REFUSED:
                return None
            elif kind == b"IEND":
                whole = True
                break
        if header is None or not chunks or not whole:
            return None
        width, height, depth, colour, _, _, interlace = header
        if depth != 8 or colour not in _COLOURS or interlace != 0:
            return None
        space, colours = _COLOURS[colour]
    except struct.error:
        return None
    return PngStream(width, height, space, colours, b"".join(chunks))


class _PngXObject(PDFImageXObject):
    def __init__(self, name: str, png: PngStream) -> None:
        self.name = name
        self.width, self.height = png.width, png.height
        self.png = png
        self.mask = None

    def format(self, document: object) -> bytes:
        png = self.png
        stream = PDFStream(content=png.data)
        entries = stream.dictionary
        entries["Type"] = PDFName("XObject")
        entries["Subtype"] = PDFName("Image")
        entries["Width"] = png.width
        entries["Height"] = png.height
        entries["BitsPerComponent"] = 8
        entries["ColorSpace"] = PDFName(png.colour_space)
        # Compressed already: with a Filter given, nothing is compressed again on writing.
        entries["Filter"] = PDFName("FlateDecode")
        entries["DecodeParms"] = PDFDictionary(
            {"Predictor": 15, "Colors": png.colours, "BitsPerComponent": 8, "Columns": png.width}
        )
        entries["Length"] = len(png.data)
        return stream.format(document)  # type: ignore[no-any-return]


def draw_png(canvas: Canvas, png: PngStream, width: float, height: float) -> None:
    """Draw the picture at (0, 0) in a width x height box, as canvas.drawImage would."""
    name = "png" + hashlib.md5(png.data, usedforsecurity=False).hexdigest()
    doc = canvas._doc  # type: ignore[attr-defined]
    registered = doc.getXObjectName(name)
    if doc.idToObject.get(registered) is None:  # the same picture twice is stored once
        image = _PngXObject(name, png)
        doc.Reference(image, registered)
        doc.addForm(name, image)
    canvas._currentPageHasImages = 1  # type: ignore[attr-defined]
    canvas.saveState()
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")  # type: ignore[attr-defined]
    canvas.restoreState()
    canvas._formsinuse.append(name)  # type: ignore[attr-defined]
