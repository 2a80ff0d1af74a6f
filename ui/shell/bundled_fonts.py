"""The fonts Steady ships for its packets, lent to the window as well.

A packet prints Chinese, Arabic, Thai or emoji from the fonts in `assets/fonts`; the window
drew them from whatever the system has, so on a laptop without a Chinese font the owner read
empty boxes in the packet dialog (and chose words to redact from them) while the PDF beside it
printed the words. Added to Qt's font database, the same fonts fill the system's gaps.

They are lent once, before the first window is built: a name laid out before them stays
empty boxes on X11 even when painted again. (Lent on a thread of their own they saved nothing:
Qt keeps Python's lock while it reads them, measured with py-spy and in starts side by side.)
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from app.core.paths import assets_folder

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_added: dict[str, list[str]] = {}


def add_bundled_fonts() -> dict[str, list[str]]:
    """Every bundled font file, by name, with the families Qt found in it (once per run)."""
    if not _added:
        _lend()
    return _added


def _lend() -> None:
    added: dict[str, list[str]] = {}
    for path in sorted((assets_folder() / "fonts").iterdir()):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            added[path.name] = list(families)
    _added.update(added)
