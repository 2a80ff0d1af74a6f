"""The fonts Steady ships for its packets, lent to the window as well.

A packet prints Chinese, Arabic, Thai or emoji from the fonts in `assets/fonts`; the window
drew them from whatever the system has, so on a laptop without a Chinese font the owner read
empty boxes in the packet dialog (and chose words to redact from them) while the PDF beside it
printed the words. Added to Qt's font database, the same fonts fill the system's gaps.

At start they are lent on a thread of their own while the log opens (Qt's font database is
thread-safe and reading a font file lets Python go on): the 7 ms they take overlap the log's
opening instead of adding to it. The window waits for them before it lays out a name.
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QFontDatabase

from app.core.paths import assets_folder

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

_added: dict[str, list[str]] = {}
_lending: threading.Thread | None = None


def lend_bundled_fonts_aside() -> None:
    """Start lending the fonts on their own thread; `add_bundled_fonts` waits for them."""
    global _lending
    if not _added and _lending is None:
        _lending = threading.Thread(target=_lend, name="Steady fonts", daemon=True)
        _lending.start()


def add_bundled_fonts() -> dict[str, list[str]]:
    """Every bundled font file, by name, with the families Qt found in it (once per run)."""
    global _lending
    if _lending is not None:
        _lending.join()
        _lending = None
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
