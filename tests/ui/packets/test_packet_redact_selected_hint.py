""" "Redact the words selected on the Contacts tab" with nothing selected says what to do,
instead of doing nothing: the owner must not believe the words were blacked out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QPushButton

from ui.packets.packet_dialog import PacketDialog


def test_redacting_with_no_selection_says_how_to_select(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    redactions = dialog.redactions
    dialog.show()
    dialog.tabs.setCurrentWidget(redactions)
    button = next(
        b
        for b in redactions.findChildren(QPushButton)
        if b.text() == "Redact the words selected on the Contacts tab"
    )
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert redactions.list.count() == 0
    (hint,) = [label.text() for label in redactions.findChildren(QLabel) if _says_how(label)]
    assert hint.startswith("No contact is chosen.")

    chooser = dialog.chooser
    chooser.tree.setCurrentItem(chooser.tree.topLevelItem(0))
    cursor = chooser.words.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    chooser.words.setTextCursor(cursor)  # as a drag with the mouse selects them
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert redactions.list.count() == 1
    assert not any(_says_how(label) for label in redactions.findChildren(QLabel))


def _says_how(label: QLabel) -> bool:
    text = label.text()
    return label.isVisible() and "select the words" in text and "type the words in Text" in text
