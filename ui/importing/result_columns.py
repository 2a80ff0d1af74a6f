"""The import window's results in two columns, each read whole where the window allows."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget

# What the "What" column was before it was fitted: a file name or a subject, readable.
LEAST_WHAT = 320


def fit_what_column(results: QTreeWidget) -> None:
    """The "What" column as wide as its longest line (a subject and the category suggested for
    it), unless the details beside it, what to do next among them, would then be cut."""
    wanted = results.sizeHintForColumn(0) + results.indentation()
    room = results.viewport().width() - results.sizeHintForColumn(1)
    results.setColumnWidth(0, max(LEAST_WHAT, min(wanted, room)))
