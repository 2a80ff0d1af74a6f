"""On a laptop screen the charts sit below the divider above the log: the keyboard owner moves
it with Ctrl+Shift+Down (more room for where the customer stands) and Ctrl+Shift+Up (more
room for the log), listed in the View menu, and the page keeps the owner's choice."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ui.shell.main_window import MainWindow
from ui.shell.screen_fit import SMALLEST_WINDOW


def _shown_height(widget: QWidget, viewport: QWidget) -> int:
    """How many pixels of `widget`'s height the scroll area shows."""
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    seen = QRect(top_left, widget.size()).intersected(viewport.rect())
    return seen.height() if seen.isValid() else 0


def test_the_charts_are_brought_into_view_with_the_keyboard(qtbot, demo_window: MainWindow) -> None:
    demo_window.resize(SMALLEST_WINDOW)
    with qtbot.waitActive(demo_window):
        demo_window.activateWindow()
    demo_window.select_customer(3)
    panel = next(t.panel for t in demo_window.customer_tools if hasattr(t, "panel"))
    qtbot.waitUntil(lambda: bool(panel.verdict_label.text()))
    QApplication.processEvents()
    panel.tabs.setCurrentWidget(panel.charts_tab)
    chart = panel.charts.volume_view
    qtbot.waitUntil(chart.isVisible)
    page = demo_window.page
    viewport = page.top_scroll.viewport()
    chart.setFocus(Qt.FocusReason.TabFocusReason)  # Tab from the tab bar, as in F8
    QApplication.processEvents()
    assert _shown_height(chart, viewport) < chart.height()  # a laptop shows only its top
    log_before = page.splitter.sizes()[1]

    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, keys)
    qtbot.waitUntil(lambda: _shown_height(chart, viewport) == chart.height())
    assert chart.hasFocus()
    assert page.timeline_stack.height() >= page.timeline_stack.minimumHeight()

    log_most = page.splitter.sizes()[1]
    assert log_most < log_before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, keys)
    assert page.splitter.sizes()[1] > log_most
    moved = page.splitter.sizes()
    demo_window.resize(SMALLEST_WINDOW.width(), SMALLEST_WINDOW.height() - 1)
    QApplication.processEvents()
    assert page.splitter.sizes()[0] == moved[0]  # the page keeps where the owner put it
