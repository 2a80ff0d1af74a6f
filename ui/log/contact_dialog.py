"""Log a contact (Ctrl+N), or open a logged one to read it, see its history and correct it."""

from __future__ import annotations

import html
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import show_local
from app.core.domain import ContactDetails, ContactRevision, NewAttachment
from app.core.errors import SteadyError
from app.importing.paste import split_pasted
from app.importing.post_details import POST_SOURCE
from app.services import Services
from ui.importing.dropped_files import local_files
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_form import ContactForm, logged_as
from ui.log.evidence_facts import ClauseTagDialog, PostDetailsDialog
from ui.log.evidence_list import EvidenceList, PendingFile
from ui.shell.messages import confirm, tell_error

AUTOSAVE_MS = 3000
BANNER_STYLE = "background: #fff4d6; border: 1px solid #e3c35a; border-radius: 4px; padding: 6px;"


class _EvidenceDialog(QDialog):
    """A dialog with a form and an evidence list that takes dropped and pasted files."""

    form: ContactForm
    evidence: EvidenceList

    def _wire_evidence(self) -> None:
        self.setAcceptDrops(True)
        self.form.words_edit.files_dropped.connect(self.evidence.add_paths)
        self.form.words_edit.image_pasted.connect(self._on_words_image_pasted)
        paste = QAction("Paste screenshot", self)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.triggered.connect(self.evidence.paste_from_clipboard)
        self.addAction(paste)

    def _on_words_image_pasted(self, image: QImage) -> None:
        self.evidence.add_image(image)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if local_files(mime) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = local_files(mime)
        if paths:
            self.evidence.add_paths(paths)
        elif mime.hasImage():
            self.evidence.add_image(QImage(mime.imageData()))
        event.acceptProposedAction()


def _fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """The preferred size, but never taller or wider than a small laptop screen allows."""
    screen = dialog.screen().availableGeometry()
    dialog.resize(min(width, int(screen.width() * 0.95)), min(height, int(screen.height() * 0.9)))


def _banner(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    return label


class LogContactDialog(_EvidenceDialog):
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
        self._dirty = False
        customer = services.customers.get(customer_id)
        self.setWindowTitle(f"Log a contact — {customer.name}")
        _fit_to_screen(self, 900, 720)

        self.form = ContactForm(services.clock())
        self.evidence = EvidenceList(services)
        self.draft_banner = QWidget()
        self._build_draft_banner()
        evidence_box = QGroupBox("Evidence (files kept with this contact)")
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setText("Save to the log")
        save_button.setShortcut(QKeySequence("Ctrl+Return"))
        save_button.setToolTip("Save (Ctrl+Enter)")
        save_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
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

        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.thread_banner)
        layout.addWidget(self.form, 3)
        layout.addWidget(evidence_box, 1)
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

    def _build_draft_banner(self) -> None:
        draft = self._drafts.load(self.customer_id) if self._drafts else None
        self.draft_banner.setVisible(draft is not None)
        if draft is None:
            return
        text = _banner(
            f"A contact you were writing for this customer on "
            f"{draft.saved_at:%Y-%m-%d at %H:%M} was not saved. It was kept as a draft."
        )
        restore = QPushButton("Restore it")
        discard = QPushButton("Discard it")
        restore.clicked.connect(self.restore_draft)
        discard.clicked.connect(self.discard_draft)
        row = QHBoxLayout(self.draft_banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(text, 1)
        row.addWidget(restore)
        row.addWidget(discard)

    def _on_words_changed(self) -> None:
        messages = split_pasted(self.form.words_edit.exact_text())
        self.thread_banner.setVisible(len(messages) > 1)
        if len(messages) > 1:
            self.thread_label.setText(
                f"This looks like {len(messages)} messages (a pasted thread or chat). Log each "
                "as its own contact, with its own sender and time?"
            )

    def log_messages_separately(self) -> None:
        """Each message of the pasted thread becomes its own contact, then the dialog closes."""
        try:
            report = self._services.imports.import_pasted(
                self.customer_id, self.form.words_edit.exact_text()
            )
        except SteadyError as error:
            tell_error(self, error, "The messages were not logged")
            return
        if report.failed:
            tell_error(
                self,
                SteadyError(report.summary() + " " + report.failed[0].reason),
                "Not every message was logged",
            )
        ids = [item.contact_id for item in report.imported]
        if self._drafts is not None:
            self._drafts.discard(self.customer_id)
        self._dirty = False
        for contact_id in ids:
            self.contact_logged.emit(contact_id)
        self.accept()

    def _on_changed(self) -> None:
        self._dirty = True

    def restore_draft(self) -> None:
        draft = self._drafts.load(self.customer_id) if self._drafts else None
        self.draft_banner.hide()
        if draft is None:
            return
        self.form.restore_draft(draft.fields)
        missing = []
        files = []
        for entry in draft.files:
            try:
                data = Path(entry["path"]).read_bytes()
            except OSError:
                missing.append(entry.get("filename", entry["path"]))
                continue
            attachment = NewAttachment(
                entry["filename"], data, entry.get("mime", ""), entry.get("note", "")
            )
            pasted = Path(entry["path"]).parent == self._drafts.folder  # type: ignore[union-attr]
            files.append(PendingFile(attachment, None if pasted else entry["path"]))
        self.evidence.add(files)
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
        if self._drafts:
            self._drafts.discard(self.customer_id)
        self.draft_banner.hide()

    def save_draft(self) -> None:
        if not self._dirty or self._drafts is None:
            return
        if not self.form.has_content() and not self.evidence.pending:
            return
        try:
            self._drafts.save(
                self.customer_id,
                self.form.draft_values(),
                [(f.attachment, f.path) for f in self.evidence.pending],
            )
        except OSError:
            return  # the next tick tries again; the typing is still on screen
        self._dirty = False

    def save(self) -> None:
        try:
            self.contact_id = self._services.contacts.log(
                self.customer_id, self.form.details(), self.evidence.new_attachments()
            )
        except SteadyError as error:
            tell_error(self, error)
            return
        self._autosave.stop()
        if self._drafts:
            self._drafts.discard(self.customer_id)
        self.contact_logged.emit(self.contact_id)
        self.accept()

    def reject(self) -> None:
        if (self.form.has_content() or self.evidence.pending) and not confirm(
            self,
            "Discard this contact?",
            "What you typed has not been saved to the log. Discard it?",
            "Discard",
            "Keep editing",
        ):
            return
        self._autosave.stop()
        if self._drafts and (self.form.has_content() or self.evidence.pending):
            self._drafts.discard(self.customer_id)
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


def changed_fields(before: ContactDetails, after: ContactDetails) -> list[str]:
    return [
        FIELD_NAMES.get(field.name, field.name)
        for field in fields(ContactDetails)
        if getattr(before, field.name) != getattr(after, field.name)
    ]


def _revision_title(revision: ContactRevision) -> str:
    when = show_local(revision.revised_at)
    if revision.number == 0:
        return f"Original — logged {when}"
    return f"Revision {revision.number} — {when} — {revision.reason}"


class ContactDialog(_EvidenceDialog):
    """A logged contact, read-only; "Correct…" saves a new revision and keeps every version."""

    contact_corrected = Signal(int, int)  # contact id, revision number

    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.contact_id = contact_id
        self.correcting = False
        contact = services.contacts.get(contact_id)
        customer = services.customers.get(contact.customer_id)
        self.setWindowTitle(f"Contact with {customer.name} — {show_local(contact.occurred_at)}")
        _fit_to_screen(self, 1000, 740)

        self.form = ContactForm(services.clock())
        self.evidence = EvidenceList(services, contact_id)
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.history = QListWidget()
        self.history.currentRowChanged.connect(self._on_history_row_changed)
        self.reason_edit = QLineEdit(
            placeholderText="Why is it being corrected? (e.g. “typed the wrong date”)"
        )
        self.correction_box = QFrame()
        correction_row = QHBoxLayout(self.correction_box)
        correction_row.setContentsMargins(0, 0, 0, 0)
        correction_row.addWidget(QLabel("Reason for the correction:"))
        correction_row.addWidget(self.reason_edit, 1)
        self.correction_box.hide()

        self.correct_button = QPushButton("Correct…")
        self.correct_button.setToolTip(
            "Save a corrected version. The original stays exactly as it was logged."
        )
        self.save_button = QPushButton("Save correction")
        self.cancel_button = QPushButton("Cancel correction")
        self.close_button = QPushButton("Close")
        for button in (self.save_button, self.cancel_button):
            button.hide()
        self.correct_button.clicked.connect(self.start_correction)
        self.save_button.clicked.connect(self.save_correction)
        self.cancel_button.clicked.connect(self.cancel_correction)
        self.close_button.clicked.connect(self.reject)
        self.post_button = QPushButton("Post details…")
        self.post_button.setToolTip(
            "Where and when the screenshotted post was published, and by whom"
        )
        self.post_button.clicked.connect(self.add_post_details)
        self.clause_button = QPushButton("Breaks a policy…")
        self.clause_button.setToolTip("Tag the policy clause this contact breaks")
        self.clause_button.clicked.connect(self.tag_clause)
        contact = services.contacts.get(contact_id)
        self.post_button.setVisible(contact.source == POST_SOURCE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.post_button)
        buttons.addWidget(self.clause_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        history_box = QGroupBox("History (every version is kept)")
        QVBoxLayout(history_box).addWidget(self.history)
        evidence_box = QGroupBox("Evidence")
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(history_box)
        lower.addWidget(evidence_box)
        lower.setSizes([340, 660])
        self.history.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.version_label)
        layout.addWidget(self.form, 3)
        layout.addWidget(self.correction_box)
        layout.addWidget(lower, 1)
        layout.addLayout(buttons)
        self._wire_evidence()
        self._load_history()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _load_history(self, select: int | None = None) -> None:
        self.revisions = self._services.contacts.revisions(self.contact_id)
        self.history.blockSignals(True)
        self.history.clear()
        for revision in self.revisions:
            item = QListWidgetItem(_revision_title(revision))
            item.setToolTip(revision.reason or "As first logged")
            self.history.addItem(item)
        self.history.blockSignals(False)
        self.history.setCurrentRow(len(self.revisions) - 1 if select is None else select)

    def _on_history_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.revisions) or self.correcting:
            return
        revision = self.revisions[row]
        self.form.set_details(revision.details)
        self.form.set_read_only(True)
        latest = len(self.revisions) - 1
        if revision.number == 0 and latest == 0:
            state = "As logged; never corrected."
        elif revision.number == 0:
            times = "once" if latest == 1 else f"{latest} times"
            state = f"The original, as first logged. It was corrected {times} later."
        else:
            which = "Current version" if revision.number == latest else "Earlier version"
            changed = changed_fields(self.revisions[row - 1].details, revision.details)
            state = (
                f"{which} (revision {revision.number}), because: {html.escape(revision.reason)}. "
                f"Changed: {', '.join(changed) or 'nothing'}."
            )
        self.version_label.setText(
            f"<b>Showing:</b> {state} &nbsp; <i>Happened {logged_as(revision.details)}.</i>"
        )

    def shown_revision(self) -> int:
        return self.revisions[self.history.currentRow()].number

    def add_post_details(self) -> None:
        PostDetailsDialog(self._services, self.contact_id, self).exec()

    def tag_clause(self) -> None:
        ClauseTagDialog(self._services, self.contact_id, self).exec()

    def start_correction(self) -> None:
        self.correcting = False
        self.history.setCurrentRow(len(self.revisions) - 1)
        self.correcting = True
        self.history.setEnabled(False)
        self.form.set_read_only(False)
        self.correction_box.show()
        self.correct_button.hide()
        self.close_button.hide()
        self.save_button.show()
        self.cancel_button.show()
        self.version_label.setText(
            "<b>Correcting.</b> Change what was wrong and say why. The version you are "
            "correcting is kept exactly as it is, and so is the original."
        )
        self.reason_edit.setFocus()

    def _end_correction(self, select: int | None = None) -> None:
        self.correcting = False
        self.history.setEnabled(True)
        self.correction_box.hide()
        self.reason_edit.clear()
        self.correct_button.show()
        self.close_button.show()
        self.save_button.hide()
        self.cancel_button.hide()
        self._load_history(select)
        self._on_history_row_changed(self.history.currentRow())

    def cancel_correction(self) -> None:
        self._end_correction()

    def save_correction(self) -> None:
        try:
            number = self._services.contacts.correct(
                self.contact_id, self.form.details(), self.reason_edit.text()
            )
        except SteadyError as error:
            tell_error(self, error, "Correction not saved")
            return
        self._end_correction()
        self.contact_corrected.emit(self.contact_id, number)

    def reject(self) -> None:
        if self.correcting and not confirm(
            self,
            "Leave without saving?",
            "Your correction has not been saved. Close anyway?",
            "Close without saving",
            "Keep correcting",
        ):
            return
        super().reject()
