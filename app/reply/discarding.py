"""Discarding an unfinished reply: it leaves the list of work in progress, but nothing typed is
lost — the draft is kept in the reply's history as abandoned, with a ledger entry."""

from __future__ import annotations

from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.reply.draft_history import ABANDONED, keep_version, save
from app.reply.steps import ReplyStatus


def discard_reply(store: Store, reply_id: int) -> None:
    with store.atomic():
        state = store.replies.get(reply_id)
        if state.status is not ReplyStatus.OPEN:
            raise InvalidInputError("This reply is already finished; there is nothing to discard.")
        kept: int | None = None
        if state.draft.strip():
            kept = keep_version(store, state, ABANDONED)
            state.drafts_kept += 1
        detail: dict[str, object] = {"step": int(state.step), "draft_kept": kept is not None}
        event_id = store.replies.add_event(reply_id, ABANDONED, detail)
        store.ledger.record(
            f"reply.{ABANDONED}", "reply_event", event_id, {"reply_id": reply_id, **detail}
        )
        state.status = ReplyStatus.ABANDONED
        save(store, state)
