"""The window can draw what the packets print: the bundled fonts are Qt's too."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QImage
from PySide6.QtWidgets import QLabel

from app.core.paths import assets_folder
from ui.shell.bundled_fonts import FONT_SUFFIXES, add_bundled_fonts

CHINESE = "这家店是骗子"


def test_every_bundled_font_file_is_given_to_qt(qapp) -> None:  # type: ignore[no-untyped-def]
    added = add_bundled_fonts()
    files = {
        path.name
        for path in (assets_folder() / "fonts").iterdir()
        if path.suffix.lower() in FONT_SUFFIXES
    }
    assert set(added) == files
    assert all(added.values()), {name for name, families in added.items() if not families}
    assert "WenQuanYi Micro Hei" in QFontDatabase.families()
    assert add_bundled_fonts() is added  # once per run


def _drawn(text: str) -> bytes:
    label = QLabel(text)
    label.resize(label.sizeHint())
    image = QImage(label.size(), QImage.Format.Format_ARGB32)
    image.fill(0)
    label.render(image)
    return bytes(image.constBits())


def test_chinese_is_drawn_as_letters_not_as_empty_boxes(qapp) -> None:  # type: ignore[no-untyped-def]
    add_bundled_fonts()
    # A missing glyph is the same empty box whatever the character; letters differ.
    shapes = {_drawn(character) for character in CHINESE}
    assert len(shapes) == len(CHINESE)


def test_what_was_painted_before_the_fonts_came_is_painted_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The customer list is painted before the fonts are lent: 王小明 was three boxes until a
    row was hovered."""
    from PySide6.QtWidgets import QWidget

    from ui.shell.launch import _lend_bundled_fonts

    class Counting(QWidget):
        paints = 0

        def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]
            Counting.paints += 1

    window = QWidget()
    child = Counting(window)
    child.resize(100, 30)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: Counting.paints > 0)
    before = Counting.paints
    _lend_bundled_fonts()
    qtbot.waitUntil(lambda: Counting.paints > before, timeout=2000)
