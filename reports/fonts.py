"""The TrueType fonts embedded in every packet, registered once with reportlab.

DejaVu Sans prints Latin, Greek, Cyrillic and typographic characters; WenQuanYi Micro Hei
prints Chinese, Japanese and Korean; Noto Sans prints Arabic, Hebrew, Devanagari, Gujarati,
Tamil, Thai, Ethiopic, mathematical letters and symbols; Noto Emoji prints emoji (in black and
white). All are embedded (subset), so a packet prints the same on any machine, and shaped
through HarfBuzz where a script needs it. Licences are beside the files in assets/fonts/.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.core.paths import assets_folder

SANS = "SteadySans"
SANS_BOLD = "SteadySans-Bold"
SANS_ITALIC = "SteadySans-Oblique"
MONO = "SteadyMono"
CJK = "SteadyCJK"
ARABIC = "SteadyArabic"
HEBREW = "SteadyHebrew"
DEVANAGARI = "SteadyDevanagari"
GUJARATI = "SteadyGujarati"
TAMIL = "SteadyTamil"
THAI = "SteadyThai"
ETHIOPIC = "SteadyEthiopic"
MATH = "SteadyMath"
SYMBOLS = "SteadySymbols"
EMOJI = "SteadyEmoji"

_FILES = {
    SANS: ("DejaVuSans.ttf", 0),
    SANS_BOLD: ("DejaVuSans-Bold.ttf", 0),
    SANS_ITALIC: ("DejaVuSans-Oblique.ttf", 0),
    MONO: ("DejaVuSansMono.ttf", 0),
    CJK: ("wqy-microhei.ttc", 0),
    ARABIC: ("NotoSansArabic-Regular.ttf", 0),
    HEBREW: ("NotoSansHebrew-Regular.ttf", 0),
    DEVANAGARI: ("NotoSansDevanagari-Regular.ttf", 0),
    GUJARATI: ("NotoSansGujarati-Regular.ttf", 0),
    TAMIL: ("NotoSansTamil-Regular.ttf", 0),
    THAI: ("NotoSansThai-Regular.ttf", 0),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", 0),
    MATH: ("NotoSansMath-Regular.ttf", 0),
    SYMBOLS: ("NotoSansSymbols2-Regular.ttf", 0),
    EMOJI: ("NotoEmoji-Regular.ttf", 0),
}

# Where no script rule applies, the first font that has the character prints it.
FALLBACK: tuple[str, ...] = (SANS, CJK, ARABIC, HEBREW, DEVANAGARI, GUJARATI, TAMIL, THAI)
FALLBACK += (ETHIOPIC, MATH, SYMBOLS, EMOJI)

# Fonts whose text is laid out by unicode_text's own line breaker: shaped with HarfBuzz,
# right-to-left where needed, and copied as the logical text (ActualText).
SHAPED = frozenset({ARABIC, HEBREW, DEVANAGARI, GUJARATI, TAMIL, THAI, ETHIOPIC, MATH, EMOJI})
SHAPED |= {SYMBOLS}

# Blocks whose letters go to the Noto font of their script even where DejaVu has a glyph:
# DejaVu has no shaping rules for them, and one font per script keeps a word in one run.
_SCRIPT_BLOCKS = (
    (0x0590, 0x05FF, HEBREW),
    (0xFB1D, 0xFB4F, HEBREW),
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x08A0, 0x08FF, ARABIC),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE70, 0xFEFF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0x0A80, 0x0AFF, GUJARATI),
    (0x0B80, 0x0BFF, TAMIL),
    (0x0E00, 0x0E7F, THAI),
    (0x1200, 0x139F, ETHIOPIC),
    (0x2D80, 0x2DDF, ETHIOPIC),
    (0xAB00, 0xAB2F, ETHIOPIC),
    (0x1D400, 0x1D7FF, MATH),
)

_lock = threading.RLock()


class FontSet:
    """Which characters each font can print. A script's font is read from disk the first
    time a character may need it, so a packet in Latin letters never loads the others."""

    def __init__(self) -> None:
        self._coverage: dict[str, frozenset[int]] = {}

    def coverage(self, font: str) -> frozenset[int]:
        found = self._coverage.get(font)
        if found is None:
            with _lock:
                found = self._coverage.get(font)
                if found is None:
                    found = self._coverage[font] = _register(font)
        return found

    def has(self, font: str, char: str) -> bool:
        return ord(char) in self.coverage(font)


def is_pictograph(char: str) -> bool:
    """Emoji and pictographs: printed from the emoji font, even where DejaVu has a glyph."""
    code = ord(char)
    return (code >= 0x1F000 and unicodedata.category(char) == "So") or 0x1F1E6 <= code <= 0x1F1FF


@cache
def script_font(char: str) -> str | None:
    """The font for a character by its script, or None to use the fallback order."""
    code = ord(char)
    if is_pictograph(char):
        return EMOJI
    for first, last, font in _SCRIPT_BLOCKS:
        if first <= code <= last:
            return font
    return None


def _register(name: str) -> frozenset[int]:
    filename, index = _FILES[name]
    path = assets_folder() / "fonts" / filename
    # getFont on an unknown name would first parse every standard font's metrics file.
    if name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
    else:
        # Only the scripts that need it are shaped (see SHAPED); Latin stays unshaped and fast.
        font = TTFont(name, str(path), subfontIndex=index, shapable=name in SHAPED)
        pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF (mathematical letters, emoji)
    written as UTF-16 pairs: as four or five bare hex digits, readers reject the whole map."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


@cache
def _fonts() -> FontSet:
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[attr-defined]
    fonts = FontSet()
    for name in (SANS, SANS_BOLD, SANS_ITALIC, MONO):
        fonts._coverage[name] = _register(name)
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS_ITALIC)
    addMapping(SANS, 1, 1, SANS_BOLD)
    return fonts


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
