"""Help › Keyboard shortcuts names every key the packet window binds, as the window binds it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.packets.packet_dialog import PacketDialog
from ui.shell.shortcuts import ELSEWHERE, ShortcutsDialog, shortcuts_of


def test_help_lists_the_packet_windows_keys(qtbot, dialog: PacketDialog) -> None:
    bound = {s.keys for s in shortcuts_of(dialog)}
    assert {"F5", "Ctrl+S", "Ctrl+P"} <= bound
    helped = {s.keys: s.name for s in ELSEWHERE if s.name.startswith("Packet:")}
    assert set(helped) == {"F5", "Ctrl+S", "Ctrl+P"} and set(helped) <= bound
    assert helped["F5"] == "Packet: preview"
    assert helped["Ctrl+P"].startswith("Packet: print")
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = ShortcutsDialog(parent)
    rows = [
        (shown.table.item(r, 1).text(), shown.table.item(r, 0).text())
        for r in range(shown.table.rowCount())
    ]
    assert ("F5", "Packet: preview") in rows


def test_enter_previews_and_never_ticks_every_contact_again(qtbot, dialog: PacketDialog) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QPushButton

    dialog.show()
    QApplication.processEvents()
    assert [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()] == ["Preview"]
    tree = dialog.chooser.tree
    second = tree.topLevelItem(1)
    second.setCheckState(0, Qt.CheckState.Unchecked)
    tree.setFocus()
    tree.setCurrentItem(second)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert second.checkState(0) == Qt.CheckState.Unchecked
    assert dialog.isVisible()
