"""After a crash or a power cut: the half-typed contact (or correction), or a calm reply's words
the log had not taken yet, is offered back as soon as Steady starts, not only when the owner
happens to open that customer or contact again.

Drafts a window open now is still writing, in this Steady or another on the same log, are not
offered: they were not lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.core.errors import NotFoundError
from ui.log.contact_drafts import (
    ACTION,
    CORRECTION,
    CUSTOMER_DETAILS,
    NEW_CUSTOMER,
    REPLY,
    Draft,
)
from ui.shell.messages import confirm
from ui.shell.plain_text import isolated

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow


# Kept by ui/log/typing_drafts.py: "Log an action", "New customer" and "Edit customer".
TYPED_IN_FORMS = (ACTION, NEW_CUSTOMER, CUSTOMER_DETAILS)


class DraftRecovery:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        # Asked once the window is on screen, so the question has something to sit on.
        QTimer.singleShot(0, window, self.offer)

    def offer(self) -> bool:
        """Ask about the newest kept draft; True if it was reopened."""
        drafts = self.window.drafts
        kept = drafts.pending() + drafts.pending(CORRECTION) + self._replies_not_in_log()
        for kind in TYPED_IN_FORMS:
            kept += drafts.pending(kind)
        self._tell_set_aside()
        for draft in sorted(kept, key=lambda d: d.saved_at, reverse=True):
            question = self._question(draft)
            if question is None:
                continue  # a draft from another log kept in the same folder
            if not confirm(self.window, "Not saved yet", question, "Open it now", "Not now"):
                return False
            return self._reopen(draft)
        return False

    def _question(self, draft: Draft) -> str | None:
        services = self.window.services
        when = f"{draft.saved_at:%Y-%m-%d at %H:%M}"
        try:
            if draft.kind == REPLY:
                state = services.replies.get(draft.key)
                name = services.customers.get(state.customer_id).name
                return (
                    f"Steady closed while you were writing a calm reply to {isolated(name)} "
                    f"({when}). Your last words were kept on this computer but had not reached "
                    "the log yet. Open the reply now to put them back?"
                )
            if draft.kind == NEW_CUSTOMER:
                name = str(draft.fields.get("name_edit", "")).strip()
                doing = (
                    f"adding {isolated(name)} as a new customer" if name else "adding a customer"
                )
            elif draft.kind in (ACTION, CUSTOMER_DETAILS):
                name = services.customers.get(draft.key).name
                what = "logging an action for" if draft.kind == ACTION else "editing the details of"
                doing = f"{what} {isolated(name)}"
            elif draft.kind == CORRECTION:
                contact = services.contacts.get(draft.key)
                name = services.customers.get(contact.customer_id).name
                doing = f"correcting a contact with {isolated(name)}"
            else:
                name = services.customers.get(draft.key).name
                doing = f"logging a contact for {isolated(name)}"
        except NotFoundError:
            return None
        return (
            f"Steady closed while you were {doing} ({when}). What you typed was kept. "
            "Open it now to finish and save it?"
        )

    def _replies_not_in_log(self) -> list[Draft]:
        """Kept reply words, less those the log took after all (their file goes) and those of
        a reply since finished (left in the folder, never written over a sent reply)."""
        from ui.reply.kept_words import already_in, kept_words  # loaded when words are kept

        drafts = self.window.drafts
        offered = []
        for draft in drafts.pending(REPLY):
            try:
                state = self.window.services.replies.get(draft.key)
            except NotFoundError:
                continue  # a draft from another log kept in the same folder
            if already_in(draft, state):
                taken = drafts.take(draft)
                if taken is not None:
                    taken.discard()
            elif not state.is_finished and kept_words(draft) is not None:
                offered.append(draft)
        return offered

    def _reopen(self, draft: Draft) -> bool:
        if draft.kind in TYPED_IN_FORMS:
            return self._reopen_typed(draft)
        if draft.kind == REPLY:
            return self._reopen_reply(draft)
        if draft.kind == CORRECTION:
            self.window.open_contact(draft.key)
            from ui.log.contact_view import ContactDialog  # loaded when a draft is kept

            if isinstance(self.window.dialog, ContactDialog):
                return self.window.dialog.keeper.restore(draft)
            return False
        self.window.log_contact_with_files([], draft.key)
        from ui.log.contact_dialog import LogContactDialog  # loaded when a draft is kept

        dialog = self.window.dialog
        if isinstance(dialog, LogContactDialog):
            dialog.restore_draft(draft)
            return True
        return False

    def _reopen_typed(self, draft: Draft) -> bool:
        """The action or customer dialog, opened again with what was typed in it."""
        from ui.log.typing_drafts import TypingKeeper  # loaded when a draft is kept

        window = self.window
        if draft.kind == NEW_CUSTOMER:
            window.new_customer()
            dialog = window.dialog
        else:
            window.select_customer(draft.key)
            if window.current_customer() != draft.key:
                return False
            if draft.kind == ACTION:
                tools = next(t for t in window.customer_tools if hasattr(t, "log_action"))
                tools.log_action()  # type: ignore[attr-defined]
                opened = getattr(tools, "dialogs", [])
                dialog = opened[-1] if opened else None
            else:
                window.edit_customer()
                dialog = window.dialog
        keeper = getattr(dialog, "kept", None)
        return isinstance(keeper, TypingKeeper) and keeper.restore(draft)

    def _reopen_reply(self, draft: Draft) -> bool:
        from ui.reply.reply_windows import editor_open_on

        tools = next((t for t in self.window.customer_tools if hasattr(t, "open_editor")), None)
        if tools is None:
            return False
        tools.open_editor(reply_id=draft.key)
        editor = editor_open_on(tools.editors, reply_id=draft.key)
        return editor is not None and editor.put_back(draft)

    def _tell_set_aside(self) -> None:
        drafts = self.window.drafts
        if not drafts.set_aside:
            return
        names = ", ".join(path.name for path in drafts.set_aside)
        drafts.set_aside.clear()
        QMessageBox.warning(
            self.window,
            "A kept draft could not be read",
            f"Steady could not read a draft it had kept, so it is not offered back. It is kept "
            f"as it was, in {drafts.folder}, named: {names}. Open it in a text editor to copy "
            "the words from it.",
        )


def install_draft_recovery(window: MainWindow) -> DraftRecovery:
    return DraftRecovery(window)
