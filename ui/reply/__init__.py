"""The calm-reply editor: seven guided steps from an angry message to a professional answer.

Entry points for the main window: `ReplyEditor(services, contact_id)` opens (or resumes) the
reply to one message; `UnfinishedReplies(services, customer_id)` lists a customer's replies
still in progress and emits `resume_requested(reply_id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.reply.unfinished import UnfinishedReplies

if TYPE_CHECKING:
    from ui.reply.editor import ReplyEditor

__all__ = ["ReplyEditor", "UnfinishedReplies"]


def __getattr__(name: str) -> Any:
    # The editor (spelling, grammar, tone) loads when the first reply is opened, not at start.
    if name == "ReplyEditor":
        from ui.reply.editor import ReplyEditor

        return ReplyEditor
    raise AttributeError(name)
