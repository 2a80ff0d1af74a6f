"""One window per reply. Asking again for a reply that is already open (Reply calmly on the same
message, Resume in a list of unfinished replies) brings its window to the front: two windows on
one reply would each hold their own copy of the draft, and closing the older would write its
words over the newer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.reply.editor import ReplyEditor


def editor_open_on(
    editors: Iterable[ReplyEditor], *, contact_id: int | None = None, reply_id: int | None = None
) -> ReplyEditor | None:
    """The window still open on this reply, or on the unfinished reply answering this message
    (the one `ReplyEditor(services, contact_id)` would resume); None if there is none."""
    for editor in editors:
        if not editor.is_open:
            continue
        state = editor.state
        if reply_id is not None:
            if state.id == reply_id:
                return editor
        elif state.contact_id == contact_id and not state.is_finished:
            return editor
    return None


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
