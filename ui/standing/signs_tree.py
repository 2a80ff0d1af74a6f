"""The Signs tab: each warning sign, why, and the contacts that prove it.

The columns fit the width the page gives the panel (a 1280×720 laptop leaves it about 800
pixels): the sign's name keeps a share of it, the reason takes the rest and wraps, and the
contact numbers stay in view at the right, so nothing needs scrolling sideways.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.standing.records import Sign
from ui.shell.plain_text import plain_tooltip

SHOWN_IDS = 5
SIGN_SHARE = 0.28  # of the width, for the sign's name
SIGN_WIDTH = (140, 300)  # narrowest and widest the name column gets
CONTACTS_SHARE = 0.16  # at most, for the contact numbers
# The customer's words a reason quotes (between Steady's “ and ”).
_QUOTED = re.compile("\u201c([^\u201c\u201d\n]+)\u201d")


def with_quotes_isolated(reason: str) -> str:
    """The reason with each quote of the customer's words marked as a first-strong isolate
    (U+2068 … U+2069), as the packets lay it out: “500 دولار وإلا سأقاضيك” reads right to left
    from its number, instead of the number being read as part of the English sentence."""
    return _QUOTED.sub("\u201c\u2068\\1\u2069\u201d", reason)


class _Wrapped(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width (a tree view otherwise measures
    every cell as one unbroken line, and cuts it)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = QStyleOptionViewItem(option)
        self.initStyleOption(view, index)
        margin = 2 * (self._tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        width = max(1, self._tree.header().sectionSize(index.column()) - margin)
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
        text = view.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), flags, view.text)
        return QSize(hint.width(), max(hint.height(), text.height() + 4))


class SignsTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Warning signs")
        self.setHeaderLabels(("Sign", "Why", "Contacts"))
        self.setRootIsDecorated(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_Wrapped(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # Rows are as tall as their wrapped reason at the new width: laid out again once the
        # columns have settled.
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        header.sectionResized.connect(lambda *_: self._relayout.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        width = self.viewport().width()
        low, high = SIGN_WIDTH
        header = self.header()
        header.resizeSection(0, max(low, min(high, int(width * SIGN_SHARE))))
        # The contact numbers as wide as they need, up to a share; a long list wraps.
        contacts = max(header.sectionSizeFromContents(2).width(), self.sizeHintForColumn(2))
        header.resizeSection(2, max(60, min(contacts, int(width * CONTACTS_SHARE))))

    def show_signs(self, signs: Sequence[Sign]) -> None:
        self.clear()
        for sign in signs:
            ids = ", ".join(f"#{i}" for i in sign.contact_ids[:SHOWN_IDS])
            if len(sign.contact_ids) > SHOWN_IDS:
                ids += f" +{len(sign.contact_ids) - SHOWN_IDS} more"
            reason = with_quotes_isolated(sign.reason)
            item = QTreeWidgetItem([sign.title, reason, ids])
            item.setToolTip(0, plain_tooltip(sign.title))
            item.setToolTip(1, plain_tooltip(reason))
            item.setToolTip(2, ", ".join(f"#{i}" for i in sign.contact_ids))
            item.setData(0, Qt.ItemDataRole.UserRole, sign.contact_ids[-1])
            self.addTopLevelItem(item)
        self._fit_columns()
