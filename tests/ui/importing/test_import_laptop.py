"""The import window on a 1280x720 or 1366x768 laptop: what to do next and each suggested
category are read whole, not cut at a column's edge; "Whose messages are these?" is wide enough
to read as a question, not squeezed into a column as narrow as its buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from app.importing.batch_report import ItemRef, Unmatched
from app.services import Services
from tests.helpers.import_fixtures import email
from ui.importing.customer_choice import CustomerPickerDialog
from ui.importing.import_dialog import ImportDialog

LAPTOPS = [(1280, 720), (1366, 768)]
THREATS = (
    "I want my money back today or I will sue you, and I will tell everyone what a scam "
    "this shop is."
)


@pytest.fixture(params=LAPTOPS, ids=["1280x720", "1366x768"])
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    width, height = request.param
    room = QSize(int(width * 0.95), int(height * 0.9))
    monkeypatch.setattr("ui.shell.screen_fit._room", lambda _window: room)
    return room


def _whole(tree: QTreeWidget, row: QTreeWidgetItem, column: int) -> bool:
    """The cell is as wide as its words (and tick box) need: else they are cut with "…"."""
    index = tree.indexFromItem(row, column)
    return tree.sizeHintForIndex(index).width() <= tree.visualRect(index).width()


def test_what_to_do_next_and_each_category_are_read_whole(
    qtbot: QtBot, shop: Services, angry_customer_id: int, tmp_path: Path, laptop: QSize
) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email(THREATS, subject="Refund NOW")))
    dialog = ImportDialog(shop, [str(eml)])
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert dialog.width() <= laptop.width()
    tree = dialog.results
    group = tree.topLevelItem(0)
    assert group.text(0) == "Suggested categories"
    assert tree.horizontalScrollBar().maximum() == 0
    assert _whole(tree, group, 1), group.text(1)
    rows = [group.child(n) for n in range(group.childCount())]
    assert any("Threat of public retaliation / bad reviews" in row.text(0) for row in rows)
    for row in rows:
        assert _whole(tree, row, 0), row.text(0)
        assert _whole(tree, row, 1), row.text(1)
    dialog.reject()


def test_whose_messages_reads_as_a_question(
    qtbot: QtBot, shop: Services, angry_customer_id: int, laptop: QSize
) -> None:
    item = Unmatched(ItemRef("a.eml"), "a.eml", "vic@example.com", "Vic", "Refund NOW")
    dialog = CustomerPickerDialog(shop, [item])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    explain = next(label for label in dialog.findChildren(QLabel) if "No customer" in label.text())
    # The question and the one message it is about: a line each, the question's words not
    # piled up one or two to a line.
    lines = explain.height() // explain.fontMetrics().lineSpacing()
    assert lines <= 2, (explain.text(), explain.width())
    assert dialog.width() <= laptop.width()
