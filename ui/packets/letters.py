"""The preservation request and the platform report, drafted from the packet's data.

The owner edits the text, copies it or saves it as a PDF on the letterhead, and marks it as
sent: that logs it, with the SHA-256 of the text that went out.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.packets.data import PacketData
from app.packets.making import log_letter, renderer_of, write_file
from app.packets.platform_letters import (
    PRESERVE,
    REPORT,
    letter_title,
    platform_report,
    preservation_letter,
)
from app.reply.tone_languages import language_code, written_in_note
from app.services import Services
from app.standing.action_records import ActionKind
from ui.shell.plain_text import plain_label
from ui.shell.screen_fit import fit_to_screen

PRESERVATION = "Preservation request"


class LettersDialog(QDialog):
    def __init__(
        self,
        services: Services,
        data: PacketData,
        parent: QWidget | None = None,
        *,
        redacted_packet: bool = False,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.data = data
        # Written in the language of the owner's letters to customers.
        self.language = language_code(services.settings.text("reply_language"))
        self.setWindowTitle("Letters to platforms")
        fit_to_screen(self, 720, 640)
        self.which = QComboBox()
        platforms = sorted({p.platform for p in data.public_posts if p.platform})
        for platform in platforms or ["the email provider"]:
            self.which.addItem(f"{PRESERVATION} — {platform}", (PRESERVE, platform))
        for index, post in enumerate(data.public_posts):
            self.which.addItem(f"Report to {post.platform}: {post.url or 'post'}", (REPORT, index))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        # An owner who set another language once may not expect it in a letter to a platform.
        self.status = plain_label(written_in_note(self.language))
        self.status.setWordWrap(True)
        # The letters go to the platform about the customer's own account: it needs the
        # handle, the post's address and the name a redacted packet's reader must not see.
        self.unredacted = plain_label(
            "These letters go to the platform, so they name the account and the posts in "
            "full: the packet's redactions are not applied to them."
            if redacted_packet
            else ""
        )
        self.unredacted.setWordWrap(True)
        self.unredacted.setVisible(redacted_packet)
        copy = QPushButton("Copy text")
        save = QPushButton("Save as PDF…")
        sent = QPushButton("Mark as sent")
        sent.setToolTip("Logs the letter with the SHA-256 of its text")
        close = QPushButton("Close")
        form = QFormLayout()
        form.addRow("Letter", self.which)
        buttons = QHBoxLayout()
        for button in (copy, save, sent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.unredacted)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.which.currentIndexChanged.connect(self._on_which_changed)
        copy.clicked.connect(self._on_copy_clicked)
        save.clicked.connect(self._on_save_clicked)
        sent.clicked.connect(self.mark_sent)
        close.clicked.connect(self.accept)
        self._on_which_changed()

    def _choice(self) -> tuple[str, object]:
        return self.which.currentData()  # type: ignore[no-any-return]

    def _title(self) -> str:
        kind, _ = self._choice()
        return letter_title(kind, self.language)

    def _on_which_changed(self) -> None:
        kind, value = self._choice()
        if kind == PRESERVE:
            provider = "" if value == "the email provider" else str(value)
            self.text.setPlainText(preservation_letter(self.data, provider, self.language))
        else:
            post = self.data.public_posts[int(value)]  # type: ignore[call-overload]
            self.text.setPlainText(platform_report(self.data, post, self.language))

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText("Copied. Paste it into the platform's form or your email.")

    def _on_save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save letter", f"{self._title()} {self.data.number}.pdf", "PDF documents (*.pdf)"
        )
        if not path:
            return
        try:
            pdf = renderer_of(self.services).render_letter(
                self.data, self._title(), self.text.toPlainText(), self.language
            )
            write_file(path, pdf.data)
        except SteadyError as error:
            QMessageBox.warning(self, "Not saved", str(error))
            return
        self.status.setText(f"Saved {path}.")

    def mark_sent(self) -> None:
        kind, value = self._choice()
        action = ActionKind.PRESERVATION_REQUEST if kind == PRESERVE else ActionKind.PLATFORM_REPORT
        recipient = str(value) if kind == PRESERVE else self.data.public_posts[int(value)].platform  # type: ignore[call-overload]
        try:
            digest = log_letter(
                self.services, self.data, action, recipient, self.text.toPlainText()
            )
        except SteadyError as error:
            QMessageBox.warning(self, "Not logged", str(error))
            return
        self.status.setText(f"Logged as sent to {recipient} (SHA-256 {digest[:16]}…).")
