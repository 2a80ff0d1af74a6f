"""The selected customer's page: who they are, what they cost, and their log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Customer
from app.core.durations import duration
from app.services import Services
from ui.log.timeline import TimelineModel, TimelineView
from ui.shell.elided_label import ElidedLabel
from ui.shell.money_text import money, time_cost
from ui.shell.plain_text import plain_label
from ui.shell.status_look import STATUS_COLOURS, chip_style

TOP_LEAST_LINES = 4  # the details and the assessment scroll; this much always shows
LOG_LEAST_LINES = 7  # a whole card of the log
# The log's share of the page below the customer's name, once the verdict and the most urgent
# next step show: the log is what the owner came to read.
LOG_SHARE = 0.5


def _value_label() -> QLabel:
    label = plain_label()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# Below this width the customer's details stand in one column: side by side, the account,
# the amount paid and the time spent were cut off at the page's right edge.
NARROW_DETAILS_WIDTH = 620


class CustomerPage(QWidget):
    """Details above, sections other features add, then the timeline (newest first)."""

    contact_opened = Signal(int)
    edit_requested = Signal()
    log_requested = Signal()
    refreshed = Signal(object)  # customer id or None: something about them changed

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.customer: Customer | None = None

        self.name_label = ElidedLabel()
        name_font = QFont(self.name_label.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.status_label = QLabel()
        self.edit_button = QPushButton("Edit customer…")
        self.log_button = QPushButton("Log a contact…")
        self.log_button.setDefault(True)
        self.edit_button.clicked.connect(self.edit_requested)
        self.log_button.clicked.connect(self.log_requested)
        self.actions_bar = QToolBar("Customer actions")
        self.actions_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        # The name on its own line and what to do next beneath it: on a 1280-pixel screen one
        # line cannot hold both without hiding a button behind a "»".
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.status_label)
        name_row.addStretch(1)
        name_row.addWidget(self.edit_button)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.log_button)
        actions_row.addWidget(self.actions_bar)
        actions_row.addStretch(1)
        title = QVBoxLayout()
        title.setSpacing(2)
        title.addLayout(name_row)
        title.addLayout(actions_row)

        self.emails_label = _value_label()
        self.phones_label = _value_label()
        self.handles_label = _value_label()
        self.reference_label = _value_label()
        self.paid_label = _value_label()
        self.time_label = _value_label()
        self.notes_label = _value_label()
        left = QFormLayout()
        left.addRow("Email:", self.emails_label)
        left.addRow("Phone:", self.phones_label)
        left.addRow("Social media:", self.handles_label)
        right = QFormLayout()
        right.addRow("Account / order:", self.reference_label)
        right.addRow("Paid:", self.paid_label)
        right.addRow("Time spent:", self.time_label)
        for form in (left, right):
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setVerticalSpacing(4)
        # Side by side; one above the other in a narrow window (see resizeEvent).
        self.details = details = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        details.addLayout(left, 1)
        details.addSpacing(24)
        details.addLayout(right, 1)

        self.sections = QVBoxLayout()
        self.sections.setContentsMargins(0, 0, 0, 0)

        self.timeline_model = TimelineModel(services.contacts, self)
        self.timeline = TimelineView()
        self.timeline.setAccessibleName("The log: contacts and actions, newest first")
        self.timeline.setModel(self.timeline_model)
        self.timeline.contact_opened.connect(self.contact_opened)
        self.timeline_title = QLabel()
        bold = QFont(self.timeline_title.font())
        bold.setBold(True)
        self.timeline_title.setFont(bold)
        self.empty_timeline = QLabel(
            "Nothing logged for this customer yet.\n\n"
            "Press Ctrl+N (or “Log a contact…”) to record what they said, when, and how — "
            "or drop a saved email or screenshot here."
        )
        self.empty_timeline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_timeline.setWordWrap(True)
        self.timeline_stack = QStackedWidget()
        self.timeline_stack.addWidget(self.timeline)
        self.timeline_stack.addWidget(self.empty_timeline)

        # Who they are and where they stand scroll above; the log below always keeps room for
        # a card or two, even on a 720-pixel laptop screen. The owner drags the divider.
        top_box = QWidget()
        top_layout = QVBoxLayout(top_box)
        top_layout.setContentsMargins(0, 0, 6, 0)
        top_layout.addLayout(details)
        top_layout.addWidget(self.notes_label)
        top_layout.addLayout(self.sections)
        top_layout.addStretch(1)
        self.top_scroll = QScrollArea()
        self.top_scroll.setWidgetResizable(True)
        self.top_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.top_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop with no name
        self.top_scroll.setWidget(top_box)
        line = self.fontMetrics().lineSpacing()
        self.top_scroll.setMinimumHeight(line * TOP_LEAST_LINES)
        self.timeline_stack.setMinimumHeight(line * LOG_LEAST_LINES)
        log_box = QWidget()
        log_layout = QVBoxLayout(log_box)
        log_layout.setContentsMargins(0, 6, 0, 0)
        log_layout.addWidget(self.timeline_title)
        log_layout.addWidget(self.timeline_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_scroll)
        self.splitter.addWidget(log_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self._balanced = False
        self._owner_moved = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._stops: Callable[[], list[tuple[QWidget, int | None]]] | None = None
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_top)
        top_box.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(self.splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._stops is not None:
            self._fit_timer.start()  # a maximised window shares out its new height too
        narrow = event.size().width() < NARROW_DETAILS_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.details.direction() != direction:
            self.details.setDirection(direction)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._balanced:
            self._balanced = True
            self._place_divider()

    def _place_divider(self) -> None:
        """Half the page for the details and the sections, from the first paint: the
        assessment arrives just after it (on a big log, seconds later), and making room for it
        then would push the log down under the owner's eyes. The verdict then places it at a
        clean edge (keep_in_sight), until the owner moves it."""
        total = sum(self.splitter.sizes()) or self.splitter.height()
        top = max(self.top_scroll.minimumHeight(), total // 2)
        self.splitter.setSizes([top, max(total - top, 1)])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._owner_moved = True

    def keep_in_sight(self, stops: Callable[[], list[tuple[QWidget, int | None]]]) -> None:
        """Place the divider at one of the `stops` (places in a section where the top pane
        ends cleanly, first to last: see AssessmentPanel.sight_stops): the lowest that leaves
        the log its share of the page, and at least the first, as far as the log keeps its
        least height. Again whenever the sections change or the page is resized; never once
        the owner has moved the divider. The log is what the owner opens Steady to read: on a
        720-pixel laptop the whole assessment left it one card."""
        self._stops = stops
        self._fit_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._stops is not None:
            self._fit_timer.start()  # laid out first, then measured
        return super().eventFilter(watched, event)

    def _stop_heights(self, top_box: QWidget) -> list[int]:
        heights = []
        for widget, shown in self._stops() if self._stops is not None else []:
            chain = []
            parent: QWidget | None = widget
            while parent is not None and parent is not top_box:
                chain.append(parent)
                parent = parent.parentWidget()
            # A new next step is shown just after it is placed: only its holders must be shown.
            if parent is None or any(holder.isHidden() for holder in chain[1:]):
                continue
            # Laid out now, outside in: a section's contents may have changed since.
            for holder in [top_box, *reversed(chain)]:
                layout = holder.layout()
                if layout is not None:
                    layout.activate()
            top = widget.mapTo(top_box, widget.rect().topLeft()).y()
            heights.append(top + (widget.height() if shown is None else shown) + 6)
        return heights

    def _fit_top(self) -> None:
        if self._owner_moved or self._stops is None or not self.isVisible():
            return
        top_box = self.top_scroll.widget()
        if top_box is None:
            return
        heights = self._stop_heights(top_box)
        if not heights:
            return
        total = sum(self.splitter.sizes())
        # The log keeps its least height, and always its newest card whole.
        log_box = self.splitter.widget(1)
        least_log = log_box.minimumSizeHint().height()
        fair_log = least_log
        if self.timeline_stack.currentWidget() is self.timeline:
            card = self.timeline.sizeHintForRow(0) + 2 * self.timeline.frameWidth() + 2
            least_log += max(0, card - self.timeline_stack.minimumHeight())
            fair_log = max(least_log, int(total * LOG_SHARE))
        fitting = [height for height in heights if height <= total - fair_log]
        top = max(fitting) if fitting else min(heights[0], total - least_log)
        top = max(top, self.top_scroll.minimumHeight())
        if top != self.splitter.sizes()[0]:
            self.splitter.setSizes([top, total - top])
            current = self.timeline.currentIndex()
            if current.isValid():  # the contact just saved or chosen stays in sight
                self.timeline.scrollTo(current)

    def focusNextPrevChild(self, next: bool) -> bool:
        self._log_last_in_tab_order()
        return super().focusNextPrevChild(next)

    def _log_last_in_tab_order(self) -> None:
        """Tab follows the page from the top. The assessment and its buttons are built after
        the log, so Qt's order (the order widgets were made) sent Tab to the log first."""
        top = self.top_scroll
        last = None
        widget = top.nextInFocusChain()
        while widget is not top and widget is not None:
            # Qt orders only widgets that take focus by Tab.
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and top.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None and last.nextInFocusChain() is not self.timeline:
            QWidget.setTabOrder(last, self.timeline)

    # Hooks for other features (assessment, calm reply, packets).
    def add_section(self, widget: QWidget) -> None:
        """Add a widget between the details and the timeline; it follows `customer`."""
        self.sections.addWidget(widget)

    def add_action(self, action: QAction) -> None:
        """Add a button such as "Reply calmly" or "Prepare packet" beside "Edit customer"."""
        self.actions_bar.addAction(action)

    def show_customer(self, customer_id: int | None) -> None:
        self.customer = None if customer_id is None else self._services.customers.get(customer_id)
        self.refresh_details()
        self.timeline_model.show_customer(customer_id)
        self._update_timeline_title()

    def refresh(self) -> None:
        """Read the customer and the log again (after a save elsewhere)."""
        self.show_customer(self.customer.id if self.customer else None)
        # The sections other features add (the assessment, unfinished replies) follow.
        self.refreshed.emit(self.customer.id if self.customer else None)

    def refresh_figures(self) -> None:
        """After Settings change the rate or currency: every amount on the page follows at once
        (the details and the assessment's cost line alike); the log below is unchanged."""
        self.refresh_details()
        self.refreshed.emit(self.customer.id if self.customer else None)

    def refresh_details(self) -> None:
        customer = self.customer
        if customer is None:
            for label in (self.name_label, self.status_label, self.notes_label):
                label.clear()
            return
        settings = self._services.settings
        self.name_label.setText(customer.name)
        self.status_label.setText(customer.status.label)
        self.status_label.setStyleSheet(chip_style(STATUS_COLOURS[customer.status]))
        self.emails_label.setText("\n".join(customer.emails) or "—")
        self.phones_label.setText("\n".join(customer.phones) or "—")
        self.handles_label.setText("\n".join(customer.handles) or "—")
        self.reference_label.setText(customer.account_ref or "—")
        symbol, currency = settings.currency_symbol, settings.text("currency")
        self.paid_label.setText(money(customer.amount_paid, symbol, currency))
        assert customer.id is not None
        minutes = self._services.customers.minutes_spent(customer.id)
        rate = settings.hourly_rate
        self.time_label.setText(
            f"{duration(minutes)}, worth {money(time_cost(minutes, rate), symbol, currency)} "
            f"at {money(rate, symbol, currency)}/hour"
        )
        self.notes_label.setText(f"Notes: {customer.notes}" if customer.notes else "")
        self.notes_label.setVisible(bool(customer.notes))
        self.notes_label.setWordWrap(True)

    def _update_timeline_title(self) -> None:
        total = self.timeline_model.total
        contacts = self.timeline_model.contact_total
        actions = total - contacts
        # Counted as the customer list counts them: withdrawn contacts are shown, not counted.
        withdrawn = min(self.timeline_model.withdrawn_total, contacts)
        live = contacts - withdrawn
        self.timeline_title.setText(
            f"Log — {live} contact{'s' if live != 1 else ''}"
            + (f" and {actions} action{'s' if actions != 1 else ''}" if actions else "")
            + (
                f" ({withdrawn} withdrawn contact{'s' if withdrawn != 1 else ''} shown too)"
                if withdrawn
                else ""
            )
            + ", newest first"
        )
        self.timeline_stack.setCurrentWidget(self.timeline if total else self.empty_timeline)
        problem = self.timeline_model.problem
        self.timeline_title.setWordWrap(bool(problem))
        if problem:
            self.timeline_title.setText(f"The log could not be read in full. {problem}")
