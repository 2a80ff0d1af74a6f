from __future__ import annotations

from PySide6.QtGui import QTextDocument

from ui.reply.positions import Utf16Map, to_python, to_qt


def test_an_emoji_counts_twice_for_qt_and_once_for_python() -> None:
    text = "a😀b👍🏽c"
    positions = Utf16Map(text)
    for index, ch in enumerate(text):
        qt = positions.to_qt(index)
        assert positions.to_python(qt) == index
        document = QTextDocument(text)
        assert document.characterAt(qt) == ch or ord(ch) > 0xFFFF
    assert to_qt(text, 2) == 3 and to_python(text, 3) == 2
    assert to_qt(text, len(text)) == len(text.encode("utf-16-le")) // 2
