"""The few colours Steady adds to the system palette, named for what they say.

Everything else (text, backgrounds, selection) follows the system palette — light, dark or
high contrast — through palette roles. Each named colour has a light and a dark variant, each
checked to read at WCAG AA (4.5:1) against the window and its fills (tests/ui/test_colours.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

AA_CONTRAST = 4.5
BLACK = QColor("#000000")
WHITE = QColor("#ffffff")
# What a tick box's outline is drawn from on a dark palette (Fusion darkens it by 40 %, to a
# grey that stands out on any dark window or row): see keep_boxes_visible and
# ui/shell/visible_ticks.py.
TICK_OUTLINE_BASE = QColor("#b4b4b4")
# Every window's tick boxes and round choice buttons (subclasses included).
_BOX_CLASSES = ("QCheckBox", "QRadioButton")
_KEEPS_BOXES_VISIBLE = "steady_keeps_boxes_visible"


class Tone(StrEnum):
    """What a coloured word or box says: danger (threats, errors), warning, good, info."""

    DANGER = "danger"
    WARNING = "warning"
    GOOD = "good"
    INFO = "info"


@dataclass(frozen=True)
class ToneColours:
    text: QColor  # words in this tone on the window's own background
    fill: QColor  # a banner's background
    fill_text: QColor  # words on that banner
    border: QColor


LIGHT = {
    Tone.DANGER: ToneColours(
        QColor("#a3161d"), QColor("#fdecea"), QColor("#7a1212"), QColor("#e0a3a3")
    ),
    Tone.WARNING: ToneColours(
        QColor("#8a4b00"), QColor("#fff4d6"), QColor("#5a4500"), QColor("#e3c35a")
    ),
    Tone.GOOD: ToneColours(
        QColor("#2b6535"), QColor("#e3f4e1"), QColor("#1e4d26"), QColor("#7cb872")
    ),
    Tone.INFO: ToneColours(
        QColor("#2f5f8a"), QColor("#eef4fa"), QColor("#1f3a57"), QColor("#b8cde0")
    ),
}
DARK = {
    Tone.DANGER: ToneColours(
        QColor("#ff9b93"), QColor("#5c1a1a"), QColor("#ffd9d6"), QColor("#a34a4a")
    ),
    Tone.WARNING: ToneColours(
        QColor("#ffb861"), QColor("#4a3b10"), QColor("#ffe8a3"), QColor("#8a6d1f")
    ),
    Tone.GOOD: ToneColours(
        QColor("#86d08f"), QColor("#1f3d24"), QColor("#c8f0cc"), QColor("#4c8a55")
    ),
    Tone.INFO: ToneColours(
        QColor("#9cc8f2"), QColor("#1e3347"), QColor("#d6e8fa"), QColor("#4a6f93")
    ),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the system palette draws light words on a dark window (dark mode)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone_colours(tone: Tone, palette: QPalette | None = None) -> ToneColours:
    return (DARK if is_dark(palette) else LIGHT)[tone]


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on a coloured chip."""
    return BLACK if contrast_ratio(fill, BLACK) >= contrast_ratio(fill, WHITE) else WHITE


def text_style(tone: Tone | None) -> str:
    """A style sheet for words in a tone (empty: the palette's own text colour)."""
    if tone is None:
        return ""
    return f"color: {tone_colours(tone).text.name()};"


def banner_style(tone: Tone, selector: str = "") -> str:
    """A style sheet for a box of words that must be noticed: a soft fill in the tone."""
    colours = tone_colours(tone)
    rule = (
        f"background: {colours.fill.name()}; color: {colours.fill_text.name()}; "
        f"border: 1px solid {colours.border.name()}; border-radius: 4px; padding: 6px;"
    )
    # A selector keeps the box's children (labels inside a frame) from drawing boxes of their own.
    return f"{selector} {{ {rule} }} QLabel {{ border: none; }}" if selector else rule


# A link as Steady colours it: its own colour in a style attribute, replaced when it changes.
_ANCHOR = re.compile(r'<a\b(?P<attrs>[^>]*?)(?: style="color:#[0-9a-f]{6}")?>', re.IGNORECASE)


def links_coloured(text: str, colour: QColor) -> str:
    """Rich text with each link drawn in `colour`. Qt paints a label's links in the palette's
    link colour whatever the label's style sheet says: dark blue on a dark banner."""
    return _ANCHOR.sub(lambda found: f'<a{found["attrs"]} style="color:{colour.name()}">', text)


class _Restyle(QObject):
    """Keeps a widget's style sheet, and its links' colour, in step with the system palette."""

    def __init__(self, widget: QWidget, style: object, links: object = None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._style = style
        self._links = links
        self._link_colour: QColor | None = None
        # A widget with a style sheet of its own is not told the application's palette
        # changed (only windows are): the application's signal is.
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.paletteChanged.connect(self._on_application_palette_changed)
        if links is not None:
            widget.installEventFilter(self)
        self._on_application_palette_changed()

    def stop(self) -> None:
        """Another style follows the palette now: this one no longer touches the widget."""
        self._widget.removeEventFilter(self)
        self._style = self._links = self._link_colour = None
        self._widget = None  # type: ignore[assignment]

    def _on_application_palette_changed(self, *_palette: object) -> None:
        if self._widget is None:
            return
        self._widget.setStyleSheet(self._style())  # type: ignore[operator]
        if self._links is not None:
            # Chosen with the style sheet, from the same palette: the links always belong
            # to the fill they are drawn on.
            self._link_colour = self._links()  # type: ignore[operator]
            self._widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._link_colour is not None:
            # Just before drawing: a banner's words are often set after it is styled (the demo
            # banner's way out, the read-only banner's copy link), and again at each change.
            _colour_links(watched, self._link_colour)
        return False


def _colour_links(widget: QObject, colour: QColor) -> None:
    if not isinstance(widget, QLabel) or widget.textFormat() == Qt.TextFormat.PlainText:
        return
    text = widget.text()
    if "<a" in text.lower() and (coloured := links_coloured(text, colour)) != text:
        widget.setText(coloured)


def follow_palette(widget: QWidget, style: object, links: object = None) -> None:
    """Style `widget` with `style()` now and again whenever the system palette changes; with
    `links`, a label's links are drawn in the colour `links()` gives."""
    for child in widget.findChildren(_Restyle):
        child.stop()
        child.deleteLater()
    _Restyle(widget, style, links)


def show_in_tone(label: QWidget, tone: Tone) -> None:
    """Words in a status colour that follows the system palette (light, dark)."""
    follow_palette(label, lambda: text_style(tone))


def show_as_banner(widget: QWidget, tone: Tone, selector: str = "") -> None:
    """A box of words in a soft status fill that follows the system palette."""
    follow_palette(
        widget, lambda: banner_style(tone, selector), lambda: tone_colours(tone).fill_text
    )


class _VisibleBoxes(QObject):
    """Fusion outlines a tick box or a round choice button a shade darker than the window and
    fills it with the field colour: on a dark palette an empty one is a grey square on a grey
    window (a contrast of about 1.2 to 1), and a contact's categories read as words with
    nothing to tick. The boxes' own palette, for the whole application, draws the outline from
    a lighter grey; a light palette keeps Qt's own look."""

    def __init__(self, application: QApplication) -> None:
        super().__init__(application)
        # Queued: Qt drops every class's own palette when the application's changes, and on a
        # system switch (not one Steady made) sets the theme's again only after telling us.
        application.paletteChanged.connect(self.apply, Qt.ConnectionType.QueuedConnection)
        self.apply()

    def apply(self, *_palette: object) -> None:
        if not is_dark(QGuiApplication.palette()):
            return  # Qt's own look: a new application palette already dropped the boxes' own
        for name in _BOX_CLASSES:
            palette = QApplication.palette(name)  # the theme's for the class, if it has one
            palette.setColor(QPalette.ColorRole.Window, TICK_OUTLINE_BASE)
            QApplication.setPalette(palette, name)


def keep_boxes_visible(application: QApplication) -> QObject:
    """Draw every tick box and round choice button of every window so that an empty one shows
    in dark mode; again whenever the system turns dark or light. Once, as Steady starts;
    deleting what it returns stops it."""
    # Found by its name: a first search by its Python type costs 2 ms as Steady starts.
    kept = application.findChild(QObject, _KEEPS_BOXES_VISIBLE)
    if kept is None:
        kept = _VisibleBoxes(application)
        kept.setObjectName(_KEEPS_BOXES_VISIBLE)
    return kept
