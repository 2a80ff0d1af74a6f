"""Tick boxes in lists that can be seen in dark mode.

Qt's Fusion style draws a list's tick box with the list's background and an outline a shade
darker than the window: on a dark palette the empty box vanished into the row, so the
blocking checklist showed rows with nothing to tick, and Prepare packet hid which contacts
were left out. Outside lists the box sits on the window and stays visible; only lists need this.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from ui.shell.status_colours import TICK_OUTLINE_BASE, is_dark


class VisibleTicks(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        features = option.features  # type: ignore[attr-defined]
        if features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator and is_dark(palette):
            palette.setColor(QPalette.ColorRole.Window, TICK_OUTLINE_BASE)


def keep_ticks_visible(view: QAbstractItemView) -> None:
    """Draw `view`'s tick boxes so that an empty one shows in dark mode too."""
    view.setItemDelegate(VisibleTicks(view))
