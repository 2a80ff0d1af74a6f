"""Steps 5 to 7 of the reply editor: print and read aloud, sign, then send, call or settle."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from app.log.customers import parse_money
from app.reply.mail import eml_bytes, mailto_fits, mailto_url
from app.reply.signature import with_signature
from ui.reply.positions import Utf16Map
from ui.shell.dates import shown_when

HANDED_OVER = {
    "mail program": "Your mail program has the reply; send it from there.",
    "clipboard": "The reply is on the clipboard; paste it where you answer them.",
    "eml file": "The reply is saved as an .eml file; open it in your mail program.",
}
# Mail programs cut long mailto links, so a long reply goes by the clipboard, and the owner
# is told so plainly: the new mail holds only this note, never the reply.
PASTE_NOTE = "[Paste your reply from Steady here: it is on the clipboard. Delete this line.]"
TOO_LONG_FOR_MAILTO = (
    "Your reply is too long to hand to your mail program in one piece. The new mail holds "
    "only a note; your reply is on the clipboard: delete the note and paste the reply in "
    "its place before you send it. Or use “Save as .eml…”, which carries the whole reply."
)


class FinishingSteps:
    """Steps 5 to 7 of the reply editor: print and read aloud, sign, then send, call or settle."""

    def print_preview(self) -> None:
        self.state.printed = True
        self.printer.preview(self.draft.document(), self.draft.font(), self.windowTitle())
        self._changed()

    def print_draft(self) -> None:
        if self.printer.print(self.draft.document(), self.draft.font(), self.windowTitle()):
            self.state.printed = True
            self._changed()

    def read_aloud(self) -> None:
        self.state.read_aloud = True
        if self.reader.has_voice:
            self.reader.play(self.state.draft)
        else:
            self.reader.load(self.state.draft)
            self.reader.next()
        self.review_panel.set_reading(True)
        self._changed()

    def stop_reading(self) -> None:
        self.reader.stop()
        self.draft.clear_sentence()
        self.review_panel.set_reading(False)

    def _on_sentence_step(self, direction: int) -> None:
        if self.reader.index < 0:
            self.read_aloud()
        elif direction > 0:
            self.reader.next()
        else:
            self.reader.previous()

    def _on_reader_sentence_changed(self, start: int, end: int) -> None:
        positions = Utf16Map(self.state.draft)
        self.draft.highlight_sentence(positions.to_qt(start), positions.to_qt(end))

    def _on_reader_finished(self) -> None:
        self.draft.clear_sentence()
        self.review_panel.set_reading(False)

    def follow_settings(self) -> None:
        """Settings were saved while this reply is open: a signature block written there
        counts from now on, without closing the reply."""
        self.signature = self.services.settings.text("signature")
        self.sign_panel.show_signature(self.signature)
        self._refresh_panels()

    def insert_signature(self) -> None:
        self._set_draft(
            with_signature(self.state.draft, self.signature, self.language_choice.language)
        )

    def _held_back(self) -> bool:
        """The draft gained tone flags since the review: say so, and let nothing go out."""
        note = self.unread_flags_note()
        if note:
            self.send_panel.show_result(note)
            self.send_panel.confirm_sent.setEnabled(False)
        return bool(note)

    def send(self, via: str) -> int | None:
        if self._held_back():
            return None
        mail = self.replies.outgoing_mail(self.state)
        done = HANDED_OVER[via]
        if via == "mail program":
            url = mailto_url(mail)
            if not mailto_fits(url):
                QGuiApplication.clipboard().setText(mail.body)
                url = mailto_url(replace(mail, body=PASTE_NOTE))
                done = TOO_LONG_FOR_MAILTO
            if not QDesktopServices.openUrl(QUrl(url)):
                QMessageBox.warning(
                    self,
                    "No mail program",
                    "Steady could not open a mail program. Copy the reply to the clipboard "
                    "or save it as an .eml file instead.",
                )
                return None
        elif via == "clipboard":
            QGuiApplication.clipboard().setText(mail.body)
        else:
            suggested = str(Path.home() / f"Reply to {self.customer.name}.eml")
            path, _ = QFileDialog.getSaveFileName(
                self, "Save the reply as an email file", suggested, "Email (*.eml)"
            )
            if not path:
                return None
            try:
                Path(path).write_bytes(eml_bytes(mail, self.clock()))
            except OSError as error:
                QMessageBox.warning(self, "Not saved", f"Cannot save {path}: {error.strerror}")
                return None
        if via not in self._handed_over:
            self._handed_over.append(via)
        self.send_panel.show_result(
            f"{done} When it has gone, press “I have sent it” and Steady logs it as your answer "
            f"to the message of {shown_when(self.original.occurred_at)}."
        )
        self.send_panel.confirm_sent.setEnabled(True)
        return None

    def confirm_sent(self) -> int | None:
        """Log the reply as sent, by every way it was handed over, as one outbound contact."""
        contact_id: int | None = None
        if self._held_back():
            return None
        vias = self._handed_over or ["clipboard"]

        def log() -> None:
            nonlocal contact_id
            for via in vias:
                contact_id = self.replies.mark_sent(self.state, via, self.flags)

        if not self._run(log) or contact_id is None:
            return None
        self.send_panel.confirm_sent.setEnabled(False)
        self.send_panel.show_result(
            f"Logged as sent ({', '.join(vias)}), answering the message of "
            f"{shown_when(self.original.occurred_at)}."
        )
        self._finished(contact_id)
        return contact_id

    def _on_call_requested(self, notes: str, minutes: int) -> None:
        contact_id: int | None = None

        def log() -> None:
            nonlocal contact_id
            contact_id = self.replies.call_instead(self.state, notes, minutes, self.flags)

        if self._run(log) and contact_id is not None:
            self.send_panel.show_result("The call is logged, answering their message.")
            self.send_panel.confirm_sent.setEnabled(False)
            self._finished(contact_id)

    def _on_settle_requested(self, refund: str, reference: str, cancel: bool, unsub: bool) -> None:
        def settle() -> None:
            amount = parse_money(refund)
            before = self.replies.customer(self.state).status
            done = self.replies.settle(
                self.state,
                refund=amount if amount > 0 else None,
                cancel=cancel,
                unsubscribe=unsub,
                reference=reference,
            )
            after = self.replies.customer(self.state).status
            changed = (
                f" {self.customer.name} is now marked {after.label}: taking them off the "
                "mailing lists is one of the steps of blocking them."
                if after != before and unsub
                else ""
            )
            self.send_panel.show_result(
                "Logged: " + ", ".join(done) + f".{changed} You can close this window and move on."
            )

        if self._run(settle):
            self.send_panel.settled()
            self.reply_finished.emit(self.state.id or 0)
            self._update_nav()

    def _finished(self, contact_id: int) -> None:
        self.draft.setReadOnly(True)
        self.send_panel.answered()
        self.contact_logged.emit(contact_id)
        self.reply_finished.emit(self.state.id or 0)
        self._update_nav()
