"""The evidence list's columns in the width the window gives them, never scrolled sideways.

With room, the file name, its kind, size and date are read whole and the note and the hash
share the rest. In a narrow window (760 px, beside the mail program) the hash gives way
first (cut in the middle, whole on hover), then the note, then the date, the kind and the
name; each keeps a few letters, so the owner still sees which file is which.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTreeWidget

# Columns as EvidenceList shows them: file, kind, note, size, proof (SHA-256), added.
FILE, KIND, NOTE, SIZE, PROOF, ADDED = range(6)
SHARE_THE_REST = (NOTE, PROOF)
GIVES_WAY_FIRST = (PROOF, NOTE, FILE, KIND, ADDED, SIZE)
LEAST_LETTERS = 6
# A name cut in its middle still tells the files apart at this many letters ("Scree…2.png").
NAME_LETTERS = 14


def widths_that_fit(natural: list[int], room: int, letter: int) -> list[int]:
    """Each column's width: its `natural` one while they fit in `room` (the note and the hash
    sharing what is left); else taken from the columns that give way first, the name down to
    NAME_LETTERS letters, then every column down to LEAST_LETTERS (`letter`: a letter's width)."""
    widths = list(natural)
    spare = room - sum(widths)
    if spare >= 0:
        for number, column in enumerate(SHARE_THE_REST):
            widths[column] += spare // len(SHARE_THE_REST) + (
                spare % len(SHARE_THE_REST) if number == 0 else 0
            )
        return widths
    short = -spare
    name_floor = {FILE: NAME_LETTERS * letter}
    for floors in (name_floor, {}):
        for column in GIVES_WAY_FIRST:
            least = floors.get(column, LEAST_LETTERS * letter)
            taken = min(short, max(0, widths[column] - least))
            widths[column] -= taken
            short -= taken
    return widths


class FittedColumns(QObject):
    """Keeps `tree`'s columns fitted to its width: call `fit()` after its rows change."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        header = tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(1)  # fit() keeps each a few letters wide
        for column in range(tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        tree.viewport().installEventFilter(self)

    def fit(self) -> None:
        tree, header = self._tree, self._tree.header()
        # The note and the hash give way to the rest, as far as their headings.
        natural = [
            header.sectionSizeHint(c)
            if c in SHARE_THE_REST
            else max(header.sectionSizeHint(c), tree.sizeHintForColumn(c))
            for c in range(tree.columnCount())
        ]
        letter = tree.fontMetrics().averageCharWidth()
        for column, width in enumerate(widths_that_fit(natural, tree.viewport().width(), letter)):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
