"""“Did you send these?” and “Did you forward these?” in the import window: messages that
claim to be the business's, or the business's forward, but were logged as the customer's
(app/importing/direction.py, app/importing/forwarded_by_us.py). Only the owner's tick makes
one hers, since a customer can write her name or address anywhere he likes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.importing.batch_report import ImportedItem, ImportReport
from ui.shell.plain_text import plain_tooltip

if TYPE_CHECKING:
    from app.importing.batch import Importer

ROLE_SENT = Qt.ItemDataRole.UserRole + 2
ROLE_FORWARDED = Qt.ItemDataRole.UserRole + 3


def _ask(
    results: QTreeWidget,
    question: str,
    advice: str,
    asked: list[tuple[ImportedItem, str]],
    role: int,
) -> None:
    """A group of unticked rows, one per doubted message, with why it was doubted."""
    if not asked:
        return
    group = QTreeWidgetItem(results, [f"{question} ({len(asked)})", advice])
    for item, why in asked:
        row = QTreeWidgetItem(group, [item.label, why])
        row.setToolTip(0, plain_tooltip(item.label))
        row.setToolTip(1, plain_tooltip(why))
        row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        row.setCheckState(0, Qt.CheckState.Unchecked)
        row.setData(0, role, item.contact_id)
    group.setExpanded(True)


def ask_sent(results: QTreeWidget, report: ImportReport) -> None:
    """Messages that claim to be the business's but reached it as received mail."""
    _ask(
        results,
        "Did you send these?",
        "Logged as the customer's. Tick only what you or your staff wrote, then press Done",
        [(item, item.doubted) for item in report.imported if item.doubted],
        ROLE_SENT,
    )


def ask_forwarded(results: QTreeWidget, report: ImportReport) -> None:
    """Forwards that claim the business's address but came in like mail from outside."""
    _ask(
        results,
        "Did you forward these?",
        "Logged whole as the sender's. Tick only what you or your staff forwarded, then press Done",
        [(item, item.forward_doubted) for item in report.imported if item.forward_doubted],
        ROLE_FORWARDED,
    )


def _ticked(results: QTreeWidget, role: int) -> list[int]:
    ticked = []
    root = results.invisibleRootItem()
    for index in range(root.childCount()):
        group = root.child(index)
        rows = [group.child(i) for i in range(group.childCount())] if group is not None else []
        for row in rows:
            contact = row.data(0, role) if row is not None else None
            if (
                row is not None
                and contact is not None
                and row.checkState(0) == Qt.CheckState.Checked
            ):
                ticked.append(int(contact))
    return ticked


def ask_whose(results: QTreeWidget, report: ImportReport) -> None:
    """Both questions, each shown only when something is asked."""
    ask_sent(results, report)
    ask_forwarded(results, report)


def confirm_ticked(results: QTreeWidget, imports: Importer) -> None:
    """Every tick the owner gave, taken as her answer."""
    for contact_id in ticked_sent(results):
        imports.sent_by_owner.confirm(contact_id)
    for contact_id in ticked_forwarded(results):
        imports.forwarded_by_owner.confirm(contact_id)


def ticked_sent(results: QTreeWidget) -> list[int]:
    """The contacts the owner ticked as sent by the business."""
    return _ticked(results, ROLE_SENT)


def ticked_forwarded(results: QTreeWidget) -> list[int]:
    """The contacts the owner ticked as forwarded by the business."""
    return _ticked(results, ROLE_FORWARDED)
