"""A sign's reason quoting the customer in Arabic, in the Signs tab: the English sentence keeps
its order, and the quote reads in its own direction, a number at its start included (as in the
packets)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from app.standing.records import Sign
from ui.standing.signs_tree import SignsTree

QUOTE = "500 دولار وإلا سأقاضيك"  # "500 dollars or I sue you": read from the right, 500 first
REASON = f"Twice, latest on Tue 3 Sep 2026: “{QUOTE}”."


def _x_of(text: str, tree: SignsTree) -> list[float]:
    """Where each character of a cell's text is drawn (the middle of its place on the line), as
    the view lays it out in its own direction."""
    layout = QTextLayout(text, tree.font())
    option = QTextOption()
    option.setTextDirection(tree.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    edges = [line.cursorToX(index)[0] for index in range(len(text) + 1)]
    return [(edges[i] + edges[i + 1]) / 2 for i in range(len(text))]


def test_an_arabic_quote_reads_in_its_own_direction_inside_the_english_reason(qtbot) -> None:
    tree = SignsTree()
    qtbot.addWidget(tree)
    tree.show_signs([Sign("threat-legal", "Threatens legal action", REASON, (1, 2))])
    item = tree.topLevelItem(0)
    assert item is not None
    shown = item.text(1)
    # The words as written, marked as an isolate; the tooltip alike.
    assert shown == f"Twice, latest on Tue 3 Sep 2026: “\u2068{QUOTE}\u2069”."
    assert item.toolTip(1).replace("\u2068", "").replace("\u2069", "") == REASON
    assert tree.layoutDirection() == Qt.LayoutDirection.LeftToRight
    x = _x_of(shown, tree)
    opening, closing = shown.index("“"), shown.index("”")
    number = shown.index("500")
    arabic = [i for i in range(opening, closing) if "\u0600" <= shown[i] <= "\u06ff"]
    # The English sentence in its order: the day, then the quote, then the full stop.
    assert x[shown.index("2026")] < x[opening] < min(x[i] for i in arabic)
    assert max(x[i] for i in arabic) < x[closing] < x[len(shown) - 1]
    # The quote from the right: its number first, at the right end, then the words leftwards.
    assert x[number] > max(x[i] for i in arabic)
