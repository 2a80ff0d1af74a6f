"""The customer page leads with the assessment and keeps room for the log: on a 1280x720 or
1366x768 laptop the verdict and the most urgent next step show without scrolling the top pane
while the log keeps about half the page, the top pane never ends through a button or the tab
row, and an unfinished reply takes one line above them instead of a tall, mostly empty list."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.ui.every_window import threatening_or_latest
from ui.shell.main_window import MainWindow
from ui.shell.screen_fit import SMALLEST_WINDOW
from ui.standing.panel import AssessmentPanel

# The window as it opens on each laptop screen (90% of the height, less the title bar).
LAPTOPS = [SMALLEST_WINDOW, QSize(1297, 691)]


def _panel(window: MainWindow) -> AssessmentPanel:
    return next(t.panel for t in window.customer_tools if hasattr(t, "panel"))


def _in_sight(window: MainWindow, widget: QWidget) -> bool:
    """Wholly inside the top pane's visible part, without scrolling it."""
    viewport = window.page.top_scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return widget.isVisible() and top >= 0 and bottom < viewport.height()


def _show(qtbot, window: MainWindow, customer_id: int, size: QSize) -> AssessmentPanel:  # type: ignore[no-untyped-def]
    window.resize(size)
    window.select_customer(customer_id)
    panel = _panel(window)
    qtbot.waitUntil(lambda: panel.picture is not None and panel.picture.customer.id == customer_id)
    qtbot.wait(30)
    QApplication.processEvents()
    return panel


@pytest.mark.parametrize("size", LAPTOPS, ids=["1280x720", "1366x768"])
def test_the_log_has_half_the_page_and_the_most_urgent_step_shows_on_a_laptop(
    qtbot, demo_window: MainWindow, demo_services: Services, size: QSize
) -> None:
    page = demo_window.page
    for summary in demo_services.customers.page(0, 50):
        panel = _show(qtbot, demo_window, summary.id, size)
        texts = [button.text() for button in panel.step_buttons]
        assert _in_sight(demo_window, panel.verdict_label), summary.name
        assert _in_sight(demo_window, panel.step_buttons[0]), summary.name
        if summary.name == "Victor Hale":
            assert texts[0].startswith("Report the threat to the police")
        # The log is what the owner came to read: about half the page, not one card (a
        # little less when the most urgent step needs it).
        top, log = page.splitter.sizes()
        assert log >= 0.45 * (top + log), summary.name
        assert page.timeline_stack.height() >= page.timeline.sizeHintForRow(0), summary.name
        # The top pane ends under a whole row of next steps, never through a button.
        viewport = page.top_scroll.viewport()
        for button in panel.step_buttons:
            button_top = button.mapTo(viewport, button.rect().topLeft()).y()
            assert _in_sight(demo_window, button) or button_top >= viewport.height(), button.text()
        _tab_row_whole_or_below(demo_window, panel)


def test_every_next_step_shows_where_the_page_has_room(
    qtbot, demo_window: MainWindow, demo_services: Services
) -> None:
    page = demo_window.page
    for summary in demo_services.customers.page(0, 50):
        panel = _show(qtbot, demo_window, summary.id, QSize(1600, 1000))
        assert all(_in_sight(demo_window, b) for b in panel.step_buttons), summary.name
        assert page.splitter.sizes()[1] >= page.splitter.sizes()[0], summary.name
        _tab_row_whole_or_below(demo_window, panel)


def _tab_row_whole_or_below(window: MainWindow, panel: AssessmentPanel) -> None:
    """The top pane never ends through the tab row ("Signs / Charts / …" cut to a sliver)."""
    bar = panel.tabs.tabBar()
    viewport = window.page.top_scroll.viewport()
    bar_top = bar.mapTo(viewport, bar.rect().topLeft()).y()
    assert _in_sight(window, bar) or bar_top >= viewport.height()


@pytest.mark.parametrize("size", LAPTOPS, ids=["1280x720", "1366x768"])
def test_one_unfinished_reply_is_one_line_above_the_verdict(
    qtbot, window: MainWindow, business: Services, angry_id: int, size: QSize
) -> None:
    state = business.replies.start(angry_id)
    state.draft = "Dear Morwenna, thank you for writing. " * 20
    business.replies.save(state)
    window.refresh_customers()
    customer_id = business.contacts.get(angry_id).customer_id
    panel = _show(qtbot, window, customer_id, size)
    box = window.customer_tools[0].unfinished
    qtbot.waitUntil(lambda: box.isVisible())
    QApplication.processEvents()
    assert box.heading.text() == "1 unfinished reply"
    assert box.line.text().startswith("Step 1 of 7")
    assert not box.list.isVisible()
    # One line: the reply and its buttons side by side, no taller than a button.
    assert box.height() <= box.resume.sizeHint().height() + 4
    for widget in (box.resume, box.discard, panel.verdict_label, panel.steps_title):
        assert _in_sight(window, widget), widget
    assert all(_in_sight(window, b) for b in panel.step_buttons)


def test_many_unfinished_replies_show_three_rows_and_keep_the_verdict_in_sight(
    qtbot, window: MainWindow, business: Services, angry_id: int
) -> None:
    customer_id = business.contacts.get(angry_id).customer_id
    first = business.contacts.get(angry_id).occurred_at
    messages = [angry_id] + [
        business.contacts.log(
            customer_id, inbound(f"Message {n}", first - timedelta(days=n), summary="Again")
        )
        for n in range(1, 6)
    ]
    for number, message in enumerate(messages):
        state = business.replies.start(message)
        state.draft = f"Draft {number}: " + "a very long first line " * 30
        business.replies.save(state)
    window.refresh_customers()
    panel = _show(qtbot, window, customer_id, SMALLEST_WINDOW)
    box = window.customer_tools[0].unfinished
    qtbot.waitUntil(lambda: box.list.isVisible())
    QApplication.processEvents()
    assert box.heading.text() == "6 unfinished replies"
    assert box.list.count() == 6
    rows = sum(box.list.sizeHintForRow(row) for row in range(3))
    assert box.list.height() == rows + 2 * box.list.frameWidth()
    assert box.list.horizontalScrollBar().maximum() == 0  # cut with "…", not scrolled sideways
    assert _in_sight(window, panel.verdict_label)


def test_the_divider_is_not_moved_for_the_verdict_once_the_owner_moved_it(
    qtbot, demo_window: MainWindow, demo_services: Services
) -> None:
    page = demo_window.page
    demo_window.resize(SMALLEST_WINDOW)
    tasha = next(s.id for s in demo_services.customers.page(0, 50) if s.name == "Tasha Morrow")
    _show(qtbot, demo_window, tasha, SMALLEST_WINDOW)
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([80, total - 80])
    page.splitter.splitterMoved.emit(80, 1)  # as a drag of the divider says it
    victor = next(s.id for s in demo_services.customers.page(0, 50) if s.name == "Victor Hale")
    demo_services.replies.start(threatening_or_latest(demo_services, victor))
    _show(qtbot, demo_window, victor, SMALLEST_WINDOW)
    qtbot.wait(50)
    assert page.splitter.sizes()[0] == 80


@pytest.mark.parametrize("size", [QSize(1176, 648), *LAPTOPS], ids=["default", "1280", "1366"])
def test_a_new_customer_page_does_not_cut_the_tab_row(
    qtbot, window: MainWindow, services: Services, size: QSize
) -> None:
    dana = services.customers.add(
        Customer(name="Dana Whitlock", emails=("dana.w@example.com",), notes="")
    )
    window.refresh_customers()
    panel = _show(qtbot, window, dana, size)
    _tab_row_whole_or_below(window, panel)
    assert _in_sight(window, panel.verdict_label)
    assert _in_sight(window, panel.steps_title)
