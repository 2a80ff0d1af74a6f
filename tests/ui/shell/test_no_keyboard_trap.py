"""Tab always leaves a list or a table: no window traps the keyboard in a read-only grid, so
the checkbox and buttons below it can be reached (WCAG "no keyboard trap")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from app.services import Services
from tests.ui.every_window import every_window
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts import ShortcutsDialog


def trapped(qtbot, top: QWidget) -> list[str]:
    """The lists of `top` that a Tab does not leave."""
    found = []
    for view in top.findChildren(QAbstractItemView):
        if not view.isVisible() or not view.accessibleName() or not view.model():
            continue
        view.setFocus()
        if view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if top.focusWidget() is view:
            found.append(view.accessibleName())
    return found


def test_tab_leaves_every_list_of_every_window(
    qtbot, demo_window: MainWindow, demo_services: Services
) -> None:
    customer_id = demo_services.customers.page(0, 1)[0].id
    stuck: list[str] = []
    for name, top in every_window(demo_window, customer_id):
        stuck += [f"{name}: {view}" for view in trapped(qtbot, top)]
    assert not stuck, "\n".join(stuck)


def test_tab_leaves_the_keyboard_shortcuts_and_reaches_close(qtbot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert trapped(qtbot, dialog) == []
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert dialog.focusWidget().text() == "Close"
