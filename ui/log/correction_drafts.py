"""A correction being typed is kept like a new contact's draft: every few seconds to its own
file, offered back when the contact is opened again (or at the next start) after a crash.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from app.core.contact_changes import ContactRevision
from app.core.errors import SteadyError
from ui.log.contact_drafts import CORRECTION, ContactDrafts, Draft, DraftSlot
from ui.log.contact_form import ContactForm
from ui.log.evidence_dialog import kept_draft_banner
from ui.shell.dates import shown_when
from ui.shell.messages import tell_error

AUTOSAVE_MS = 3000


class Correcting(Protocol):
    """The contact dialog, as far as keeping its correction goes."""

    contact_id: int
    correcting: bool
    form: ContactForm
    reason_edit: QLineEdit
    revisions: list[ContactRevision]

    def start_correction(self) -> None: ...


class CorrectionKeeper(QObject):
    def __init__(self, dialog: Correcting, drafts: ContactDrafts | None) -> None:
        super().__init__()
        self.dialog = dialog
        self.drafts = drafts
        self.slot: DraftSlot | None = None
        self.kept: Draft | None = None
        self._dirty = False
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        dialog.form.changed.connect(self._on_changed)
        dialog.reason_edit.textChanged.connect(self._on_changed)
        self.banner, self.banner_text = kept_draft_banner(lambda: self.restore(), self.discard_kept)
        self._show_kept()

    def _show_kept(self) -> None:
        drafts = self.drafts
        found = drafts.pending(CORRECTION, self.dialog.contact_id) if drafts else []
        self.kept = found[0] if found else None
        self.banner.setVisible(self.kept is not None)
        if self.kept is not None:
            self.banner_text.setText(
                f"A correction you were typing on {shown_when(self.kept.saved_at)} was not "
                "saved. It was kept as a draft."
            )

    def _on_changed(self) -> None:
        if self.dialog.correcting:
            self._dirty = True

    def started(self) -> None:
        if self.drafts is not None and self.slot is None:
            self.slot = self.drafts.new_correction_slot(self.dialog.contact_id)
        self._dirty = False
        self._autosave.start()

    def ended(self) -> None:
        """Saved, or closed without saving when the owner said so."""
        self._autosave.stop()
        if self.slot is not None:
            self.slot.discard()
            self.slot = None

    def save(self) -> None:
        if not self._dirty or self.slot is None or not self.dialog.correcting:
            return
        values = self.dialog.form.draft_values()
        values["reason"] = self.dialog.reason_edit.text()
        values["revision"] = self.dialog.revisions[-1].number
        try:
            self.slot.save(values, [])
        except OSError:
            return  # the next tick tries again; the typing is still on screen
        self._dirty = False

    def keep(self) -> None:
        """Steady is closing mid-correction: offered back at the next start."""
        self._dirty = self._dirty or self.dialog.correcting
        self.save()
        self._autosave.stop()
        if self.slot is not None:
            self.slot.release()

    def restore(self, draft: Draft | None = None) -> bool:
        draft = draft or self.kept
        taken = self.drafts.take(draft) if self.drafts and draft else None
        self.banner.hide()
        if draft is None or taken is None:
            if draft is not None:
                tell_error(
                    self.banner.window(),
                    SteadyError("That draft is open in another Steady window; finish it there."),
                    "Draft not restored",
                )
            return False
        if not self.dialog.correcting:
            self.dialog.start_correction()
        if self.slot is not None:
            self.slot.discard()
        self.slot = taken
        latest = self.dialog.revisions[-1].details
        unread = self.dialog.form.restore_draft(draft.fields, correcting=latest)
        reason = draft.fields.get("reason", "")
        self.dialog.reason_edit.setText(reason if isinstance(reason, str) else "")
        self._dirty = False
        if unread:
            tell_error(
                self.banner.window(),
                SteadyError(
                    "Part of the draft was not understood, so these are left as they were: "
                    + ", ".join(unread)
                    + ". Everything else, the words included, is as you typed it."
                ),
                "Check the draft",
            )
        return True

    def discard_kept(self) -> None:
        taken = self.drafts.take(self.kept) if self.drafts and self.kept else None
        if taken is not None:
            taken.discard()
        self._show_kept()
