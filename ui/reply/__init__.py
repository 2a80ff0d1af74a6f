"""The calm-reply editor: seven guided steps from an angry message to a professional answer.

Entry points for the main window: `ReplyEditor(services, contact_id)` opens (or resumes) the
reply to one message; `UnfinishedReplies(services, customer_id)` lists a customer's replies
still in progress and emits `resume_requested(reply_id)`.
"""

from ui.reply.editor import ReplyEditor
from ui.reply.unfinished import UnfinishedReplies

__all__ = ["ReplyEditor", "UnfinishedReplies"]
