"""Every window fits a 1280x720 laptop (and 200% scaling on 2732x1536, the same in points):
nothing the owner needs falls below the bottom of the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from app.services import Services
from tests.ui.every_window import every_window, threatening_or_latest
from ui.shell.main_window import MainWindow
from ui.shell.screen_fit import SMALLEST_WINDOW


def _least(widget: QWidget) -> tuple[int, int]:
    widget.ensurePolished()
    if widget.layout() is not None:
        widget.layout().activate()
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def _too_big(window: MainWindow, customer_id: int) -> list[str]:
    limit = (SMALLEST_WINDOW.width(), SMALLEST_WINDOW.height())
    found = []
    for name, widget in every_window(window, customer_id):
        width, height = _least(widget)
        if width > limit[0] or height > limit[1]:
            found.append(f"{name}: needs at least {width}x{height}, the screen leaves {limit}")
        screen = widget.screen().availableGeometry()
        # Opened no bigger than the screen (or, on a screen smaller still, than it must be).
        wider = widget.width() > max(screen.width(), width)
        taller = widget.height() > max(screen.height(), height)
        if name != "main window" and (wider or taller):
            found.append(f"{name}: opens at {widget.width()}x{widget.height()}, over the screen")
    return found


def test_every_window_fits_a_small_laptop_for_every_demo_customer(
    demo_window: MainWindow, demo_services: Services
) -> None:
    found = []
    for summary in demo_services.customers.page(0, 50):
        # An unfinished reply adds its box to the customer page.
        demo_services.replies.start(threatening_or_latest(demo_services, summary.id))
        found += [f"{summary.name}: {problem}" for problem in _too_big(demo_window, summary.id)]
    assert not found, "\n".join(found)


def test_the_log_stays_in_sight_on_a_small_laptop(
    demo_window: MainWindow, demo_services: Services
) -> None:
    demo_window.resize(SMALLEST_WINDOW)
    for summary in demo_services.customers.page(0, 50):
        demo_services.replies.start(threatening_or_latest(demo_services, summary.id))
        demo_window.select_customer(summary.id)
        QApplication.processEvents()
        timeline = demo_window.page.timeline_stack
        assert timeline.isVisible()
        # At least one whole card of the log shows without scrolling or dragging anything.
        card = demo_window.page.timeline.sizeHintForRow(0) if summary else 0
        assert timeline.height() >= card, summary.name


def test_a_narrow_window_fits_the_log_cards_without_scrolling_sideways(
    qtbot, demo_window: MainWindow
) -> None:
    # Half a 1280-pixel laptop, beside the mail program the owner is answering from.
    demo_window.show()
    demo_window.resize(640, 700)
    demo_window.select_customer(2)  # Tasha Morrow: cards of every kind
    timeline = demo_window.page.timeline
    qtbot.waitUntil(lambda: timeline.viewport().width() < 400)
    QApplication.processEvents()
    assert timeline.model().rowCount() > 0
    assert timeline.horizontalScrollBar().maximum() == 0
    first = timeline.visualRect(timeline.model().index(0, 0))
    assert first.width() <= timeline.viewport().width()
    # The customer's details stand in one column, each value inside the page.
    page = demo_window.page
    paid = page.paid_label
    assert paid.text() and paid.mapTo(page, paid.rect().topRight()).x() <= page.width()
    demo_window.resize(1280, 700)
    # Side by side again once the window is wide.
    qtbot.waitUntil(lambda: paid.mapTo(page, paid.rect().topLeft()).x() > page.width() // 2)


def _assessment_shown(window: MainWindow) -> QWidget:
    panel = next(t.panel for t in window.customer_tools if hasattr(t, "panel"))
    return panel


def test_a_narrow_window_shows_the_verdict_and_the_risk_whole(
    qtbot, demo_window: MainWindow
) -> None:
    """Half a laptop screen: the next steps stood beside their title and made the assessment
    wider than the page, so the verdict and the risk were cut at the right edge and, in a top
    sized before the assessment arrived, the verdict sat out of sight below the details."""
    demo_window.resize(700, 700)
    demo_window.select_customer(2)  # Tasha Morrow: three next steps, a long verdict
    panel = _assessment_shown(demo_window)
    qtbot.waitUntil(lambda: "warning signs" in panel.verdict_label.text())
    QApplication.processEvents()
    page = demo_window.page
    top = page.top_scroll.widget()
    qtbot.waitUntil(lambda: top.width() <= page.top_scroll.viewport().width())
    for label in (panel.verdict_label, panel.risk_label):
        right = label.mapTo(page.top_scroll.viewport(), label.rect().bottomRight())
        assert right.x() <= page.top_scroll.viewport().width(), label.text()
    # The verdict in sight without scrolling: the top made room for it.
    qtbot.waitUntil(
        lambda: (
            panel.verdict_label.mapTo(
                page.top_scroll.viewport(), panel.verdict_label.rect().bottomLeft()
            ).y()
            <= page.top_scroll.viewport().height()
        )
    )
    assert page.timeline_stack.height() >= page.timeline.sizeHintForRow(0)


def test_the_divider_stays_where_the_owner_put_it(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.page
    demo_window.resize(1280, 700)
    demo_window.select_customer(2)
    panel = _assessment_shown(demo_window)
    qtbot.waitUntil(lambda: "warning signs" in panel.verdict_label.text())
    QApplication.processEvents()
    total = sum(page.splitter.sizes())
    page.splitter.setSizes([60, total - 60])
    page.splitter.splitterMoved.emit(60, 1)  # as a drag of the divider says it
    demo_window.select_customer(3)
    qtbot.waitUntil(
        lambda: panel.verdict_label.text() and "Tasha" not in panel.verdict_label.text()
    )
    QApplication.processEvents()
    qtbot.wait(50)
    assert page.splitter.sizes()[0] == 60


def test_the_log_does_not_move_when_the_assessment_arrives(qtbot, services: Services) -> None:
    """The page keeps half its height for the sections from the first paint: the assessment
    arrives after it (on a big log, seconds after), and the log must not jump down under the
    owner's eyes when it does."""
    from app.core.domain import Customer
    from ui.log.customer_page import CustomerPage

    customer = services.customers.add(Customer(name="Pat Example"))
    page = CustomerPage(services)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show_customer(customer)
    page.show()
    qtbot.waitExposed(page)
    log_top = page.timeline_stack.mapTo(page, page.timeline_stack.rect().topLeft()).y()
    total = sum(page.splitter.sizes())
    assert abs(page.splitter.sizes()[0] - total // 2) <= 2
    late = QWidget()
    late.setMinimumHeight(220)  # the assessment, filled in
    page.add_section(late)
    qtbot.wait(50)
    QApplication.processEvents()
    assert page.timeline_stack.mapTo(page, page.timeline_stack.rect().topLeft()).y() == log_top
