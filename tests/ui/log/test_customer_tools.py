"""The customer features reached from the main window as a user would reach them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from app.core.domain import Direction
from app.services import Services
from ui.reply import ReplyEditor
from ui.shell.main_window import MainWindow


def _tools(window: MainWindow):  # type: ignore[no-untyped-def]
    from ui.log.customer_tools import ReplyTools

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


def test_dropped_email_is_imported_onto_the_customer_shown(
    qtbot: QtBot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    from app.core.domain import Customer
    from ui.log.customer_tools import ImportTools

    services = window.services
    customer = services.customers.add(Customer(name="Pat Example", emails=("pat@example.com",)))
    window.refresh_customers()
    window.select_customer(customer)
    saved = tmp_path / "angry.eml"
    saved.write_bytes(
        b"From: Pat <pat@example.com>\r\nTo: shop@example.org\r\nSubject: you again\r\n"
        b"Message-ID: <one@example.com>\r\nDate: Mon, 02 Nov 2026 10:00:00 +0100\r\n\r\n"
        b"I want my money back today.\r\n"
    )
    tools = next(t for t in window.customer_tools if isinstance(t, ImportTools))
    window.files_dropped.emit([str(saved)], customer)
    dialog = tools.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.is_done, timeout=15000)
    assert "imported 1" in dialog.summary.text().lower()
    dialog.close()
    qtbot.waitUntil(lambda: window.page.timeline_model.rowCount() == 1, timeout=5000)
    text = window.page.timeline_model.index(0, 0).data()
    assert "I want my money back today." in text


def test_a_post_screenshot_without_its_url_is_flagged_on_the_log(
    qtbot: QtBot, window: MainWindow
) -> None:
    from datetime import UTC, datetime

    from app.core.domain import Customer
    from tests.helpers.fixtures import log_post_screenshot

    services = window.services
    customer = services.customers.add(Customer(name="Pat Example"))
    log_post_screenshot(services, customer, datetime(2026, 10, 1, tzinfo=UTC))
    window.refresh_customers()
    window.select_customer(customer)
    text = window.page.timeline_model.index(0, 0).data()
    assert "⚠ This screenshot is weak evidence until you add:" in text
    assert "URL" in text or "address" in text


def test_an_action_logged_shows_on_the_timeline_among_the_contacts(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from app.standing.action_records import ActionKind

    window = demo_window
    services = window.services
    window.select_customer(3)  # Victor Hale
    services.actions.log(3, ActionKind.BLOCK_EMAIL, reference="HD-5521", note="Helpdesk rule")
    window.page.refresh()
    model = window.page.timeline_model
    cards = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    action_cards = [c for c in cards if "Action taken" in c]
    assert len(action_cards) == 1
    assert "Reference HD-5521" in action_cards[0] and "Helpdesk rule" in action_cards[0]
    # Newest first: the block was logged now, after every demo contact.
    assert "Action taken" in cards[0]
    assert model.rowCount() == services.contacts.count_for_customer(3) + 1


def test_messages_after_a_block_are_kept_and_flagged(
    qtbot: QtBot, window: MainWindow, clock
) -> None:
    from datetime import timedelta

    from app.core.domain import Customer
    from app.standing.action_records import ActionKind
    from tests.helpers.fixtures import inbound

    services = window.services
    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("before the block", clock() - timedelta(days=2)))
    services.actions.log(customer, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=1))
    services.contacts.log(customer, inbound("after the block", clock() - timedelta(hours=1)))
    window.refresh_customers()
    window.select_customer(customer)
    model = window.page.timeline_model
    cards = {
        ("after" if "after the block" in text else "before"): text
        for row in range(model.rowCount())
        if "Action taken" not in (text := str(model.index(row, 0).data()))
    }
    assert "Arrived after the block" in cards["after"]
    assert "Arrived after the block" not in cards["before"]


def test_customers_can_be_listed_by_risk(qtbot: QtBot, demo_window: MainWindow) -> None:
    panel = demo_window.customer_list
    panel.order_box.setCurrentIndex(panel.order_box.findData("risk"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    names = [panel.model.index(row, 0).data() for row in range(4)]
    # Victor Hale threatened staff: nobody on the demo is a higher risk.
    assert names[0] == "Victor Hale"


def test_the_assessment_leads_the_customer_page(qtbot: QtBot, demo_window: MainWindow) -> None:
    from ui.log.customer_tools import StandingTools

    demo_window.select_customer(3)
    tools = next(t for t in demo_window.customer_tools if isinstance(t, StandingTools))
    assert tools.panel.isVisibleTo(demo_window)
    assert tools.panel.customer_id == 3
    # The log shows at once; the verdict is worked out off the window's thread and follows.
    name = demo_window.services.customers.get(3).name
    qtbot.waitUntil(lambda: _verdict(tools).startswith(f"{name}:"))
    assert tools.panel.picture is not None and tools.panel.picture.customer.id == 3


def test_quickly_changing_customer_never_shows_another_customers_verdict(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from ui.log.customer_tools import StandingTools

    tools = next(t for t in demo_window.customer_tools if isinstance(t, StandingTools))
    names = {i: demo_window.services.customers.get(i).name for i in (1, 2, 3, 4)}
    for customer_id in (1, 2, 3, 4, 1, 3, 2):
        demo_window.select_customer(customer_id)
        others = tuple(f"{name}:" for i, name in names.items() if i != customer_id)
        assert not _verdict(tools).startswith(others)
    qtbot.waitUntil(lambda: _verdict(tools).startswith(f"{names[2]}:"))
    qtbot.waitUntil(lambda: not tools.loader.busy)
    assert tools.panel.picture is not None and tools.panel.picture.customer.id == 2


def test_the_log_title_counts_contacts_and_actions_apart(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from app.standing.action_records import ActionKind

    demo_window.select_customer(3)
    demo_window.services.actions.log(3, ActionKind.WARNING, note="Final warning sent")
    demo_window.page.refresh()
    assert demo_window.page.timeline_title.text() == ("Log — 8 contacts and 1 action, newest first")


def _verdict(tools) -> str:  # type: ignore[no-untyped-def]
    """The headline as read aloud: without the marks that keep a right-to-left name apart."""
    text: str = tools.panel.verdict_label.text()
    return "".join(c for c in text if c not in "\u200e\u2066\u2067\u2068\u2069")


def test_an_action_oldest_in_the_log_does_not_cut_the_contact_cards(
    qtbot: QtBot, window: MainWindow, clock
) -> None:
    """Qt gives every row the size of the last one loaded: an action logged before the first
    contact (a warning sent by phone, then the emails) made every card two lines tall."""
    from datetime import timedelta

    from app.core.domain import Customer
    from app.standing.action_records import ActionKind
    from tests.helpers.fixtures import inbound
    from ui.log.timeline import TimelineDelegate

    services = window.services
    customer = services.customers.add(Customer(name="Pat Example"))
    services.actions.log(customer, ActionKind.WARNING, occurred_at=clock() - timedelta(days=3))
    for hours in (30, 20, 10):
        words = "You will regret this. " * 20
        services.contacts.log(customer, inbound(words, clock() - timedelta(hours=hours)))
    window.refresh_customers()
    window.show()
    window.select_customer(customer)
    view, model = window.page.timeline, window.page.timeline_model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert "Action taken" in str(model.index(3, 0).data())  # the oldest, last in the list
    QApplication.processEvents()
    option = QStyleOptionViewItem()
    option.font = view.font()
    full = TimelineDelegate(view).sizeHint(option, model.index(0, 0)).height()
    for row in range(3):
        assert view.visualRect(model.index(row, 0)).height() >= full, row
