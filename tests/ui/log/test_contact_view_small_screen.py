"""A logged contact, and Log a contact, on a screen that leaves little room: 700 px wide (a
small tablet, or 200 % scaling on a 1400-pixel screen), or a laptop's 1280x720 or 1280x680
less its panel. The window opens inside the screen, nothing has to be scrolled sideways and
every button can be reached. The contact window once opened 729 px wide on a 700 px screen,
its right edge and its Close button beyond the screen's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QDialog, QScrollArea
from pytestqt.qtbot import QtBot

from app.core.contact_changes import NewAttachment
from app.services import Services
from tests.helpers.fixtures import log_post_screenshot
from tests.helpers.waiting_suggestions import log_suggested
from tests.ui.log.test_contact_view_narrow import _every_button, _whole_and_reachable
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_view import ContactDialog

SCREENS = {
    "700 px wide": QRect(0, 0, 700, 700),
    "1280x720 laptop": QRect(0, 0, 1280, 690),
    "1280x680 laptop": QRect(0, 0, 1280, 650),
}


@pytest.fixture(params=list(SCREENS), ids=list(SCREENS))
def screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QRect:
    """The room the screen leaves, as Qt tells it to every window."""
    room = SCREENS[request.param]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(room))
    return room


def _flagged(services: Services, customer_id: int) -> int:
    contact_id = log_suggested(services, customer_id, "I will sue you for every penny.", day=1)
    files = [
        NewAttachment("Screenshot 2026-10-01 at 09.30.12.png", b"\x89PNG\r\n\x1a\n", "image/png"),
        NewAttachment("invoice.pdf", b"%PDF-1.7\n%%EOF\n", "application/pdf"),
    ]
    services.contacts.attach(contact_id, files)
    return contact_id


def _post(services: Services, customer_id: int) -> int:
    return log_post_screenshot(services, customer_id, datetime(2026, 10, 2, 9, tzinfo=UTC))


def _opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # the layouts settle on the next turn of the event loop
    return dialog


def _fits(dialog: QDialog, screen: QRect) -> None:
    assert dialog.width() <= screen.width(), f"{dialog.width()} px wide on {screen.width()}"
    assert dialog.height() <= screen.height(), f"{dialog.height()} px tall on {screen.height()}"
    for area in dialog.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(dialog):
            continue
        name = area.objectName() or type(area).__name__
        assert area.horizontalScrollBar().maximum() == 0, f"{name} scrolls sideways"
        if isinstance(area, QScrollArea) and (inside := area.widget()) is not None:
            # A pane with its bar turned off must not cut its content at the right instead.
            assert inside.width() <= area.viewport().width(), name
    for button in _every_button(dialog):  # type: ignore[arg-type]
        _whole_and_reachable(button, dialog)  # type: ignore[arg-type]


@pytest.mark.parametrize("logged", [_flagged, _post], ids=["flagged, with files", "a post"])
def test_a_logged_contact_fits_the_screen(
    qtbot: QtBot,
    services: Services,
    customer_id: int,
    screen: QRect,
    logged: Callable[[Services, int], int],
) -> None:
    dialog = _opened(qtbot, ContactDialog(services, logged(services, customer_id)))
    _fits(dialog, screen)


def test_a_correction_fits_the_screen(
    qtbot: QtBot, services: Services, customer_id: int, screen: QRect
) -> None:
    dialog = _opened(qtbot, ContactDialog(services, _flagged(services, customer_id)))
    assert isinstance(dialog, ContactDialog)
    dialog.start_correction()
    try:
        qtbot.wait(20)
        assert dialog.save_button.isVisible()
        _fits(dialog, screen)
    finally:
        dialog.cancel_correction()  # else closing asks "Leave without saving?", a modal box


def test_log_a_contact_fits_the_screen(
    qtbot: QtBot, services: Services, customer_id: int, screen: QRect
) -> None:
    _fits(_opened(qtbot, LogContactDialog(services, customer_id)), screen)


def test_on_a_screen_narrower_than_the_fields_the_window_still_fits_it(
    qtbot: QtBot, services: Services, customer_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last resort: the whole window scrolls, inside the screen, rather than opening with
    its right edge and its buttons beyond the screen's."""
    screen = QRect(0, 0, 600, 700)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(screen))
    dialog = _opened(qtbot, ContactDialog(services, _post(services, customer_id)))
    assert dialog.width() <= screen.width()
    assert dialog.height() <= screen.height()
    assert dialog.findChild(QScrollArea, "fit_scroll") is not None
