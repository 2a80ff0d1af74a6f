"""A calm reply's words kept on this computer while the log cannot take them.

When another program holds the log (a second Steady, a backup or sync tool) or its disk is
full, the save is refused: the words go at once into the drafts folder beside the log, as a
half-typed contact's do, and the editor tries the log again every few seconds and on closing.
Once a save lands the kept file goes; if Steady stops first, the words are offered back at the
next start (ui/log/draft_recovery.py).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from app.reply.steps import ReplyState
from ui.log.contact_drafts import (
    REPLY,
    ContactDrafts,
    Draft,
    DraftSlot,
    drafts_folder_for,
    why_not_kept,
)

# What the owner reads while the log is busy and the words are safe on disk.
BUSY_KEPT = "Kept on this computer; will be saved to the log as soon as it is free"
RETRY_MS = 3000


def drafts_beside(database: str) -> ContactDrafts | None:
    """The drafts folder of a log file (None for a log only in memory)."""
    return None if database == ":memory:" else ContactDrafts(drafts_folder_for(database))


def kept_words(draft: Draft) -> tuple[str, dict[str, str]] | None:
    """The draft and the answers kept in a file; None when it holds no draft (made by another
    program, or damaged): such a file is never put over a reply."""
    text = draft.fields.get("draft")
    answers = draft.fields.get("answers")
    if not isinstance(text, str):
        return None
    return text, {
        str(key): value
        for key, value in (answers.items() if isinstance(answers, dict) else [])
        if isinstance(value, str)
    }


def already_in(draft: Draft, state: ReplyState) -> bool:
    """The log holds these words already (the save landed before Steady stopped)."""
    kept = kept_words(draft)
    if kept is None:
        return False
    text, answers = kept
    return text == state.draft and all(state.answers.get(k) == v for k, v in answers.items())


class KeptWords:
    """The one file a reply editor keeps its words in while the log refuses them."""

    def __init__(self, drafts: ContactDrafts | None, reply_id: int | None) -> None:
        self.drafts = drafts
        self.slot: DraftSlot | None = (
            DraftSlot(drafts.folder, REPLY, reply_id)
            if drafts is not None and reply_id is not None
            else None
        )

    @property
    def folder(self) -> Path | None:
        return self.drafts.folder if self.drafts is not None else None

    def keep(self, state: ReplyState) -> str:
        """Write the words down; "" once they are on disk, else why they are not."""
        if self.slot is None:
            return "Not kept on disk: this log has no drafts folder"
        fields: dict[str, object] = {
            "draft": state.draft,
            "answers": dict(state.answers),
            "step": int(state.step),
        }
        try:
            self.slot.save(fields, [])
        except OSError as error:
            return f"Not kept on disk: {why_not_kept(error)}"
        return ""

    def landed(self) -> None:
        """The log has the words now: the copy on disk goes."""
        if self.slot is not None and self.slot.written():
            with contextlib.suppress(OSError):
                self.slot.discard()

    def take(self, draft: Draft) -> bool:
        """Write to a file kept after a crash from now on; False if another window has it."""
        taken = self.drafts.take(draft) if self.drafts is not None else None
        if taken is None:
            return False
        if self.slot is not None and self.slot.written():
            with contextlib.suppress(OSError):
                self.slot.discard()  # this window's own copy: replaced by the words put back
        self.release()
        self.slot = taken
        return True

    def release(self) -> None:
        """Leave the file (if written) for the next start to offer back."""
        if self.slot is not None:
            self.slot.release()
