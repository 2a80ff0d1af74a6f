"""A banner's link (the demo's "Switch to my log", the read-only log's "Make a copy…") reads on
the banner's own fill in a light and a dark palette: measured on the painted pixels, at WCAG AA.
Qt paints links in the palette's link colour, a dark blue that vanished on a dark banner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.shell.test_colours import dark_palette
from ui.shell.log_menu import DEMO_BANNER_WITH_WAY_OUT
from ui.shell.main_window import MainWindow
from ui.shell.read_only import banner_text
from ui.shell.status_colours import (
    AA_CONTRAST,
    DARK,
    LIGHT,
    Tone,
    contrast_ratio,
    show_as_banner,
    tone_colours,
)

LINK_ONLY = '<a href="go">Switch to my log</a>'


def light_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    before = QApplication.palette()
    QApplication.setPalette(light_palette() if request.param == "light" else dark_palette())
    yield QApplication.palette()
    QApplication.setPalette(before)


def _painted(widget: QWidget) -> QImage:
    widget.repaint()
    return widget.grab().toImage()


def _words_contrast(picture: QImage, fill: QColor) -> float:
    """The strongest contrast any pixel makes with the fill: the words' own colour, as
    antialiased edges only blend it towards the fill."""
    return max(
        contrast_ratio(picture.pixelColor(x, y), fill)
        for x in range(2, picture.width() - 2)
        for y in range(2, picture.height() - 2)
    )


@pytest.mark.parametrize("tone", list(Tone))
def test_a_banner_link_reads_on_every_banner(palette: QPalette, qtbot: QtBot, tone: Tone) -> None:
    label = QLabel(LINK_ONLY)
    qtbot.addWidget(label)
    show_as_banner(label, tone)
    label.resize(260, 40)
    label.show()
    qtbot.waitExposed(label)
    colours = tone_colours(tone)
    picture = _painted(label)
    assert _words_contrast(picture, colours.fill) >= AA_CONTRAST
    assert colours.fill_text.name() in label.text()


def test_a_link_follows_the_palette_when_it_turns_dark(qtbot: QtBot, qapp: QApplication) -> None:
    before = QApplication.palette()
    try:
        QApplication.setPalette(light_palette())
        # Inside a window, as every banner is: Qt tells only windows of the new palette.
        window = QWidget()
        qtbot.addWidget(window)
        label = QLabel(LINK_ONLY, window)
        show_as_banner(label, Tone.WARNING)
        label.resize(260, 40)
        window.show()
        qtbot.waitExposed(window)
        _painted(label)
        assert LIGHT[Tone.WARNING].fill_text.name() in label.text()
        QApplication.setPalette(dark_palette())  # dark mode turned on, window open
        QApplication.processEvents()
        picture = _painted(label)
        assert DARK[Tone.WARNING].fill_text.name() in label.text()
        assert LIGHT[Tone.WARNING].fill_text.name() not in label.text()
        assert DARK[Tone.WARNING].fill.name() in label.styleSheet()
        assert _words_contrast(picture, DARK[Tone.WARNING].fill) >= AA_CONTRAST
    finally:
        QApplication.setPalette(before)


@pytest.mark.parametrize(
    "words", [DEMO_BANNER_WITH_WAY_OUT, banner_text("the file is read-only", can_copy=True)]
)
def test_the_window_banners_links_read(
    palette: QPalette, qtbot: QtBot, demo_window: MainWindow, words: str
) -> None:
    banner = demo_window.demo_banner
    # Only the link, set after the banner is styled as the File menu does: the banner's plain
    # words were never the trouble.
    banner.setText(words[words.index("<a") :])
    picture = _painted(banner)
    assert _words_contrast(picture, tone_colours(Tone.WARNING).fill) >= AA_CONTRAST
