"""A logged contact in a window 760 px wide (put beside the mail program on a laptop, or on a
screen that leaves no more) reflows: nothing has to be scrolled sideways, and every button,
the word check's Keep and Clear among them, is whole and can be reached."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QScrollArea
from pytestqt.qtbot import QtBot

from app.core.contact_changes import NewAttachment
from app.services import Services
from tests.helpers.fixtures import log_post_screenshot
from tests.helpers.waiting_suggestions import log_suggested
from ui.log.contact_view import ContactDialog

NARROW = QSize(760, 700)
# Where the room comes from: a laptop's screen, the owner dragging the window narrower; or a
# screen (large text, scaling) that leaves only 760 px.
ROOMS = {"dragged narrower": QSize(1297, 691), "narrow screen": NARROW}


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


@pytest.fixture(params=list(ROOMS), ids=list(ROOMS))
def room(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    size = ROOMS[request.param]
    monkeypatch.setattr("ui.shell.screen_fit._room", lambda _window: size)
    return size


def _narrow(qtbot: QtBot, services: Services, contact_id: int) -> ContactDialog:
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(NARROW)
    qtbot.wait(20)  # the layouts settle on the next turn of the event loop
    return dialog


def _no_sideways_scroll(dialog: ContactDialog) -> None:
    assert dialog.width() <= NARROW.width()
    for area in dialog.findChildren(QAbstractScrollArea):
        if not area.isVisibleTo(dialog):
            continue
        bar = area.horizontalScrollBar()
        assert bar.maximum() == 0, f"{area.objectName() or type(area).__name__} scrolls sideways"
        if isinstance(area, QScrollArea) and (inside := area.widget()) is not None:
            # A pane with its bar turned off must not cut its content at the right instead.
            assert inside.width() <= area.viewport().width(), area.objectName()


def _whole_and_reachable(button: QAbstractButton, dialog: ContactDialog) -> None:
    """Inside every widget around it, up to the window; past a pane that scrolls up and down,
    only the sides count (the owner scrolls to it, never sideways)."""
    scrolled = False
    parent = button.parentWidget()
    while parent is not None:
        rect = QRect(button.mapTo(parent, QPoint(0, 0)), button.size())
        bounds = parent.rect()
        where = f"{button.text()!r} cut by {type(parent).__name__} {parent.objectName()}"
        area = parent.parentWidget()
        scrolled |= isinstance(area, QAbstractScrollArea) and parent is area.viewport()
        assert bounds.left() <= rect.left() and rect.right() <= bounds.right(), where
        if not scrolled:
            assert bounds.top() <= rect.top() and rect.bottom() <= bounds.bottom(), where
        if parent is dialog:
            return
        parent = parent.parentWidget()


def _every_button(dialog: ContactDialog) -> list[QAbstractButton]:
    shown = [b for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    assert shown
    return shown


@pytest.mark.parametrize("logged", [_flagged, _post], ids=["flagged, with files", "a post"])
def test_nothing_scrolls_sideways_and_every_button_is_whole(
    qtbot: QtBot,
    services: Services,
    customer_id: int,
    room: QSize,
    logged: Callable[[Services, int], int],
) -> None:
    dialog = _narrow(qtbot, services, logged(services, customer_id))
    _no_sideways_scroll(dialog)
    for button in _every_button(dialog):
        _whole_and_reachable(button, dialog)


def test_the_word_checks_keep_and_clear_are_whole(
    qtbot: QtBot, services: Services, customer_id: int, room: QSize
) -> None:
    dialog = _narrow(qtbot, services, _flagged(services, customer_id))
    assert dialog.width() <= NARROW.width()
    panel = dialog.suggestions
    assert panel.isVisible()
    assert panel.keep_buttons and panel.clear_buttons
    for button in [*panel.keep_buttons.values(), *panel.clear_buttons.values()]:
        assert button.isVisible()
        _whole_and_reachable(button, dialog)


def test_while_correcting_too(
    qtbot: QtBot, services: Services, customer_id: int, room: QSize
) -> None:
    dialog = _narrow(qtbot, services, _post(services, customer_id))
    dialog.start_correction()
    try:
        qtbot.wait(20)
        assert dialog.save_button.isVisible() and dialog.cancel_button.isVisible()
        _no_sideways_scroll(dialog)
        for button in _every_button(dialog):
            _whole_and_reachable(button, dialog)
    finally:
        dialog.cancel_correction()  # else closing asks "Leave without saving?", a modal box


def test_dragged_as_narrow_as_it_goes_nothing_is_cut(
    qtbot: QtBot, services: Services, customer_id: int, room: QSize
) -> None:
    """The window's least width is one where the fields and every button still fit: the
    evidence buttons wrap and the list makes room for them, the fields never go under."""
    dialog = _narrow(qtbot, services, _flagged(services, customer_id))
    dialog.resize(1, NARROW.height())
    qtbot.wait(20)
    assert dialog.width() < NARROW.width()
    _no_sideways_scroll(dialog)
    for button in _every_button(dialog):
        _whole_and_reachable(button, dialog)
    pane = dialog.form_pane
    assert dialog.form.width() <= pane.viewport().width()
