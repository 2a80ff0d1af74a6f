"""The fonts Steady ships for its packets, lent to the window as well.

A packet prints Chinese, Arabic, Thai or emoji from the fonts in `assets/fonts`; the window
drew them from whatever the system has, so on a laptop without a Chinese font the owner read
empty boxes in the packet dialog (and chose words to redact from them) while the PDF beside it
printed the words. Added to Qt's font database, the same fonts fill the system's gaps.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.core.paths import assets_folder

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_added: dict[str, list[str]] = {}


def add_bundled_fonts() -> dict[str, list[str]]:
    """Every bundled font file, by name, with the families Qt found in it (once per run)."""
    if not _added:
        for path in sorted((assets_folder() / "fonts").iterdir()):
            if path.suffix.lower() in FONT_SUFFIXES:
                font_id = QFontDatabase.addApplicationFont(str(path))
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                _added[path.name] = list(families)
    return _added
