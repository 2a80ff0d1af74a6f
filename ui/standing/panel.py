"""The top of the customer page: where the customer stands, why, and the next step.

One widget for the lead to place: `AssessmentPanel(services)`, following `show_customer(id)`.
It holds the verdict and cost, the grounds, the next steps as buttons that log the step as
done, a returning-customer notice, and tabs for the signs, the charts, the blocking checklist
and the action log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.standing.blocking import blocked_periods
from ui.shell.dates import shown_when
from ui.shell.messages import confirm
from ui.shell.money_text import money
from ui.shell.plain_text import escaped, isolated, long_words_cut, plain_label
from ui.shell.status_colours import Tone, show_in_tone, text_style
from ui.shell.status_look import chip_style, risk_colour
from ui.standing.action_list import ActionList
from ui.standing.chart_size import CHART_HEIGHT
from ui.standing.checklist import BlockingChecklistWidget
from ui.standing.next_steps import STEP_COLUMNS, NextSteps
from ui.standing.returning_banner import ReturningBanner, withdraw_link_dialog
from ui.standing.signs_tree import SignsTree

if TYPE_CHECKING:  # the charts (Qt Charts) and the forms load when first needed
    from app.standing.view import StandingView
    from ui.standing.action_dialog import ActionDialog
    from ui.standing.charts import StandingCharts
    from ui.standing.view_loader import LoadedStanding, StandingLoader

# Tall enough for the charts with their legend and month names; the page above scrolls.
TABS_HEIGHT = CHART_HEIGHT + 60
# The header above shows the whole name; the verdict's line must stay inside the panel.
VERDICT_WORD_CHARS = 40
# Lines of the signs table shown under the tab row when the page has room for a glimpse only:
# the header and the first signs, so the tabs do not read as a cut-off strip.
TABS_PEEK_LINES = 5


def _wrapped(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AssessmentPanel(NextSteps, QWidget):
    action_logged = Signal(int)
    contact_opened = Signal(int)
    customer_linked = Signal(int)
    # The verdict and its next steps are on the panel: the page makes room by `sight_stops`.
    verdict_shown = Signal()

    def __init__(
        self,
        services: Services,
        customer_id: int | None = None,
        parent: QWidget | None = None,
        *,
        loader: StandingLoader | None = None,
    ) -> None:
        """With a `loader`, the assessment is worked out off the window's thread and fills in
        when ready (the main window); without, at once (a panel on its own)."""
        super().__init__(parent)
        self._services = services
        self._loader = loader
        if loader is not None:
            loader.loaded.connect(self._on_loader_loaded)
            loader.failed.connect(self._on_loader_failed)
        self.customer_id: int | None = None
        self.picture: StandingView | None = None
        self.dialog: ActionDialog | None = None
        self.step_buttons: list[QPushButton] = []
        self._columns = STEP_COLUMNS
        self._beside = True

        self.verdict_label = _wrapped()
        bold = QFont(self.verdict_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.verdict_label.setFont(bold)
        bold = QFont(bold)
        bold.setPointSizeF(self.font().pointSizeF())
        self.risk_label = QLabel()
        self.cost_label = _wrapped()
        self.cost_label.setFont(bold)
        self.escalation_label = _wrapped()
        self.after_block_label = _wrapped()
        show_in_tone(self.after_block_label, Tone.WARNING)
        self.grounds_label = _wrapped()
        self.grounds_label.setTextFormat(Qt.TextFormat.RichText)
        self.returning = ReturningBanner(services)
        self.returning_frame = self.returning.frame
        self.returning_label = self.returning.label
        self.link_button = self.returning.link_button
        self.link_button.clicked.connect(self.link_first_match)
        self.returning.unlink_button.clicked.connect(self.withdraw_link)

        self.steps_title = QLabel("Next step:")
        self.steps_title.setFont(bold)
        self.steps_row = QGridLayout()
        self.steps_row.setSpacing(6)
        self.logged_label = plain_label()
        show_in_tone(self.logged_label, Tone.GOOD)

        self.signs_tree = SignsTree()
        self.signs_tree.itemActivated.connect(self._on_signs_tree_item_activated)
        self._charts: StandingCharts | None = None
        self.charts_tab = QWidget()  # the charts are drawn into it when there is a picture
        charts_layout = QVBoxLayout(self.charts_tab)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.checklist = BlockingChecklistWidget(services)
        self.action_list = ActionList(services)
        for source in (self.checklist, self.action_list):
            source.action_logged.connect(self._on_action_logged)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.signs_tree, "Signs")
        self.tabs.addTab(self.charts_tab, "Charts")
        self.tabs.addTab(self.checklist, "Blocking checklist")
        self.tabs.addTab(self.action_list, "Actions")
        self.tabs.setFixedHeight(TABS_HEIGHT)

        head = QHBoxLayout()
        head.addWidget(self.verdict_label, 1)
        head.addWidget(self.risk_label, 0, Qt.AlignmentFlag.AlignTop)
        self.steps_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.steps_box.addWidget(self.steps_title, 0, Qt.AlignmentFlag.AlignTop)
        self.steps_box.addLayout(self.steps_row)
        self.steps_box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.returning)
        layout.addLayout(head)
        layout.addWidget(self.cost_label)
        layout.addWidget(self.escalation_label)
        layout.addWidget(self.after_block_label)
        layout.addWidget(self.grounds_label)
        layout.addLayout(self.steps_box)
        layout.addWidget(self.logged_label)
        layout.addWidget(self.tabs)
        layout.addStretch(1)
        self.show_customer(customer_id)

    @property
    def charts(self) -> StandingCharts:
        """Built the first time a customer's picture is shown: Qt Charts is not loaded at start."""
        if self._charts is None:
            from ui.standing.charts import StandingCharts

            self._charts = StandingCharts()
            layout = self.charts_tab.layout()
            assert layout is not None
            layout.addWidget(self._charts)
        return self._charts

    # --- showing ------------------------------------------------------------------------

    def show_customer(self, customer_id: int | None) -> None:
        if customer_id != self.customer_id:
            self.logged_label.clear()  # a confirmation belongs to the customer it was for
        self.customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        customer_id = self.customer_id
        self.setVisible(customer_id is not None)
        self.checklist.show_customer(customer_id)
        self.action_list.show_customer(customer_id)
        if customer_id is None:
            self.picture = None
            return
        if self._loader is None:
            from ui.standing.view_loader import load_standing

            self._show(load_standing(self._services, customer_id))
            return
        if self.picture is None or self.picture.customer.id != customer_id:
            self._show_weighing_up()
        self._loader.load(customer_id)

    def _on_loader_loaded(self, customer_id: int, loaded: LoadedStanding) -> None:
        if customer_id == self.customer_id:
            self._show(loaded)

    def _on_loader_failed(self, customer_id: int, message: str) -> None:
        if customer_id == self.customer_id:
            self.verdict_label.setText(f"Where this customer stands could not be read: {message}")

    def _show_weighing_up(self) -> None:
        """Another customer's verdict must never stand beside this customer's log."""
        self.picture = None
        self.verdict_label.setText("Weighing up this customer's log…")
        for label in (self.risk_label, self.cost_label, self.escalation_label):
            label.clear()
        self.risk_label.setStyleSheet("")
        self.grounds_label.clear()
        self.after_block_label.hide()
        self.returning.clear()
        self.signs_tree.clear()
        self._show_steps()
        if self._charts is not None:
            self._charts.clear()

    def _show(self, loaded: LoadedStanding) -> None:
        self.picture = loaded.view
        self.returning.show_for(loaded.matches, loaded.same_person)
        self._show_verdict()
        self._show_steps()
        self._show_signs()
        picture = self.picture
        self.charts.show_data(picture.assessment.monthly, picture.severity)
        self.tabs.setTabText(0, f"Signs ({len(picture.assessment.signs)})")
        self.tabs.setTabText(3, f"Actions ({len(picture.actions)})")
        self.verdict_shown.emit()

    def sight_stops(self) -> list[tuple[QWidget, int | None]]:
        """Where the page may end its top pane cleanly, first to last: under each row of next
        steps (the first row holds the most urgent), then under the tab row and a few lines of
        the signs, then under the whole tabs. Each is a widget and how much of it shows from
        its top (None: all of it). No stop while weighing up: the page waits for the verdict."""
        if self.picture is None:
            return []
        stops: list[tuple[QWidget, int | None]] = [
            (button, None) for button in self.step_buttons[:: self._columns]
        ]
        if not stops:
            stops.append((self.steps_title, None))
        bar = self.tabs.tabBar().sizeHint().height()
        stops.append((self.tabs, bar + self.fontMetrics().lineSpacing() * TABS_PEEK_LINES))
        stops.append((self.tabs, None))
        return stops

    def _show_verdict(self) -> None:
        assert self.picture is not None
        a = self.picture.assessment
        met = a.grounds_met
        # A right-to-left name must not turn the English sentence around it.
        name = isolated(long_words_cut(self.picture.customer.name, VERDICT_WORD_CHARS))
        if met:
            verdict = (
                f"{name}: {len(met)} of {len(a.grounds)} grounds to end the relationship are met."
            )
        elif a.signs:
            verdict = (
                f"{name}: {len(a.signs)} warning sign{'s' if len(a.signs) != 1 else ''}, "
                "no ground to end the relationship yet."
            )
        elif self.returning.people:
            verdict = f"{name}: nothing in this record's own log is against them (see above)."
        else:
            verdict = f"{name}: nothing in the log says this customer is in the wrong."
        self.verdict_label.setText(verdict)
        self.risk_label.setText(f"Risk {a.risk} / 100")
        self.risk_label.setStyleSheet(chip_style(risk_colour(a.risk)))
        currency = self._services.settings.text("currency")
        symbol = a.cost.currency_symbol
        self.cost_label.setText(a.cost.sentence_in(lambda v: money(v, symbol, currency)) + ".")
        self.escalation_label.setText(a.escalation.reason)
        self.escalation_label.setStyleSheet(
            text_style(Tone.DANGER) if a.escalation.worsening else ""
        )
        periods = blocked_periods(list(self.picture.actions))
        after = self.picture.after_block
        self.after_block_label.setVisible(bool(after))
        if periods and after:
            messages = f"{after} message{'s' if after != 1 else ''}"
            ended = periods[-1].end
            if ended is None:
                when = f"arrived after the block on {shown_when(periods[0].start)}"
            else:
                when = (
                    f"arrived while the customer was blocked, between {shown_when(periods[0].start)}"
                    f" and {shown_when(ended)} when the block was taken back"
                )
            self.after_block_label.setText(
                f"{messages} {when} — still logged, flagged “after block”."
            )
        lines = []
        for ground in a.grounds:
            mark = f"<b style='{text_style(Tone.DANGER)}'>✔ Met</b>" if ground.met else "○ Not yet"
            lines.append(f"{mark} — <b>{escaped(ground.title)}</b>: {escaped(ground.reason)}")
        self.grounds_label.setText("<br>".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The red of "getting worse" and of each ground met is chosen for the palette of the
        # moment: the system turning dark (or light) needs it chosen again.
        if event.type() == QEvent.Type.PaletteChange and self.picture is not None:
            self._show_verdict()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.step_buttons and self._step_layout() != (self._columns, self._beside):
            self._place_steps()

    def _show_signs(self) -> None:
        assert self.picture is not None
        self.signs_tree.show_signs(self.picture.assessment.signs)

    # --- acting -------------------------------------------------------------------------

    def link_first_match(self) -> None:
        if self.customer_id is None:
            return
        first = self.returning.matches[0] if self.returning.matches else None
        if first is None or not confirm(
            self,
            "Link as the same person?",
            f"Record that this customer is the same person as {first.name}? The assessment "
            "will then go by what you did about them. A link made by mistake can be withdrawn "
            "later with a reason (“Not the same person…”).",
            "Link them",
            "Cancel",
            default_no=True,
        ):
            return
        match = self.returning.link_first_match(self.customer_id)
        if match is None:
            return
        self.logged_label.setText(f"Linked to {match.name}.")
        self.refresh()
        self.customer_linked.emit(match.customer_id)

    def withdraw_link(self) -> None:
        """The owner says a "same person" link was made by mistake: withdrawn with a reason."""
        people = self.returning.people
        if self.customer_id is None or not people:
            return
        customer_id = self.customer_id
        if withdraw_link_dialog(self, self._services, customer_id, people):
            self.logged_label.setText("Link withdrawn; it stays in the log with your reason.")
            self.refresh()

    def _on_action_logged(self, action_id: int, message: str = "") -> None:
        self.refresh()
        action = self._services.actions.get(action_id)
        self.logged_label.setText(message or f"Logged: {action.kind.label}.")
        self.action_logged.emit(action_id)

    def _on_signs_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.contact_opened.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))
