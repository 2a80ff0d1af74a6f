"""Reading a finished PDF as its reader would: text, copy-and-search text, links, outline."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def actual_texts(data: bytes) -> list[str]:
    """The ActualText of every marked span, page by page, in content order: what a viewer
    copies and searches in place of the glyphs the span draws (PDF 32000, 14.9.4)."""
    pdf = reader(data)
    found: list[str] = []
    for page in pdf.pages:
        contents = page.get_contents()
        if contents is None:
            continue
        for operands, operator in ContentStream(contents, pdf).operations:
            if operator == b"BDC" and len(operands) == 2:
                properties = operands[1]
                if isinstance(properties, DictionaryObject) and "/ActualText" in properties:
                    found.append(str(properties["/ActualText"]))
    return found


def pdftotext(data: bytes, *options: str) -> str:
    """Poppler's text (it honours ActualText); empty when poppler is not installed."""
    if shutil.which("pdftotext") is None:
        return ""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "packet.pdf"
        path.write_bytes(data)
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout


def outline(data: bytes) -> list[tuple[str, int]]:
    """(title, page number from 1) of every bookmark, in order."""
    pdf = reader(data)
    out: list[tuple[str, int]] = []

    def walk(items: list) -> None:  # type: ignore[type-arg]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((str(item.title), pdf.get_destination_page_number(item) + 1))

    walk(pdf.outline)
    return out


def links(data: bytes, page: int) -> list[tuple[tuple[float, float, float, float], int]]:
    """(rectangle, target page from 1) of every internal link on a page (from 1)."""
    pdf = reader(data)
    numbers = {p.indirect_reference.idnum: i + 1 for i, p in enumerate(pdf.pages)}  # type: ignore[union-attr]
    out = []
    for annotation in pdf.pages[page - 1].get("/Annots") or []:
        annotation = annotation.get_object()
        if annotation.get("/Subtype") != "/Link" or "/Dest" not in annotation:
            continue
        destination = annotation["/Dest"]
        target = destination[0].idnum
        rect = tuple(float(v) for v in annotation["/Rect"])
        out.append((rect, numbers[target]))
    return out  # type: ignore[return-value]


def drawn_runs(data: bytes) -> list[tuple[int, float, float, str, str]]:
    """(page from 1, x, y, font, glyphs) of every text-showing operation, the glyphs read
    through the font's ToUnicode map and not through ActualText: what is drawn, not what is
    copied. Positions are in page space, so sorting a line's runs by x gives its display order."""
    pdf = reader(data)
    out: list[tuple[int, float, float, str, str]] = []
    for number, page in enumerate(pdf.pages, start=1):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            number: int = number,
        ) -> None:
            if not text or not isinstance(font, DictionaryObject):
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append((number, round(x, 2), round(y, 2), str(font.get("/BaseFont")), text))

        page.extract_text(visitor_text=visit)
    return out
