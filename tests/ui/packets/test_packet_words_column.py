"""Prepare packet on a laptop: the contact chooser's Words column is wide enough to choose
examples by their words (it was ~60 pixels: "Your shar", "Who desi")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.services import Services
from ui.packets.contact_choice import WORDS
from ui.packets.packet_dialog import PacketDialog

LAPTOPS = [QSize(1280, 720), QSize(1366, 768)]


@pytest.mark.parametrize("size", LAPTOPS, ids=["1280x720", "1366x768"])
def test_the_words_column_is_readable(
    qtbot, demo_services: Services, size: QSize, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The dialog opens fitted to this laptop's screen, as it does for the owner.
    room = QSize(int(size.width() * 0.95), int(size.height() * 0.9))
    monkeypatch.setattr("ui.shell.screen_fit._room", lambda _window: room)
    victor = next(s.id for s in demo_services.customers.page(0, 50) if s.name == "Victor Hale")
    dialog = PacketDialog(demo_services, victor)
    qtbot.addWidget(dialog)
    try:
        dialog.show()
        QApplication.processEvents()
        tree = dialog.chooser.tree
        # A phone call's note ("Customer (note by Sam)") widens From: the words still show.
        assert any(
            "note by" in tree.topLevelItem(i).text(4) for i in range(tree.topLevelItemCount())
        )
        words = tree.columnWidth(WORDS)
        assert words >= 30 * tree.fontMetrics().averageCharWidth(), words
        assert tree.horizontalScrollBar().maximum() == 0  # no sideways scroll to read them
        # The preview keeps most of a page's width.
        assert dialog.view.width() >= 0.4 * dialog.width()
    finally:
        dialog.wait_for_worker()
        dialog.done(0)
