"""The calm-reply window: one step at a time, a rail showing where you are, nothing lost.

The reply's state is saved at most a second after the first unsaved change, however fast the
owner keeps typing, and at once on every step change or when the draft loses focus, so closing
Steady (or a crash, or a power cut) at any moment reopens on the same step with the same words,
short of the last second's typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSystemTrayIcon,
    QWidget,
)

from app.core.clock import show_local
from app.core.errors import DatabaseBusyError, DiskFullError, SteadyError
from app.reply.draft_history import KEPT_ON_DISK
from app.reply.readiness import blockers
from app.reply.reply_language import reply_language
from app.reply.spelling import SpellingIssue
from app.reply.steps import Step, format_left
from app.reply.threat_advice import AFTER_THREAT_SEND, THREAT_STEPS
from app.reply.tone_rules import ToneFlag
from app.services import Services
from ui.log.contact_drafts import ContactDrafts, Draft
from ui.reply.closing_unsaved import CloseChoice, ask_before_losing, copy_words
from ui.reply.cooling_notices import CoolingNotices
from ui.reply.editor_checks import CheckingSteps
from ui.reply.editor_drafting import DraftingSteps
from ui.reply.editor_finishing import FinishingSteps
from ui.reply.editor_layout import EditorLayout
from ui.reply.editor_review import ReviewSteps
from ui.reply.kept_words import BUSY_KEPT, RETRY_MS, KeptWords, drafts_beside, kept_words
from ui.reply.notify import notify_time_up
from ui.reply.printing import DraftPrinter
from ui.reply.read_aloud import ReadAloud
from ui.reply.step_focus import first_field
from ui.shell.plain_text import isolated
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, text_style

# The longest an unsaved change waits: a deadline from the first change, not a pause after the
# last, so a steady typist who never stops for a second is saved all the same.
SAVE_WITHIN_MS = 1000
# How long a save waits for another program to let go of the log: short while the owner types
# (the window must not stand still), a little longer on closing. Then the words go to disk.
AUTOSAVE_WAIT_SECONDS = 0.25
CLOSE_WAIT_SECONDS = 2.0
# Refusals that pass by themselves (the other program finishes, space is freed): retried.
_RETRIED = (DatabaseBusyError, DiskFullError)


class ReplyEditor(
    EditorLayout, DraftingSteps, CheckingSteps, ReviewSteps, FinishingSteps, QMainWindow
):
    contact_logged = Signal(int)  # the outbound contact (reply sent, or call logged)
    reply_finished = Signal(int)  # the reply id, once sent, called or settled

    def __init__(
        self,
        services: Services,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        reply_id: int | None = None,
        tts_engine: str | None = None,
        grammar: bool = True,
        drafts: ContactDrafts | None = None,
    ) -> None:
        super().__init__(parent)
        if contact_id is None and reply_id is None:
            raise ValueError("ReplyEditor needs the contact to answer or a reply to resume")
        self.services = services
        self.replies = services.replies
        self.clock = services.clock
        self.state = (
            self.replies.get(reply_id) if reply_id is not None else self.replies.start(contact_id)  # type: ignore[arg-type]
        )
        CoolingNotices.forget(self.state.id)  # open again: this window gives the notice
        self.original = self.replies.original(self.state)
        self.customer = self.replies.customer(self.state)
        self.signature = services.settings.text("signature")
        self.issues: list[SpellingIssue] = []
        self.flags: list[ToneFlag] = []
        self.tray: QSystemTrayIcon | None = None
        self._shut_down = False
        self._handed_over: list[str] = []  # ways the reply left Steady, not yet confirmed
        self._was_cooling = self.state.is_cooling(self.clock())
        self.setWindowTitle(f"Calm reply to {isolated(self.customer.name)} — Steady")

        language = reply_language(self.state, services.settings.text("reply_language"))
        self._start_checks(language, grammar)
        self.reader = ReadAloud(tts_engine, self)
        self.printer = DraftPrinter(self)
        self._build()
        self._connect()
        fit_to_screen(self, 1180, 780)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_WITHIN_MS)
        self._save_timer.timeout.connect(self._autosave)
        self.kept = KeptWords(drafts or drafts_beside(services.store.path), self.state.id)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._refused: SteadyError | None = None  # why the log refused, unless only busy
        self._on_disk = False  # the words as they are now are in the kept file
        self._landed = self._words()  # the draft and answers as the log has them
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)
        self._tick.start()

        self.draft.setPlainText(self.state.draft)
        self.draft.document().clearUndoRedoStacks()
        self._show_step(self.state.step, save=False)
        self.tick()
        self._focus_step()

    # --- moving between steps ---------------------------------------------------------------

    def blockers(self, flags: list[ToneFlag] | None = None) -> list[str]:
        """What holds the owner at this step, with the flags shown (or those given)."""
        flags = self.flags if flags is None else flags
        return blockers(self.state, self.clock(), flags, self.signature)

    def go_to(self, target: Step | int) -> bool:
        """Go back freely; go forward through each step whose work is done."""
        target = Step(target)
        before = self.state.step
        while self.state.step < target:
            # The draft as it is now: the background check may be a keystroke behind.
            reasons = self.blockers(self.flags_now())
            if reasons:
                self._show_step(self.state.step)
                self._show_blockers(reasons)  # until the background check catches up
                return False
            self.state.step = Step(self.state.step + 1)
        if self.state.step > target:
            self.state.step = target
        self._show_step(self.state.step)
        if self.state.step != before:
            self._focus_step()
        return True

    def _focus_step(self) -> None:
        page = self.pages.currentWidget()
        panel = page.widget() if isinstance(page, QScrollArea) else page
        field = first_field(self.state.step, panel, self.draft) or self.next
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_step(self, step: Step, save: bool = True) -> None:
        self.stop_reading()
        self.pages.setCurrentIndex(step - 1)
        self.title.setText(f"Step {int(step)} of 7 · {step.title}")
        self.threat_banner.setVisible(bool(self.threat_banner.text()) and step in THREAT_STEPS)
        self.instruction.setText(step.instruction)
        if step == Step.SEND and self.threat_banner.text():
            self.instruction.setText(AFTER_THREAT_SEND)  # no "call instead" after a threat
        self.draft.setVisible(step >= Step.DRAFT)
        self.draft.setReadOnly(self.state.is_finished or step == Step.SEND)
        self.draft.highlighter.set_show_tone(step >= Step.REVIEW)
        if step == Step.CONSIDER:
            self.consider_panel.load(self.state.answers, self.replies.context(self.state))
        elif step == Step.DRAFT:
            self.draft_panel.load(self.state.checklist, self.state.product)
        if step >= Step.DRAFT:
            self.checker.check_now(self.draft.toPlainText())
        self._refresh_panels()
        self._refresh_earlier()
        if save:
            self.save_now()

    def _update_nav(self) -> None:
        step = self.state.step
        self._show_blockers(self.blockers())
        self.back.setEnabled(step > Step.STOP)
        self.next.setVisible(step < Step.SEND)
        self.rail.show_progress(step, self.state.is_finished)

    def _show_blockers(self, reasons: list[str]) -> None:
        self.blocked.setText("\n".join(reasons))
        self.next.setEnabled(not reasons)

    # --- the cooling-off timer --------------------------------------------------------------

    def tick(self) -> None:
        now = self.clock()
        cooling = self.state.is_cooling(now)
        if cooling:
            local_end = show_local(self.state.cooling_ends_at)[-5:]
            self.stop_panel.show_left(format_left(self.state.cooling_left(now)), local_end)
            self.rail.set_note(Step.STOP, format_left(self.state.cooling_left(now)))
        else:
            self.stop_panel.show_done(self.state.override is not None)
            self.rail.set_note(Step.STOP, "")
            if self._was_cooling:
                self._was_cooling = False
                if self.state.override is None:
                    self.tray = notify_time_up(
                        self,
                        f"You can now reply to {self.customer.name}. Take it one step at a time.",
                    )
        if self.state.step == Step.STOP:
            self._update_nav()

    def _on_override_requested(self, typed: str) -> None:
        if self._run(lambda: self.replies.override_cooling(self.state, typed)):
            self._was_cooling = False
            self.tick()
            self.go_to(Step.CONSIDER)

    # --- keeping the state ------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._save_timer.isActive():  # restarting it on every key would never save
            self._save_timer.start()
        if not self._retry.isActive():  # else the line saying where the words are stays
            self.saved.setText("Saving…")
        self._update_nav()

    def _autosave(self) -> None:
        if self._retry.isActive():
            # The log refused a moment ago: straight to disk, the retry takes them to the log.
            self._keep_on_disk(self._refused)
        else:
            self.save_now()

    def save_now(self, wait_seconds: float = AUTOSAVE_WAIT_SECONDS) -> bool:
        """Save to the log; if it refuses, keep the words on disk and try again. True if the
        log has them."""
        self._save_timer.stop()
        try:
            kept_theirs = self.replies.save(self.state, wait_seconds=wait_seconds)
        except _RETRIED as error:
            self._retry.start()
            self._refused = None if isinstance(error, DatabaseBusyError) else error
            self._keep_on_disk(self._refused)
            return False
        except SteadyError as error:
            # A read-only or damaged log will not take them later either: said, not kept.
            self._on_disk = False
            self.saved.setText(f"Not saved: {error}")
            self.saved.setStyleSheet(text_style(Tone.DANGER))
            return False
        self._retry.stop()
        self._landed = self._words()
        self.kept.landed()
        self.saved.setStyleSheet("")
        self.saved.setText(f"All changes saved {show_local(self.clock())[-5:]}")
        if kept_theirs:
            self.saved.setText(
                f"{self.saved.text()}. This reply is open in another Steady window too: "
                "what was written there is under Earlier drafts."
            )
        return True

    def _keep_on_disk(self, error: SteadyError | None) -> None:
        """The words go to the drafts folder; the line says where they are (None: the log is
        only busy, which calls for no alarm)."""
        trouble = self.kept.keep(self.state)
        self._on_disk = not trouble
        if error is None and not trouble:
            self.saved.setText(BUSY_KEPT)
            self.saved.setStyleSheet("")
            return
        if error is None:
            line = (
                f"{trouble}. Keep this window open: Steady saves your words to the log as soon "
                "as the other program lets go of it."
            )
        else:
            line = f"Not saved: {error}" + (f" {trouble}." if trouble else "")
        self.saved.setText(line)
        self.saved.setStyleSheet(text_style(Tone.DANGER))

    def put_back(self, draft: Draft) -> bool:
        """Words kept on this computer when Steady stopped go back into the reply; what the log
        held is kept among the earlier drafts. False if another window is writing them."""
        kept = kept_words(draft)
        if kept is None or not self.kept.take(draft):
            return False
        text, answers = kept
        replaced = self.state.draft.strip() and self.state.draft != text
        if replaced and not self._run(lambda: self.replies.keep_draft(self.state, KEPT_ON_DISK)):
            return False
        self.state.answers.update(answers)
        if self.state.step == Step.CONSIDER:
            self.consider_panel.load(self.state.answers, self.replies.context(self.state))
        self._set_draft(text)
        self.save_now()
        self._refresh_earlier()
        return True

    def _save_if_pending(self) -> None:
        if self._save_timer.isActive():
            self.save_now()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self._save_if_pending()  # the owner switched to another window
        super().changeEvent(event)

    def _on_draft_text_changed(self) -> None:
        text = self.draft.toPlainText()
        if text == self.state.draft:
            return
        self.state.draft = text
        self.checker.request(text)
        if self.state.step == Step.SIGN:
            self._refresh_panels()
        self._changed()

    # --- errors and closing -----------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except SteadyError as error:
            QMessageBox.warning(self, "Steady", str(error))
            return False
        return True

    def _words(self) -> tuple[str, dict[str, str]]:
        return self.state.draft, dict(self.state.answers)

    def _words_safe(self) -> bool:
        """Save for closing: True once the words are in the log or in the kept file (or the
        log had them already), so closing loses nothing."""
        return self.save_now(CLOSE_WAIT_SECONDS) or self._on_disk or self._words() == self._landed

    def shutdown(self, *, save: bool = True) -> None:
        """Save, stop reading and stop the checker thread (closing does this)."""
        if self._shut_down:
            return
        self._shut_down = True
        if self._was_cooling and self.state.id is not None and not self.state.is_finished:
            CoolingNotices.for_app(self.services).watch(self.state.id, self.customer.name)
        self._tick.stop()
        if save:
            self.save_now(CLOSE_WAIT_SECONDS)
        self._retry.stop()
        self.kept.release()  # words the log did not take are offered at the next start
        self.stop_reading()
        self.checker.stop()
        if self.tray is not None:
            self.tray.hide()

    @property
    def is_open(self) -> bool:
        """Still working on the reply: not closed (a closed editor has saved and stopped)."""
        return not self._shut_down

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down:
            # However the editor goes (its Close button, switching log, a passphrase change, the
            # system logging out), words nothing would take are not dropped unasked.
            if not self._words_safe():
                choice = ask_before_losing(self)
                if choice is CloseChoice.KEEP_OPEN:
                    event.ignore()
                    return
                if choice is CloseChoice.COPY:
                    copy_words(self.state)
            self.shutdown(save=False)
        super().closeEvent(event)
