"""Rows read a page at a time as the view scrolls (Qt's canFetchMore/fetchMore)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

PAGE_SIZE = 200
# A log's first page: enough cards to fill a tall window, read before its first paint.
FIRST_PAGE_SIZE = 50
Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class PagedRows(Generic[Row]):
    """Mixed into a Qt model before the Qt base; the model supplies `_read_page`."""

    _rows: list[Row]
    _total: int

    def _read_page(self, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self.canFetchMore(parent):
            return
        page = self._read_page(len(self._rows), PAGE_SIZE)
        if not page:  # rows went away since they were counted
            self._total = len(self._rows)
            return
        model: QAbstractItemModel = self  # type: ignore[assignment]
        model.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        model.endInsertRows()
        if len(page) < PAGE_SIZE:
            self._total = len(self._rows)
