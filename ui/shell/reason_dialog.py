"""Asking why before taking something back: a contact, a file or a link made by mistake is
withdrawn with the owner's reason, never deleted.

The dialog does the withdrawal itself when the owner confirms, so a refusal ("Say why…", "is
already withdrawn") shows under the reason typed, which stays there to be corrected, instead
of closing the dialog and losing it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from ui.shell.plain_text import plain_label


class ReasonDialog(QDialog):
    """`act(reason)` runs on confirming; a SteadyError it raises keeps the dialog open."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        explanation: str,
        button: str,
        act: Callable[[str], object],
        placeholder: str = "",
        reason_name: str = "Why",
    ) -> None:
        super().__init__(parent)
        self._act = act
        self.done_it = False
        self.setWindowTitle(title)
        explain = plain_label(explanation)  # names and file names are the owner's data
        explain.setWordWrap(True)
        self.reason = QLineEdit(placeholderText=placeholder)
        self.reason.setAccessibleName(reason_name)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow("Why:", self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(button)
        # Enter in the reason confirms; an empty reason is refused with the service's words.
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            self._act(self.reason.text())
        except SteadyError as error:
            self.error.setText(str(error))
            self.reason.setFocus()
            return
        self.done_it = True
        super().accept()

    def ask(self) -> bool:
        """Ask why and withdraw; True once it is done."""
        self.exec()
        return self.done_it
