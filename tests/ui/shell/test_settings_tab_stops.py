"""Settings: Tab from a tab's title goes straight to its first field; no tab's page is an
invisible, nameless stop where Tab seems to do nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTabBar, QTabWidget

from app.services import Services
from ui.shell.settings_dialog import SettingsDialog


def test_tab_from_each_tab_title_reaches_a_field(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    tabs = dialog.findChild(QTabWidget)
    bar = tabs.findChild(QTabBar)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        bar.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(bar, Qt.Key.Key_Tab)
        landed = dialog.focusWidget()
        assert not isinstance(landed, QScrollArea), tabs.tabText(index)
        assert tabs.currentWidget().isAncestorOf(landed), (tabs.tabText(index), landed)
