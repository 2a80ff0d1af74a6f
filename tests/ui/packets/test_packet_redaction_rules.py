"""The Redactions tab says how a rule that is also an everyday word is read, as the packet's
Redactions table does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.packets.packet_dialog import PacketDialog


def test_a_capitalised_everyday_word_is_listed_as_a_name(qtbot, dialog: PacketDialog) -> None:  # type: ignore[no-untyped-def]
    redactions = dialog.redactions
    dialog.show()
    dialog.tabs.setCurrentWidget(redactions)
    for typed in ("May", "may", "Robin"):
        redactions.text.setText(typed)
        QTest.keyClick(redactions.text, Qt.Key.Key_Return)
    listed = [redactions.list.item(i).text() for i in range(redactions.list.count())]
    assert listed == [
        "“May” — everywhere, as a name, capitalised",
        "“may” — everywhere",
        "“Robin” — everywhere",
    ]
