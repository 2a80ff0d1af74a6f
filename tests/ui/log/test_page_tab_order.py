"""Tab walks the customer page from the top: the assessment, then the log below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ui.shell.main_window import MainWindow


def _tab_chain(start: QWidget, stop: QWidget, most: int = 40) -> list[QWidget]:
    """The widgets Tab reaches from `start`, until `stop`."""
    start.setFocus()
    reached: list[QWidget] = []
    for _ in range(most):
        focused = QApplication.focusWidget()
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        reached.append(focused)
        if focused is stop:
            break
    return reached


def test_tab_reaches_the_assessment_before_the_log(qtbot, demo_window: MainWindow) -> None:
    demo_window.activateWindow()
    demo_window.select_customer(2)  # Tasha Morrow: signs and next steps to act on
    panel = next(t.panel for t in demo_window.customer_tools if hasattr(t, "panel"))
    qtbot.waitUntil(lambda: bool(panel.step_buttons) and panel.step_buttons[0].isVisible())
    page = demo_window.page
    chain = _tab_chain(page.log_button, page.timeline)
    assert chain[-1] is page.timeline, [type(w).__name__ for w in chain]
    buttons = [w for w in chain if w in panel.step_buttons]
    assert buttons == [b for b in panel.step_buttons if b.isVisible()]
    # Shift+Tab from the log goes back up into the assessment, not to the buttons above it.
    QTest.keyClick(page.timeline, Qt.Key.Key_Backtab)
    assert panel.isAncestorOf(QApplication.focusWidget())


def test_tab_follows_the_screen_next_steps_before_the_tabs_no_nameless_stop(
    qtbot, demo_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QScrollArea, QTabBar

    demo_window.activateWindow()
    demo_window.select_customer(2)
    panel = next(t.panel for t in demo_window.customer_tools if hasattr(t, "panel"))
    qtbot.waitUntil(lambda: bool(panel.step_buttons) and panel.step_buttons[0].isVisible())
    page = demo_window.page
    chain = _tab_chain(page.log_button, page.timeline)
    assert not [w for w in chain if isinstance(w, QScrollArea)]
    kinds = ["step" if w in panel.step_buttons else type(w).__name__ for w in chain]
    assert kinds.index("step") < kinds.index(QTabBar.__name__), kinds
