"""The customer features reached from the main window as a user would reach them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.domain import Direction
from app.services import Services
from ui.main_window import MainWindow
from ui.reply import ReplyEditor


def _tools(window: MainWindow):  # type: ignore[no-untyped-def]
    from ui.customer_tools import ReplyTools

    return next(t for t in window.customer_tools if isinstance(t, ReplyTools))


def test_reply_calmly_answers_the_latest_message_from_the_customer(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    services: Services = window.services
    window.select_customer(3)  # Victor Hale: the newest contact is his threat
    tools = _tools(window)
    assert tools.action.isEnabled() and tools.action.text() == "Reply calmly…"
    assert tools.action.shortcut().toString() == "Ctrl+R"
    tools.action.trigger()
    editor: ReplyEditor = tools.editors[-1]
    qtbot.addWidget(editor)
    newest = services.contacts.page_for_customer(3, 0, 1)[0]
    assert newest.direction is Direction.INBOUND
    assert editor.original.id == newest.id
    assert "Victor Hale" in editor.windowTitle()
    # The reply in progress is listed on the customer page, ready to resume.
    assert tools.unfinished.isVisibleTo(window)
    assert tools.unfinished.heading.text() == "1 unfinished reply"
    editor.close()


def test_reply_to_an_outbound_message_answers_their_message_instead(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.select_customer(1)  # Gordon Pryce
    page = window.page
    model = page.timeline_model
    outbound_row = next(
        row
        for row in range(model.rowCount())
        if model.contact_at(row).direction is Direction.OUTBOUND
    )
    page.timeline.setCurrentIndex(model.index(outbound_row, 0))
    chosen = _tools(window).message_to_answer()
    assert chosen is not None
    assert window.services.contacts.get(chosen).direction is Direction.INBOUND
