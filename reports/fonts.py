"""The TrueType fonts embedded in every packet, registered once with reportlab.

DejaVu Sans prints Latin, Greek, Cyrillic, Hebrew, Arabic and typographic characters;
WenQuanYi Micro Hei prints Chinese, Japanese and Korean. Both are embedded (subset), so a
packet prints the same on any machine. Licences are beside the files in assets/fonts/.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import assets_folder

SANS = "SteadySans"
SANS_BOLD = "SteadySans-Bold"
SANS_ITALIC = "SteadySans-Oblique"
MONO = "SteadyMono"
CJK = "SteadyCJK"

_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    SANS_ITALIC: ("DejaVuSans-Oblique.ttf", 0),
    MONO: ("DejaVuSansMono.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
}

_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    """Which characters each registered font can print."""

    coverage: dict[str, frozenset[int]]

    def has(self, font: str, char: str) -> bool:
        return ord(char) in self.coverage[font]


def _register(name: str) -> frozenset[int]:
    filename, index = _FILES[name]
    path = assets_folder() / "fonts" / filename
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = TTFont(name, str(path), subfontIndex=index)
        pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@cache
def _fonts() -> FontSet:
    coverage = {name: _register(name) for name in _FILES}
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    return FontSet(coverage)


_ready: FontSet | None = None


def register_fonts() -> FontSet:
    """Register the fonts (safe to call from any thread, any number of times).

    Text layout asks for every run of characters, so once registered the answer is returned
    without taking the lock (~500,000 calls for a large packet)."""
    global _ready
    if _ready is None:
        with _lock:
            _ready = _fonts()
    return _ready
