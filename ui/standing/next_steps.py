"""The next steps on the assessment panel: one button each, placed in as many columns as the
panel's width allows, that logs the step as done when the owner has done it."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from app.core.errors import SteadyError
from app.standing.action_records import ActionKind
from app.standing.records import NextStep
from ui.shell.messages import confirm
from ui.shell.plain_text import isolated

# Steps that need more than a click: the form asks for the report number, ticket or amount.
ASKS_DETAILS = (ActionKind.POLICE_REPORT, ActionKind.PLATFORM_REPORT, ActionKind.REFUND)
STEP_COLUMNS = 2


class NextSteps:
    """The next steps' buttons of the assessment panel, and logging a step as done."""

    def _show_steps(self) -> None:
        for button in self.step_buttons:
            self.steps_row.removeWidget(button)
            button.deleteLater()
        self.step_buttons = []
        if self.picture is None:  # still weighing up
            self.steps_title.clear()
            return
        steps = self.picture.assessment.next_steps
        self.steps_title.setText("Next steps:" if steps else "No next step needed.")
        for number, step in enumerate(steps):
            button = QPushButton(step.text + ("…" if step.action in ASKS_DETAILS else ""))
            button.setToolTip(f"Because: {step.because}. Click when done to log it.")
            if self._services.read_only:
                # Built after the window disabled what writes: a step "recorded … for good"
                # would be saved nowhere, and the refusal shown out of sight.
                button.setEnabled(False)
                button.setToolTip(
                    f"Because: {step.because}. This log is open read-only: nothing can be "
                    "logged in it."
                )
            if number == 0:
                button.setDefault(True)
            button.clicked.connect(lambda _=False, s=step: self.log_step(s))
            self.step_buttons.append(button)
        self._place_steps()
        # Tab follows the screen: the next steps are drawn above the tabs, but made after them.
        chain = [*self.step_buttons, self.tabs]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _step_layout(self) -> tuple[int, bool]:
        """Columns of next steps and whether their title stands beside them: two columns
        beside the title where they fit, else two under it, else one under the other. One
        column of six steps on a laptop pushed the last of them out of the top of the page."""
        widths = [button.sizeHint().width() for button in self.step_buttons]
        needed = sum(
            max(widths[column::STEP_COLUMNS], default=0) + self.steps_row.spacing()
            for column in range(STEP_COLUMNS)
        )
        if self.width() - self.steps_title.sizeHint().width() - 12 >= needed:
            return STEP_COLUMNS, True
        return (STEP_COLUMNS if self.width() >= needed else 1), False

    def _place_steps(self) -> None:
        columns, beside = self._step_layout()
        for number, button in enumerate(self.step_buttons):
            self.steps_row.removeWidget(button)
            self.steps_row.addWidget(button, number // columns, number % columns)
        self._columns, self._beside = columns, beside
        # Under the steps when they do not fit beside it: beside them it made the panel wider
        # than a narrow window and cut the verdict and the risk off at the right edge.
        self.steps_box.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )

    def log_step(self, step: NextStep) -> None:
        """Log a next step as done; steps that need a number or an amount ask for it first."""
        assert self.customer_id is not None
        if step.action in ASKS_DETAILS:
            from ui.standing.action_dialog import ActionDialog

            self.dialog = ActionDialog(
                self._services, self.customer_id, step.action, title=step.text, parent=self
            )
            self.dialog.action_logged.connect(self._on_action_logged)
            self.dialog.open()
            return
        if not confirm(
            self,
            "Mark this step as done?",
            f"“{step.text}” will be recorded in {isolated(self._customer_name())}'s log as done, today, "
            "by you. The log keeps it for good (a mistake is corrected by a new entry).",
            "Yes, I have done it",
            "Not yet",
        ):
            return
        try:
            action_id = self._services.actions.log(
                self.customer_id,
                step.action,
                by=self._services.settings.text("owner_name"),
                note=f"Next step done: {step.text} (because: {step.because}).",
            )
        except SteadyError as error:
            self.logged_label.setText(str(error))
            return
        self._on_action_logged(action_id, f"Logged: {step.text}.")

    def _customer_name(self) -> str:
        assert self.customer_id is not None
        return self._services.customers.get(self.customer_id).name
