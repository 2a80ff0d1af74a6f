"""A logged contact opened on a 1280x720 or 1366x768 laptop keeps several of its files in sight,
with the hint under them whole and the warning about a disguised file shown; the fields give
way (they scroll in their own pane) and the owner can drag the divider."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from app.core.contact_changes import NewAttachment
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.waiting_suggestions import log_suggested
from ui.log.contact_view import ContactDialog

WORDS = (
    "You people are useless. I want my money back TODAY or I will come to the shop and tell "
    "everyone what a scam this is. "
) * 8
LAPTOPS = [(1280, 720), (1366, 768)]


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("a.txt", b"hello")
    return out.getvalue()


def _files() -> list[NewAttachment]:
    return [
        NewAttachment("door.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 64, "image/jpeg"),
        NewAttachment("invoice.pdf", b"%PDF-1.7\n%%EOF\n", "application/pdf"),
        NewAttachment("receipt.pdf", _zip(), "application/zip", "Sent zipped"),
        NewAttachment("screenshot.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png"),
        NewAttachment("letter.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
    ]


@pytest.fixture(params=LAPTOPS, ids=["1280x720", "1366x768"])
def laptop(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The dialog opens fitted to this laptop's screen, as it does for the owner."""
    width, height = request.param
    room = QSize(int(width * 0.95), int(height * 0.9))
    monkeypatch.setattr("ui.shell.screen_fit._room", lambda _window: room)
    return room


def _opened(qtbot: QtBot, services: Services, contact_id: int) -> ContactDialog:
    services.contacts.attach(contact_id, _files())
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    evidence = dialog.evidence
    # The one-line warning Add files… leaves under the list when a name lied.
    evidence.kind_warning.setText(
        "receipt.pdf is named as a PDF document, but its bytes are a zip archive."
    )
    evidence.kind_warning.setVisible(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layouts settle on the next turn of the event loop
    return dialog


def _rows_in_sight(dialog: ContactDialog) -> int:
    tree = dialog.evidence.tree
    shown = tree.viewport().rect()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return sum(1 for item in items if shown.contains(tree.visualItemRect(item)))


def _whole(label: QLabel) -> bool:
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_four_files_the_hint_and_the_warning_are_in_sight(
    qtbot: QtBot, services: Services, customer_id: int, laptop: QSize
) -> None:
    at = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
    contact_id = services.contacts.log(customer_id, inbound(WORDS, at, summary="Refund"))
    dialog = _opened(qtbot, services, contact_id)
    assert dialog.height() <= laptop.height()
    assert _rows_in_sight(dialog) >= 4
    assert _whole(dialog.evidence.hint)
    assert _whole(dialog.evidence.kind_warning)
    # The fields above are not hidden by the room given to the files: every category shows.
    pane = dialog.form_pane.viewport().rect()
    for box in dialog.form.category_boxes.values():
        top_left = box.mapTo(dialog.form_pane.viewport(), box.rect().topLeft())
        assert pane.contains(top_left), box.text()


def test_a_flagged_contact_keeps_its_files_in_sight_below_the_suggestion(
    qtbot: QtBot, services: Services, customer_id: int, laptop: QSize
) -> None:
    contact_id = log_suggested(services, customer_id, "I will sue you for every penny.", day=1)
    dialog = _opened(qtbot, services, contact_id)
    assert dialog.suggestions.isVisible()
    assert _rows_in_sight(dialog) >= 4
    assert _whole(dialog.evidence.hint)
    # Not below the fold of a dialog that scrolls as a whole (screen_fit's last resort).
    assert dialog.findChild(QScrollArea, "fit_scroll") is None
    tree = dialog.evidence.tree
    assert tree.mapTo(dialog, tree.rect().bottomLeft()).y() < dialog.height()


def test_the_owner_can_drag_the_divider_to_see_every_file(
    qtbot: QtBot, services: Services, customer_id: int, laptop: QSize
) -> None:
    at = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
    contact_id = services.contacts.log(customer_id, inbound(WORDS, at))
    dialog = _opened(qtbot, services, contact_id)
    files = [NewAttachment(f"photo-{n}.jpg", bytes([n]) * 90, "image/jpeg") for n in range(6)]
    services.contacts.attach(contact_id, files)
    dialog.evidence.reload()
    top, bottom = dialog.split.sizes()
    dialog.split.setSizes([0, top + bottom])  # dragged up as far as the fields allow
    qtbot.wait(20)
    assert _rows_in_sight(dialog) >= 8
    # The fields are still there, scrolled in their pane: the words box keeps a few lines.
    words = dialog.form.words_edit
    assert words.height() >= words.minimumSizeHint().height()
    assert dialog.form_pane.verticalScrollBar().maximum() > 0
