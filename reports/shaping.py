"""One run of text in one font and one direction, turned into the glyphs that are drawn.

HarfBuzz (uharfbuzz) is called here directly rather than through reportlab's shapeStr: the
direction of a run comes from the bidirectional algorithm (reports/bidi_order.py), not from a
guess on the run's own letters, so a bracket or a number inside right-to-left text is shaped
the way it is read; and a run whose glyphs HarfBuzz only substitutes (an emoji sequence such as
👍🏽 or 🏳️‍🌈 becoming the one glyph the emoji font has for it) is drawn as substituted, where
shapeStr hands back the letters unshaped.

Fonts without shaping rules (DejaVu for Latin, Greek, Cyrillic; the CJK font) are measured as
they are; in right-to-left text their run is reversed and its brackets mirrored here.
"""

from __future__ import annotations

from functools import cache, lru_cache

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont

from reports.fonts import SHAPED
from reports.text_runs import attaches

_FEATURES = {"kern": True, "liga": True}


@cache
def _hb_font(font: str) -> tuple[TTFont, uharfbuzz.Font]:
    ttf = pdfmetrics.getFont(font)
    assert isinstance(ttf, TTFont)
    return ttf, ttf.hbFont(1000)


def _reversed_clusters(text: str) -> str:
    """Right-to-left order of a run that has no shaping: letters reversed (a letter keeps
    its marks after it) and brackets turned to face the other way."""
    clusters: list[str] = []
    for char in text:
        if clusters and attaches(char):
            clusters[-1] += char
        else:
            clusters.append(MIRRORED.get(char, char))
    return "".join(reversed(clusters))


@lru_cache(maxsize=32768)
def shape(font: str, text: str, size: float, rtl: bool) -> tuple[str, float]:
    """The run as drawn, in display order (a ShapedStr for a shaped font), and its width."""
    if font not in SHAPED:
        drawn = _reversed_clusters(text) if rtl else text
        return drawn, stringWidth(drawn, font, size)
    ttf, hb_font = _hb_font(font)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    face = ttf.face
    chars: list[str] = []
    data: list[ShapeData] = []
    total = 0.0
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        x_advance = ttf.pdfScale(position.x_advance)
        owners = face.glyphToChar.get(gid)
        if owners:
            code = owners[0]
        else:  # a glyph no character maps to (a ligature): reportlab gives it a private code
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                x_advance,
                ttf.pdfScale(position.y_advance),
                ttf.pdfScale(position.x_offset),
                ttf.pdfScale(position.y_offset),
                face.charWidths.get(code, x_advance),
            )
        )
        total += x_advance
    return ShapedStr("".join(chars), shapeData=data), total * size / 1000


def glyph_ids(font: str, text: str, rtl: bool = False) -> list[int]:
    """HarfBuzz's glyphs for a run, for checking a packet against what shaping should give."""
    _, hb_font = _hb_font(font)
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    return [info.codepoint for info in buffer.glyph_infos]
