"""“Did you send these?” in the import window: messages that claim to be the business's but
were logged as the customer's (app/importing/direction.py). Only the owner's tick makes one
hers, since a customer can write her name or address anywhere he likes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.importing.batch_report import ImportReport
from ui.shell.plain_text import plain_tooltip

ROLE_SENT = Qt.ItemDataRole.UserRole + 2


def ask_sent(results: QTreeWidget, report: ImportReport) -> None:
    """A group of unticked rows, one per doubted message, with why it was doubted."""
    doubted = [item for item in report.imported if item.doubted]
    if not doubted:
        return
    group = QTreeWidgetItem(
        results,
        [
            f"Did you send these? ({len(doubted)})",
            "Logged as the customer's. Tick only what you or your staff wrote, then press Done",
        ],
    )
    for item in doubted:
        row = QTreeWidgetItem(group, [item.label, item.doubted])
        row.setToolTip(0, plain_tooltip(item.label))
        row.setToolTip(1, plain_tooltip(item.doubted))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Unchecked)
        row.setData(0, ROLE_SENT, item.contact_id)
    group.setExpanded(True)


def ticked_sent(results: QTreeWidget) -> list[int]:
    """The contacts the owner ticked as sent by the business."""
    ticked = []
    root = results.invisibleRootItem()
    for index in range(root.childCount()):
        group = root.child(index)
        rows = [group.child(i) for i in range(group.childCount())] if group is not None else []
        for row in rows:
            sent = row.data(0, ROLE_SENT) if row is not None else None
            if row is not None and sent is not None and row.checkState(0) == Qt.CheckState.Checked:
                ticked.append(int(sent))
    return ticked
