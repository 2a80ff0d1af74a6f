"""Asking for the passphrase of a locked log, or for a new one (typed twice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

FORGOTTEN_WARNING = (
    "Keep the passphrase somewhere safe, away from this laptop. If it is forgotten, nobody can "
    "open this log or its backups again — not you, not Steady's makers."
)


class PassphraseDialog(QDialog):
    """One passphrase field (to open or unlock), or two (to choose a new one)."""

    def __init__(
        self, title: str, message: str, *, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(message)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        form.addRow("&Passphrase:", self.passphrase)
        self.again: QLineEdit | None = None
        if new:
            self.again = QLineEdit()
            self.again.setEchoMode(QLineEdit.EchoMode.Password)
            self.again.setAccessibleName("The same passphrase again")
            form.addRow("The same &again:", self.again)
        layout.addLayout(form)
        if new:
            warning = QLabel(FORGOTTEN_WARNING)
            warning.setWordWrap(True)
            layout.addWidget(warning)
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.problem.font()
        bold.setBold(True)
        self.problem.setFont(bold)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _on_buttons_accepted(self) -> None:
        if self.again is not None and self.again.text() != self.passphrase.text():
            self.show_problem("The two passphrases differ. Type the same one twice.")
            return
        if self.again is not None and len(self.passphrase.text()) < 8:
            self.show_problem("Choose a passphrase of at least 8 characters.")
            return
        self.accept()

    def typed(self) -> str:
        return self.passphrase.text()


def ask_passphrase(
    title: str, message: str, problem: str = "", *, new: bool = False, parent: QWidget | None = None
) -> str | None:
    """The passphrase typed, or None if the owner cancelled."""
    dialog = PassphraseDialog(title, message, new=new, parent=parent)
    if problem:
        dialog.show_problem(problem)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.typed()
