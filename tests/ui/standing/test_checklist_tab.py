"""The blocking checklist is no keyboard trap: Tab and Shift+Tab leave it, so the log after it
can be reached without a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.services import Services
from tests.ui.shell.test_no_keyboard_trap import trapped
from ui.standing.checklist import BlockingChecklistWidget


def test_tab_and_shift_tab_leave_the_blocking_checklist(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    page = QWidget()
    before, after = QLineEdit(), QLineEdit()
    checklist = BlockingChecklistWidget(services, customer_id)
    layout = QVBoxLayout(page)
    for widget in (before, checklist, after):
        layout.addWidget(widget)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    assert checklist.table.rowCount() > 1
    assert trapped(qtbot, page) == []
    table = checklist.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.setCurrentCell(table.rowCount() - 1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert page.focusWidget() is after
    table.setFocus(Qt.FocusReason.BacktabFocusReason)
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert page.focusWidget() is before
