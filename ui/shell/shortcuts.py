"""Keyboard shortcuts: one action per key in each window, and Help › Keyboard shortcuts.

A key bound to two actions in one window does nothing at all (Qt calls it an ambiguous
overload), so `shortcuts_of` is what a test walks to keep every key to one action.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as shown to the owner, e.g. "Ctrl+Shift+N"
    name: str  # what it does, e.g. "New customer"


def _owner(item: QObject) -> QWidget | None:
    """The window a shortcut works in (a menu's actions belong to the menu's window)."""
    parent: QObject | None = item if isinstance(item, QWidget) else item.parent()
    while parent is not None:
        if isinstance(parent, QWidget) and not isinstance(parent, QMenu):
            return parent.window()
        parent = parent.parent()
    return None


def _name(text: str) -> str:
    return text.replace("&", "").rstrip("…").strip()


def shortcuts_of(window: QWidget) -> list[Shortcut]:
    """Every key bound in this window, once per action or button that answers to it."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def add(item: QObject, keys: QKeySequence, text: str) -> None:
        if keys.isEmpty() or id(item) in seen or _owner(item) is not window:
            return
        seen.add(id(item))
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        found.append(Shortcut(shown, _name(text) or item.objectName()))

    for action in [*window.actions(), *window.findChildren(QAction)]:
        for keys in action.shortcuts():
            add(action, keys, action.text())
    for button in window.findChildren(QAbstractButton):
        add(button, button.shortcut(), button.text())
    for shortcut in window.findChildren(QShortcut):
        add(shortcut, shortcut.key(), shortcut.whatsThis() or shortcut.objectName())
    return sorted(found, key=lambda s: (s.name.lower(), s.keys))


def duplicate_keys(window: QWidget) -> dict[str, list[str]]:
    """Keys bound to more than one action in this window, with the actions' names."""
    by_keys: dict[str, list[str]] = defaultdict(list)
    for shortcut in shortcuts_of(window):
        by_keys[shortcut.keys].append(shortcut.name)
    return {keys: names for keys, names in by_keys.items() if len(names) > 1}


# Keys of the windows and lists the main window opens: not bound while Help is read, so named
# here (each is checked against its widget in tests/ui/shell/test_shortcuts.py and
# tests/ui/packets/test_packet_keys.py).
ELSEWHERE: tuple[Shortcut, ...] = (
    Shortcut("Ctrl+Enter", "Log a contact: save it"),
    Shortcut("Ctrl+V", "Log a contact: paste a screenshot or files as evidence"),
    Shortcut("Enter", "The log: open the contact (a repeated message: show every copy)"),
    Shortcut("→ or +", "The log: show every copy of a repeated message"),
    Shortcut("← or −", "The log: fold the copies of a repeated message"),
    Shortcut("Ctrl+Enter", "Calm reply: next step"),
    Shortcut("Alt+Left", "Calm reply: step back"),
    Shortcut("Ctrl+S", "Calm reply: save the draft now"),
    Shortcut("F5", "Packet: preview"),
    Shortcut("Ctrl+S", "Packet: save the PDF"),
    Shortcut("Ctrl+P", "Packet: print (in the main window Ctrl+P prepares the packet)"),
    Shortcut("Escape", "Any dialog: close (asks first if you typed something)"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        rows = [*shortcuts_of(window), *ELSEWHERE]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["What it does", "Keys"])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to Close
        for row, shortcut in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.name))
            self.table.setItem(row, 1, QTableWidgetItem(shortcut.keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 600)


class HelpMenu:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ShortcutsDialog | None = None
        self.menu = window.menuBar().addMenu("&Help")
        self.shortcuts_action = QAction("Keyboard shortcuts", window)
        self.shortcuts_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.menu.addAction(self.shortcuts_action)

    def show_shortcuts(self) -> None:
        self.dialog = ShortcutsDialog(self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()


def install_help_menu(window: MainWindow) -> HelpMenu:
    return HelpMenu(window)
