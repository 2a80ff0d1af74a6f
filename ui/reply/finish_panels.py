"""Steps 6 and 7: sign (the signature block from Settings) and send (mail program, clipboard,
.eml), or call instead, or refund, cancel and unsubscribe and move on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.reply.early_steps import heading
from ui.shell.plain_text import plain_label

TICK, CROSS = "✔", "✘"


class SignPanel(QWidget):
    insert_requested = Signal()

    def __init__(self, signature: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Your signature block (from Settings)"))
        self.signature = plain_label("")
        self.signature.setObjectName("signature")
        self.signature.setStyleSheet(
            "border: 1px solid palette(mid); padding: 8px; background: palette(base);"
        )
        layout.addWidget(self.signature)
        self.missing = QLabel(
            "Write one in Settings › Signature block (your name, your role, the business "
            "and how to reach you); until then, type your name, role and business under the "
            "sign-off at the end of the draft."
        )
        self.missing.setObjectName("signature_missing")
        self.missing.setWordWrap(True)
        layout.addWidget(self.missing)
        self.insert = QPushButton("Insert sign-off and signature")
        self.insert.setObjectName("insert_signature")
        self.insert.clicked.connect(self.insert_requested)
        layout.addWidget(self.insert)
        self.sign_off = QLabel()
        self.sign_off.setObjectName("sign_off_status")
        self.signed = QLabel()
        self.signed.setObjectName("signature_status")
        layout.addWidget(self.sign_off)
        layout.addWidget(self.signed)
        layout.addStretch(1)
        self.show_signature(signature)

    def show_signature(self, signature: str) -> None:
        """The block from Settings (read again when Settings are saved)."""
        self.by_hand = not signature.strip()
        self.signature.setText(signature or "No signature block yet.")
        self.missing.setVisible(self.by_hand)

    def show_checks(self, has_sign_off: bool, has_signature: bool) -> None:
        self.sign_off.setText(
            f"{TICK} The reply ends with a sign-off."
            if has_sign_off
            else f"{CROSS} No sign-off yet (such as “Kind regards,”)."
        )
        if self.by_hand:
            self.signed.setText(
                f"{TICK} Your name is under the sign-off."
                if has_signature
                else f"{CROSS} No name under the sign-off yet."
            )
            return
        self.signed.setText(
            f"{TICK} Your signature block is there."
            if has_signature
            else f"{CROSS} Your whole signature block is not under the sign-off yet."
        )


class SendPanel(QWidget):
    send_requested = Signal(str)  # "mail program", "clipboard", "eml file"
    sent_confirmed = Signal()  # the owner says the reply has really gone
    call_requested = Signal(str, int)
    settle_requested = Signal(str, str, bool, bool)  # refund amount, reference, cancel, unsub

    def __init__(self, to: str, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        send = QGroupBox("Send your reply")
        send_layout = QVBoxLayout(send)
        form = QFormLayout()
        form.addRow("To:", plain_label(to or "(no email address on file)"))
        form.addRow("Subject:", plain_label(subject))
        send_layout.addLayout(form)
        row = QHBoxLayout()
        self.mail = QPushButton("Open in my mail program")
        self.mail.setObjectName("send_mail")
        self.copy = QPushButton("Copy to clipboard")
        self.copy.setObjectName("send_copy")
        self.eml = QPushButton("Save as .eml…")
        self.eml.setObjectName("send_eml")
        self.mail.clicked.connect(lambda: self.send_requested.emit("mail program"))
        self.copy.clicked.connect(lambda: self.send_requested.emit("clipboard"))
        self.eml.clicked.connect(lambda: self.send_requested.emit("eml file"))
        for button in (self.mail, self.copy, self.eml):
            row.addWidget(button)
        send_layout.addLayout(row)
        self.result = plain_label()
        self.result.setObjectName("send_result")
        self.result.setWordWrap(True)
        # Handing the reply to the mail program is not sending it: the log waits for the owner.
        self.confirm_sent = QPushButton("I have sent it — log it as sent")
        self.confirm_sent.setObjectName("confirm_sent")
        self.confirm_sent.setEnabled(False)
        self.confirm_sent.clicked.connect(self.sent_confirmed)
        # The button sits above the result text, so the text appearing after "Copy" does not
        # move it from under the owner's cursor.
        send_layout.addWidget(self.confirm_sent)
        send_layout.addWidget(self.result)
        layout.addWidget(send)

        call = self.call_box = QGroupBox("Or call the customer instead")
        call_layout = QFormLayout(call)
        self.call_notes = QPlainTextEdit()
        self.call_notes.setTabChangesFocus(True)
        self.call_notes.setObjectName("call_notes")
        self.call_notes.setPlaceholderText("What was said and what was agreed.")
        self.call_notes.setMaximumHeight(90)
        self.call_minutes = QSpinBox()
        self.call_minutes.setRange(0, 600)
        self.call_minutes.setSuffix(" min")
        self.log_call = QPushButton("Log the call")
        self.log_call.setObjectName("log_call")
        self.log_call.clicked.connect(
            lambda: self.call_requested.emit(
                self.call_notes.toPlainText(), self.call_minutes.value()
            )
        )
        call_layout.addRow("Notes:", self.call_notes)
        call_layout.addRow("Call length:", self.call_minutes)
        call_layout.addRow(self.log_call)
        layout.addWidget(call)

        settle = QGroupBox("Or refund, cancel, and move on")
        settle_layout = QFormLayout(settle)
        # Empty until the owner decides: a refund is their choice, never a default.
        self.refund = QLineEdit()
        self.refund.setObjectName("refund_amount")
        self.refund.setPlaceholderText("0.00 for no refund")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("refund or order number (optional)")
        self.cancel = QCheckBox("Cancel their account or subscription")
        # Said on the box: a mailing-list removal is one of the blocking steps, so the
        # customer's status becomes Blocked, which an olive-branch refund alone never does.
        self.unsubscribe = QCheckBox("Remove from mailing lists (marks them Blocked)")
        self.unsubscribe.setObjectName("settle_unsubscribe")
        self.settle = QPushButton("Log these and move on")
        self.settle.setObjectName("settle")
        self.settle.clicked.connect(
            lambda: self.settle_requested.emit(
                self.refund.text(),
                self.reference.text(),
                self.cancel.isChecked(),
                self.unsubscribe.isChecked(),
            )
        )
        settle_layout.addRow("Refund:", self.refund)
        settle_layout.addRow("Reference:", self.reference)
        settle_layout.addRow(self.cancel)
        settle_layout.addRow(self.unsubscribe)
        settle_layout.addRow(self.settle)
        layout.addWidget(settle)
        layout.addStretch(1)

    def show_result(self, text: str) -> None:
        self.result.setText(text)

    def answered(self) -> None:
        """The reply or the call is logged: the message is answered once, so a second click
        cannot log a second call that could never be deleted."""
        self.log_call.setEnabled(False)
        self.log_call.setText("The answer to this message is logged")

    def settled(self) -> None:
        """Logged once: a second click must not log a second refund."""
        for field in (self.refund, self.reference, self.cancel, self.unsubscribe):
            field.setEnabled(False)
        self.settle.setEnabled(False)
        self.settle.setText("Logged")
