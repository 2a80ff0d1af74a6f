"""The fixed-width font for words kept exactly (the customer's words, the proof codes), at the
size the owner chose for the whole application.

Qt's system fixed font carries a size of its own (9 pt on most Linux desktops), so an owner who
enlarged the text for their eyes got everything large except the most important words.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase


def fixed_width(size_like: QFont | None = None) -> QFont:
    """The fixed-width family; the size is `size_like`'s, or inherited where the font is set
    on a widget (only the family is set, so the application's size still applies)."""
    system = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font = QFont()
    font.setFamilies(system.families())
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    if size_like is not None:
        if size_like.pointSizeF() > 0:
            font.setPointSizeF(size_like.pointSizeF())
        elif size_like.pixelSize() > 0:
            font.setPixelSize(size_like.pixelSize())
    return font
