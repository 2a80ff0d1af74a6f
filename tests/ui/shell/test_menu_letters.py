"""Every menu item has an underlined letter of its own in its menu, so with the menu open a
keyboard user picks any command by its letter (New log…, Verify the log, Policies… too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from ui.shell.main_window import MainWindow
from ui.shell.menu_letters import letter_of
from ui.shell.shortcuts import ShortcutsDialog


def _menus(window: MainWindow) -> dict[str, QMenu]:
    return {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}


def test_every_item_of_every_menu_has_a_letter_of_its_own(qtbot, demo_window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "&Help" in _menus(demo_window))  # the last, added with the tools
    qtbot.waitUntil(lambda: bool(demo_window.customer_tools))
    missing, twice = [], []
    for title, menu in _menus(demo_window).items():
        menu.aboutToShow.emit()
        seen: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            letter = letter_of(action.text())
            if letter is None:
                missing.append(f"{title} › {action.text()}")
            elif letter in seen:
                twice.append(f"{title} › {seen[letter]} / {action.text()} ({letter})")
            else:
                seen[letter] = action.text()
    assert not missing, "\n".join(missing)
    assert not twice, "\n".join(twice)
    names = [a.text() for a in _menus(demo_window)["&Customer"].actions()]
    assert "&Policies…" in names and "&All unfinished replies…" in names


def test_the_letter_chooses_the_item_in_an_open_menu(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "&Help" in _menus(window))
    help_menu = _menus(window)["&Help"]
    help_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(help_menu.isVisible)
    [item] = help_menu.actions()
    assert item.text() == "&Keyboard shortcuts"
    qtbot.keyClick(help_menu, Qt.Key.Key_K)
    QApplication.processEvents()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    # Help lists the command by its name, not with the letter's marker.
    assert "&" not in "".join(
        dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())
    )
    dialog.close()


def test_an_ampersand_in_a_name_stays_an_ampersand() -> None:
    from ui.shell.menu_letters import _with_letter

    assert letter_of("Tom && Jerry") is None
    assert _with_letter("Tom \0 Jerry", set()).replace("\0", "&&") == "&Tom && Jerry"
    assert _with_letter("Open log…", {"o"}) == "Open &log…"
    assert _with_letter("Open", {"o", "p", "e", "n"}) == "Open"
