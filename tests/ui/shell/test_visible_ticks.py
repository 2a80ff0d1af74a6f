"""Tick boxes in lists show in dark mode: the blocking checklist showed rows with nothing to
tick, and Prepare packet hid which contacts were left out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeWidget, QTreeWidgetItem

from app.services import Services
from tests.ui.shell.test_colours import dark  # noqa: F401 (the fixture)
from ui.packets.contact_choice import ContactChooser
from ui.shell.visible_ticks import VisibleTicks, keep_ticks_visible
from ui.standing.checklist import BlockingChecklistWidget


def _brightest_in_tick_column(view: QAbstractItemView) -> int:
    """The lightest pixel where the first row's tick box is drawn."""
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(0, 0))
    return max(
        image.pixelColor(x, y).lightness()
        for x in range(rect.left(), rect.left() + 28)
        for y in range(rect.top(), rect.bottom())
    )


def _unticked_tree(fixed: bool) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(["Include", "Contact"])
    if fixed:
        keep_ticks_visible(tree)
    item = QTreeWidgetItem(tree, ["", "2026-11-20 · Email"])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Unchecked)
    tree.resize(300, 120)
    tree.show()
    return tree


def test_an_empty_tick_box_stands_out_from_a_dark_row(qtbot, dark: QPalette) -> None:  # noqa: F811
    base = dark.color(QPalette.ColorRole.Base).lightness()
    plain, fixed = _unticked_tree(False), _unticked_tree(True)
    qtbot.addWidget(plain)
    qtbot.addWidget(fixed)
    assert _brightest_in_tick_column(fixed) > base + 60
    # What Qt draws by itself, for comparison: the box is all but the row's own colour.
    assert _brightest_in_tick_column(plain) < base + 20


def test_the_lists_with_tick_boxes_draw_them_visibly(
    qtbot, demo_services: Services, demo_ids: dict[str, int]
) -> None:
    checklist = BlockingChecklistWidget(demo_services, demo_ids["morrow"])
    qtbot.addWidget(checklist)
    assert isinstance(checklist.table.itemDelegate(), VisibleTicks)
    chooser = ContactChooser([], ())
    qtbot.addWidget(chooser)
    assert isinstance(chooser.tree.itemDelegate(), VisibleTicks)
