"""Log a contact (Ctrl+N), or open a logged one to read it, see its history and correct it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.contact_changes import NewAttachment
from app.core.errors import SteadyError
from app.importing.paste import split_pasted
from app.importing.pasted_direction import owner_pieces
from app.importing.typed_words import SuggestedLog
from app.services import Services
from ui.log.clock_question import settle_time
from ui.log.contact_drafts import ContactDrafts, Draft, DraftSlot, why_not_kept
from ui.log.contact_form import ContactForm
from ui.log.evidence_dialog import EvidenceDialog, kept_draft_banner
from ui.log.evidence_list import EvidenceList, PendingFile
from ui.log.suggested_boxes import SuggestedBoxes
from ui.log.thread_split import log_one_by_one
from ui.shell.dates import shown_when
from ui.shell.messages import confirm, tell_error
from ui.shell.plain_text import plain_label
from ui.shell.row_keys import is_plain_enter, never_default
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, text_style

AUTOSAVE_MS = 3000


class LogContactDialog(EvidenceDialog):
    """A new contact for one customer. Autosaves a draft every few seconds until saved."""

    contact_logged = Signal(int)

    def __init__(
        self,
        services: Services,
        customer_id: int,
        *,
        files: list[str] | tuple[str, ...] = (),
        drafts: ContactDrafts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.customer_id = customer_id
        self.contact_id: int | None = None
        self._drafts = drafts
        # This dialog's own draft file: a draft kept from before is never written over.
        self._slot: DraftSlot | None = drafts.new_slot(customer_id) if drafts else None
        self._kept: Draft | None = None
        self._dirty = False
        customer = services.customers.get(customer_id)
        self.setWindowTitle(f"Log a contact — {customer.name}")
        fit_to_screen(self, 900, 720)

        self.form = ContactForm(services.clock())
        self.suggested = SuggestedBoxes(self.form)
        self.evidence = EvidenceList(services)
        self.draft_banner, self.draft_text = kept_draft_banner(
            lambda: self.restore_draft(), self.discard_draft
        )
        self._show_kept_draft()
        evidence_box = QGroupBox("Evidence (files kept with this contact)")
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText("Save to the log")
        save_button.setShortcut(QKeySequence("Ctrl+Return"))
        save_button.setToolTip("Save (Ctrl+Enter)")
        QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(save_button.click)
        never_default(save_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        # A pasted thread or chat transcript: offer to log each message as its own contact.
        self.thread_label = QLabel()
        self.thread_label.setWordWrap(True)
        self.split_button = QPushButton("Log them one by one")
        self.split_button.clicked.connect(self.log_messages_separately)
        self.thread_banner = QWidget()
        thread_row = QHBoxLayout(self.thread_banner)
        thread_row.setContentsMargins(0, 0, 0, 0)
        thread_row.addWidget(self.thread_label, 1)
        thread_row.addWidget(self.split_button)
        self.thread_banner.hide()
        # Shown while the draft cannot be written: a crash now would lose the typing.
        self.not_kept = plain_label()
        self.not_kept.setObjectName("draft_not_kept")
        self.not_kept.setWordWrap(True)
        self.not_kept.setStyleSheet(text_style(Tone.DANGER))
        self.not_kept.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.thread_banner)
        layout.addWidget(self.form, 3)
        layout.addWidget(evidence_box, 1)
        layout.addWidget(self.not_kept)
        layout.addWidget(self.buttons)
        self.form.words_edit.textChanged.connect(self._on_words_changed)
        self._wire_evidence()
        self.form.changed.connect(self._on_changed)
        self.evidence.changed.connect(self._on_changed)
        if files:
            self.evidence.add_paths(list(files))
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        self.form.summary_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Only Ctrl+Enter or the Save button itself saves: plain Enter reaching the dialog
        # (from the evidence list, say) would press its default button, Save.
        if is_plain_enter(event):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _show_kept_draft(self) -> None:
        self._kept = self._drafts.load(self.customer_id) if self._drafts else None
        self.draft_banner.setVisible(self._kept is not None)
        if self._kept is not None:
            self.draft_text.setText(
                f"A contact you were writing for this customer on "
                f"{shown_when(self._kept.saved_at)} was not saved. It was kept as a draft."
            )

    def _on_words_changed(self) -> None:
        messages = split_pasted(self.form.words_edit.exact_text())
        self.thread_banner.setVisible(len(messages) > 1)
        if len(messages) > 1:
            # Which pieces she would be logging as her own, before she does.
            whose = owner_pieces(self._services.store, self.customer_id, messages)
            self.thread_label.setText(
                f"This looks like {len(messages)} messages (a pasted thread or chat). Log each "
                f"as its own contact, with its own sender and time? {whose}".rstrip()
            )

    def log_messages_separately(self) -> None:
        """Each message of the pasted thread becomes its own contact, with the channel, summary
        and files typed beside it, then the dialog closes; it stays open if any was not logged."""
        ids = log_one_by_one(self, self._services, self.customer_id, self.form, self.evidence)
        if ids is None:
            return
        # Only this dialog's own draft goes: one kept from an earlier crash stays until the
        # owner restores or discards it.
        self._forget_own_draft()
        self._dirty = False
        for contact_id in ids:
            self.contact_logged.emit(contact_id)
        self.accept()

    def _on_changed(self) -> None:
        self._dirty = True

    def restore_draft(self, draft: Draft | None = None) -> None:
        """Put a kept draft back in the form; this dialog then keeps writing to that draft."""
        draft = draft or self._kept
        taken = self._drafts.take(draft) if self._drafts and draft else None
        self.draft_banner.hide()
        if draft is None or taken is None or self._slot is None:
            if draft is not None:
                tell_error(
                    self,
                    SteadyError("That draft is open in another Steady window; finish it there."),
                    "Draft not restored",
                )
            return
        if self.form.has_content() or self.evidence.pending:
            # What was typed here before Restore stays a kept draft of its own.
            self._dirty = True
            self.save_draft()
            self._slot.release()
        else:
            self._slot.discard()
        self._slot = taken
        self._show_kept_draft()  # what was typed before, to switch back to
        unread = self.form.restore_draft(draft.fields)
        missing = []
        files = []
        for entry in draft.files:
            where = Path(str(entry.get("path", "")))
            try:
                data = where.read_bytes()
            except OSError:
                missing.append(str(entry.get("filename", where.name)))
                continue
            attachment = NewAttachment(
                str(entry.get("filename", where.name)),
                data,
                str(entry.get("mime", "")),
                str(entry.get("note", "")),
            )
            pasted = where.parent == self._drafts.folder  # type: ignore[union-attr]
            files.append(PendingFile(attachment, None if pasted else str(where)))
        self.evidence.add(files)
        self._dirty = False
        if unread:
            tell_error(
                self,
                SteadyError(
                    "Part of the draft was not understood, so these are left for you to choose "
                    "again before saving: " + ", ".join(unread) + ". Everything else, the words "
                    "included, is as you typed it."
                ),
                "Check the draft",
            )
        if missing:
            tell_error(
                self,
                SteadyError(
                    "These files from the draft are no longer where they were, so they are not "
                    "attached: " + ", ".join(missing)
                ),
                "Some files are missing",
            )

    def discard_draft(self) -> None:
        taken = self._drafts.take(self._kept) if self._drafts and self._kept else None
        if taken is not None:
            taken.discard()
        self._show_kept_draft()  # an older kept draft, if there is one

    def save_draft(self) -> None:
        if not self._dirty or self._slot is None:
            return
        if not self.form.has_content() and not self.evidence.pending:
            return
        try:
            self._slot.save(
                self.form.draft_values(),
                [(f.attachment, f.path) for f in self.evidence.pending],
            )
        except OSError as error:
            # The next tick tries again; until one lands, the owner knows a crash would lose it.
            self.not_kept.setText(
                f"Not kept on disk: {why_not_kept(error)}. Save the contact to keep it."
            )
            self.not_kept.show()
            return
        self.not_kept.hide()
        self._dirty = False

    def keep_draft(self) -> None:
        """Steady is closing with the dialog open: what was typed is offered at the next start."""
        self._autosave.stop()
        self.save_draft()
        if self._slot is not None:
            self._slot.release()

    def _forget_own_draft(self) -> None:
        self._autosave.stop()
        if self._slot is not None:
            self._slot.discard()

    def save(self) -> None:
        if not settle_time(self, self.form):
            return
        # Words typed a moment ago are read now; what the owner had not seen yet waits for them.
        seen = {s.category for s in self.suggested.suggestions}
        self.suggested.refresh()
        try:
            self.contact_id = SuggestedLog(self._services.store, self._services.contacts).log(
                self.customer_id,
                self.form.details(),
                self.evidence.new_attachments(),
                self.suggested.suggestions,
                seen=seen,
            )
        except SteadyError as error:
            tell_error(self, error)
            return
        self._forget_own_draft()
        self.contact_logged.emit(self.contact_id)
        self.accept()

    def reject(self) -> None:
        if (self.form.has_content() or self.evidence.pending) and not confirm(
            self,
            "Discard this contact?",
            "What you typed has not been saved to the log. Discard it?",
            "Discard",
            "Keep editing",
            default_no=True,  # Esc then Enter in haste keeps the contact
        ):
            return
        self._forget_own_draft()
        super().reject()


FIELD_NAMES = {
    "occurred_at": "when",
    "occurred_tz": "time zone",
    "channel": "channel",
    "direction": "direction",
    "text": "exact words",
    "summary": "summary",
    "categories": "categories",
    "severity": "severity",
    "minutes": "time it cost",
    "url": "link",
    "staff": "staff",
}
