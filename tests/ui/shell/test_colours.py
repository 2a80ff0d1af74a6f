"""Colours follow the system palette; Steady's few status colours read at WCAG AA on both."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.reply.steps import Step
from ui.reply.step_rail import StepRail
from ui.shell.status_colours import (
    AA_CONTRAST,
    DARK,
    LIGHT,
    Tone,
    contrast_ratio,
    is_dark,
    show_as_banner,
    text_on,
    tone_colours,
)
from ui.shell.status_look import RISK_COLOURS, SEVERITY_COLOURS, STATUS_COLOURS

UI = Path(__file__).resolve().parents[3] / "ui"
COLOUR_HOMES = {"status_colours.py", "status_look.py"}
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")

LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f0f0f0", "#f6f5f4")  # Fusion, Windows, GNOME
DARK_BACKGROUNDS = ("#000000", "#1e1e1e", "#2a2a2a", "#353535", "#3c3c3c")


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#2a2a2a"),
        (QPalette.ColorRole.AlternateBase, "#303030"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
        (QPalette.ColorRole.Mid, "#555555"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield QApplication.palette()
    QApplication.setPalette(before)


@pytest.mark.parametrize("tone", list(Tone))
def test_every_status_colour_reads_on_light_and_dark(tone: Tone) -> None:
    for background in LIGHT_BACKGROUNDS:
        assert contrast_ratio(LIGHT[tone].text, QColor(background)) >= AA_CONTRAST, background
    for background in DARK_BACKGROUNDS:
        assert contrast_ratio(DARK[tone].text, QColor(background)) >= AA_CONTRAST, background
    for variant in (LIGHT[tone], DARK[tone]):
        assert contrast_ratio(variant.fill_text, variant.fill) >= AA_CONTRAST
        # A heading in the tone on its own fill (an action card's title on the log).
        assert contrast_ratio(variant.text, variant.fill) >= AA_CONTRAST


def test_chips_pick_words_that_read_on_their_colour() -> None:
    risks = [colour for _floor, colour in RISK_COLOURS]
    for fill in (*SEVERITY_COLOURS.values(), *STATUS_COLOURS.values(), *risks):
        assert contrast_ratio(text_on(fill), fill) >= AA_CONTRAST, fill.name()


def test_the_dark_variant_is_used_on_a_dark_palette(dark: QPalette) -> None:
    assert is_dark()
    assert tone_colours(Tone.DANGER) == DARK[Tone.DANGER]


def test_no_colour_is_written_into_the_window_outside_the_named_set() -> None:
    found = [
        f"{path.relative_to(UI.parent)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in COLOUR_HOMES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line) and not line.lstrip().startswith("#")
    ]
    assert not found, "\n".join(found)


def _painted(widget: QWidget, x: int, y: int) -> QColor:
    return widget.grab().toImage().pixelColor(x, y)


def test_the_reply_steps_read_in_dark_mode(dark: QPalette, qtbot) -> None:
    rail = StepRail()
    qtbot.addWidget(rail)
    rail.resize(190, 420)
    rail.show_progress(Step.STOP, False)
    rail.show()
    qtbot.waitExposed(rail)
    words = dark.color(QPalette.ColorRole.WindowText)
    # Below the steps, beside them: the rail's own background.
    background = _painted(rail, 185, 410)
    assert contrast_ratio(words, background) >= AA_CONTRAST, background.name()
    current = _painted(rail, 185, 5)
    highlighted = dark.color(QPalette.ColorRole.HighlightedText)
    assert contrast_ratio(highlighted, current) >= 3, current.name()


def test_banners_turn_dark_with_the_system(dark: QPalette, qtbot) -> None:
    label = QLabel("Demo database")
    qtbot.addWidget(label)
    show_as_banner(label, Tone.WARNING)
    label.show()
    assert DARK[Tone.WARNING].fill.name() in label.styleSheet()
    QApplication.setPalette(QApplication.style().standardPalette())  # light, window open
    QApplication.processEvents()
    assert LIGHT[Tone.WARNING].fill.name() in label.styleSheet()
