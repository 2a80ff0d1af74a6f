"""One key, one action, in every window; Help › Keyboard shortcuts lists them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTableWidget, QWidget

from ui.packets.packet_dialog import PacketDialog
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts import ShortcutsDialog, duplicate_keys, shortcuts_of


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()]


def _open_every_dialog(window: MainWindow) -> list[QWidget]:
    """Trigger every menu action that opens a window (one at a time) and collect them."""
    opened: list[QWidget] = []
    # Actions that ask with a system dialog of their own (a modal box waits forever here).
    skip = {
        "Quit",
        "Verify the log",
        "Paste evidence",
        "Import evidence…",
        "Keyboard shortcuts",
        "Check the log against a packet…",
        "Restore a backup…",
        "Lock with a passphrase…",
        "Change passphrase…",
        "Remove passphrase…",
    }
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            text = action.text().replace("&", "")
            if action.isSeparator() or not action.isEnabled() or text in skip:
                continue
            if action.text().startswith(("New log", "Open log", "Switch to")):
                continue
            before = set(map(id, _windows()))
            action.trigger()
            QApplication.processEvents()
            opened += [w for w in _windows() if id(w) not in before]
    return opened


def test_no_key_is_bound_twice_in_any_window(qtbot, demo_window: MainWindow) -> None:
    demo_window.select_first_customer()
    assert duplicate_keys(demo_window) == {}
    names = {s.name: s.keys for s in shortcuts_of(demo_window)}
    assert names["Paste evidence"] == "Ctrl+Shift+V"
    assert "Ctrl+Shift+V" not in [keys for name, keys in names.items() if name != "Paste evidence"]
    opened = _open_every_dialog(demo_window)
    services = demo_window.services
    first = services.customers.page(0, 1, order="name")[0].id
    demo_window.open_contact(services.contacts.page_for_customer(first, 0, 1)[0].id)
    opened.append(demo_window.dialog)  # type: ignore[arg-type]
    assert len(opened) >= 9, [w.windowTitle() for w in opened]
    try:
        for each in [demo_window, *opened]:
            assert duplicate_keys(each) == {}, each.windowTitle()
            # Tab moves to the next field in every text box, as the owner expects.
            for box in each.findChildren(QPlainTextEdit):
                assert box.isReadOnly() or box.tabChangesFocus(), (each.windowTitle(), box)
    finally:
        for each in opened:
            if isinstance(each, PacketDialog):
                each.wait_for_worker()
            if isinstance(each, QDialog):
                each.done(0)
            else:
                each.close()


def test_the_reply_editor_binds_each_key_once(open_editor, angry_id: int) -> None:
    editor = open_editor(angry_id)
    assert duplicate_keys(editor) == {}
    for box in editor.findChildren(QPlainTextEdit):
        assert box.isReadOnly() or box.tabChangesFocus(), box.objectName()


def test_a_key_bound_twice_is_found(qtbot, window: MainWindow) -> None:
    window.verify_action.setShortcut("Ctrl+Shift+V")
    assert set(duplicate_keys(window)["Ctrl+Shift+V"]) == {"Paste evidence", "Verify the log"}


def test_help_lists_the_keyboard_shortcuts(qtbot, window: MainWindow) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions()] == ["Keyboard shortcuts"]
    help_menu.actions()[0].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Log a contact"] == "Ctrl+N"
    assert rows["Paste evidence"] == "Ctrl+Shift+V"
    assert rows["Keyboard shortcuts"] == "F1"
    dialog.close()


def test_help_also_names_the_keys_of_the_other_windows(
    qtbot, window: MainWindow, open_editor, angry_id: int
) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Calm reply: next step"] == "Ctrl+Enter"
    assert rows["Calm reply: step back"] == "Alt+Left"
    assert rows["Log a contact: save it"] == "Ctrl+Enter"
    # What Help says is what the reply window binds.
    bound = {s.keys for s in shortcuts_of(open_editor(angry_id))}
    assert {"Ctrl+Return", "Alt+Left", "Ctrl+S"} <= bound
