"""What the business has done about a customer, oldest first, with "Log an action…" and
"Correct…" (Enter or a double-click on a row): a correction is a new action naming the old."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Services
from app.standing.action_text import action_note, action_title
from ui.shell.dates import shown_when
from ui.shell.money_text import money
from ui.shell.plain_text import plain_tooltip

if TYPE_CHECKING:
    from ui.standing.action_dialog import ActionDialog

COLUMNS = ("When", "What", "Reference", "Amount", "By", "Note")


class ActionList(QWidget):
    """The action log of one customer; follows `show_customer`."""

    action_logged = Signal(int)

    def __init__(
        self, services: Services, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._customer_id: int | None = None
        self.dialog: ActionDialog | None = None
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Actions taken")
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 130)
        self.tree.setColumnWidth(1, 260)
        self.empty_label = QLabel(
            "Nothing logged yet. Blocks, refunds, warnings and reports "
            "you log appear here and in the packets."
        )
        self.empty_label.setWordWrap(True)
        self.log_button = QPushButton("Log an action…")
        self.log_button.clicked.connect(self.open_dialog)
        self.correct_button = QPushButton("Correct…")
        self.correct_button.setToolTip(
            "Log a correction of the chosen action (a wrong date, reference or amount); "
            "the action stays in the record as it was saved"
        )
        self.correct_button.clicked.connect(self.open_correction)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.currentItemChanged.connect(self._enable_correct)
        bar = QHBoxLayout()
        bar.addWidget(self.empty_label, 1)
        bar.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.show_customer(customer_id)

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        actions = (
            self._services.actions.for_customer(self._customer_id)
            if self._customer_id is not None
            else []
        )
        symbol = self._services.settings.currency_symbol
        currency = self._services.settings.text("currency")
        corrected = {a.details["corrects"] for a in actions if "corrects" in a.details}
        for action in actions:
            # Kept as first saved; said so, for the row not to be read as still in force.
            later = " — corrected later" if str(action.id) in corrected else ""
            item = QTreeWidgetItem(
                [
                    shown_when(action.occurred_at),
                    action_title(action) + later,
                    action.reference,
                    money(action.amount, symbol, currency) if action.amount is not None else "",
                    action.by,
                    action_note(action),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, action.id)
            item.setToolTip(5, plain_tooltip(action_note(action)))
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not actions)
        self.tree.setVisible(bool(actions))
        self.log_button.setEnabled(self._customer_id is not None)
        self.correct_button.setVisible(bool(actions))
        self._enable_correct()

    def _enable_correct(self) -> None:
        self.correct_button.setEnabled(self.tree.currentItem() is not None)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and screen readers)."""
        return [
            [self.tree.topLevelItem(i).text(c) for c in range(len(COLUMNS))]
            for i in range(self.tree.topLevelItemCount())
        ]

    def open_dialog(self) -> ActionDialog | None:
        if self._customer_id is None:
            return None
        from ui.standing.action_dialog import ActionDialog

        self.dialog = ActionDialog(self._services, self._customer_id, parent=self)
        self.dialog.action_logged.connect(self._on_dialog_action_logged)
        self.dialog.open()
        return self.dialog

    def open_correction(self) -> ActionDialog | None:
        """Correct the chosen action: the form opens on it as it was saved."""
        item = self.tree.currentItem()
        if self._customer_id is None or item is None:
            return None
        from ui.standing.action_dialog import ActionDialog

        action_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        self.dialog = ActionDialog(
            self._services, self._customer_id, corrects=action_id, parent=self
        )
        self.dialog.action_logged.connect(self._on_dialog_action_logged)
        self.dialog.open()
        return self.dialog

    def _on_tree_item_activated(self, item: QTreeWidgetItem) -> None:
        self.tree.setCurrentItem(item)
        self.open_correction()

    def _on_dialog_action_logged(self, action_id: int) -> None:
        self.refresh()
        self.action_logged.emit(action_id)
