"""A reply's earlier drafts: nothing the owner wrote is lost when a draft is replaced.

Starting over, starting from a template, putting an earlier draft back, discarding the reply
and sending it each keep the draft as it was (never changed afterwards, with a ledger entry).
The earlier drafts of an answer to a message include those of replies to the same message
that were discarded or sent, so a reply discarded by mistake is found again by replying to the
same message."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.reply.steps import DraftVersion, ReplyState

START_OVER = "start over"
TEMPLATE = "replaced by template"
PUT_BACK = "replaced by an earlier draft"
ABANDONED = "abandoned"
SENT = "sent"
ANOTHER_WINDOW = "another window"
KEPT_ON_DISK = "replaced by words kept on this computer"

# Why each draft was kept, in the owner's words.
REASONS = {
    START_OVER: "Set aside when you started over",
    TEMPLATE: "Replaced by a template",
    PUT_BACK: "Replaced when you put an earlier draft back",
    ABANDONED: "Kept when the reply was discarded",
    SENT: "As it was sent",
    ANOTHER_WINDOW: "Written in another Steady window at the same time",
    KEPT_ON_DISK: "In the log when the words kept on this computer after Steady closed were "
    "put back",
}


@dataclass(frozen=True)
class EarlierDraft:
    version: DraftVersion
    this_reply: bool  # False: a reply to the same message, discarded or sent

    @property
    def text(self) -> str:
        return self.version.text

    @property
    def why(self) -> str:
        why = REASONS.get(self.version.reason, self.version.reason.capitalize())
        return why if self.this_reply else f"An earlier reply to this message · {why}"


def keep_version(store: Store, state: ReplyState, reason: str, text: str | None = None) -> int:
    """Keep the draft as it is now (or `text`), with its ledger entry (call inside a
    transaction)."""
    assert state.id is not None
    draft_id = store.replies.keep_draft(state.id, state.draft if text is None else text, reason)
    store.ledger.record(
        "reply.draft_kept", "reply_draft", draft_id, {"reply_id": state.id, "reason": reason}
    )
    return draft_id


def keep_draft(store: Store, state: ReplyState, reason: str) -> None:
    """Keep the current draft in the reply's history before it is replaced."""
    if not state.draft.strip():
        return
    with store.atomic():
        keep_version(store, state, reason)
        state.drafts_kept += 1
        save(store, state)


def save(store: Store, state: ReplyState) -> bool:
    """Save the reply (inside a transaction). Steady may be open twice on one log, with the
    same reply in both windows: words another window saved meanwhile are kept among the
    earlier drafts instead of being written over. True when that happened."""
    replaced = store.replies.save(state)
    if replaced is None or not replaced.strip():
        return False
    assert state.id is not None
    if any(version.text == replaced for version in store.replies.drafts(state.id)):
        return False  # both windows still typing: kept once is enough
    keep_version(store, state, ANOTHER_WINDOW, replaced)
    state.drafts_kept += 1
    store.replies.save(state)
    return True


def earlier_drafts(store: Store, state: ReplyState) -> list[EarlierDraft]:
    """Every draft kept of this reply and of other replies to the same message, newest first."""
    found = [
        EarlierDraft(version, summary.id == state.id)
        for summary in store.replies.for_contact(state.contact_id)
        for version in store.replies.drafts(summary.id)
    ]
    found.sort(key=lambda d: (d.version.kept_at, d.version.reply_id, d.version.number))
    return found[::-1]


def put_back(store: Store, state: ReplyState, text: str) -> None:
    """The owner chose an earlier draft: the current one is kept first; the caller puts `text`
    in the editor (as one edit the owner can undo)."""
    if state.is_finished:
        raise InvalidInputError("This reply is finished; its draft can no longer change.")
    if text != state.draft:
        keep_draft(store, state, PUT_BACK)
