"""Prepare packet by keyboard: both tick columns reachable, Space ticks the box it is on, and
the chosen contact's words can be selected with keys and redacted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton, QTreeWidgetItem

from app.core.domain import Direction
from app.packets.data import PacketKind
from ui.packets.contact_choice import EXAMPLE, INCLUDE, ContactChooser
from ui.packets.packet_dialog import PacketDialog

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _on_inbound_row(qtbot, dialog: PacketDialog) -> QTreeWidgetItem:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.TERMINATION))
    dialog.show()
    QApplication.processEvents()
    chooser: ContactChooser = dialog.chooser
    tree = chooser.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(tree.topLevelItemCount()):
        contact = chooser.current_contact()
        if contact is not None and contact.direction is Direction.INBOUND:
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    item = tree.currentItem()
    assert item is not None and item.checkState(EXAMPLE) in (CHECKED, UNCHECKED)
    return item


def test_right_then_space_ticks_the_example_and_leaves_the_contact_in(
    qtbot, dialog: PacketDialog
) -> None:
    item = _on_inbound_row(qtbot, dialog)
    tree = dialog.chooser.tree
    example_before = item.checkState(EXAMPLE)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    assert tree.currentIndex().column() == EXAMPLE
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(INCLUDE) == CHECKED  # the contact stays in the packet
    assert item.checkState(EXAMPLE) != example_before
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(EXAMPLE) == example_before
    assert item.checkState(INCLUDE) == CHECKED
    # The next row down keeps the column: the owner goes down the examples one by one.
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().column() == EXAMPLE
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert tree.currentIndex().column() == INCLUDE
    below = tree.currentItem()
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert below.checkState(INCLUDE) == UNCHECKED


def test_space_on_a_row_without_an_example_box_never_takes_the_contact_out(
    qtbot, dialog: PacketDialog
) -> None:
    _on_inbound_row(qtbot, dialog)
    tree = dialog.chooser.tree
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    chooser = dialog.chooser
    for _ in range(tree.topLevelItemCount()):
        contact = chooser.current_contact()
        if contact is not None and contact.direction is not Direction.INBOUND:
            break
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    else:
        raise AssertionError("the fixture has no reply of ours")
    item = tree.currentItem()
    assert tree.currentIndex().column() == EXAMPLE
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(INCLUDE) == CHECKED


def test_words_selected_by_keyboard_are_redacted(qtbot, dialog: PacketDialog) -> None:
    _on_inbound_row(qtbot, dialog)
    words = dialog.chooser.words
    assert words.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    words.setFocus()
    qtbot.keyClick(words, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        words,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    chosen = words.textCursor().selectedText().strip()
    assert chosen
    button = next(
        b for b in dialog.redactions.findChildren(QPushButton) if b.text().startswith("Redact")
    )
    button.click()
    assert [r.text for r in dialog.redactions.redactions()] == [chosen]


def test_redact_with_nothing_selected_says_what_to_do(qtbot, dialog: PacketDialog) -> None:
    _on_inbound_row(qtbot, dialog)
    words = dialog.chooser.words
    cursor = words.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    words.setTextCursor(cursor)
    button = next(
        b for b in dialog.redactions.findChildren(QPushButton) if b.text().startswith("Redact")
    )
    button.click()
    assert dialog.redactions.redactions() == []
    told = dialog.redactions.selection_hint
    assert not told.isHidden()
    assert "arrow keys" in told.text() and "Contacts" in told.text(), told.text()
