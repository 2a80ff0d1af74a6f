"""The contact view of a sent calm reply shows how it was written: the step-2 answers and the
sentence typed to start early, which the owner was told are saved with the reply."""

from __future__ import annotations

from collections.abc import Callable

from app.reply.steps import OVERRIDE_PHRASE
from app.services import Services
from tests.ui.reply.test_editor import no_unexpected_warning, signed  # noqa: F401
from ui.log.contact_view import ContactDialog
from ui.reply import ReplyEditor


def test_the_contact_view_of_a_sent_reply_shows_how_it_was_written(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = signed(open_editor(angry_id), qtbot)  # started early, "A fair point." to each
    editor.send_panel.copy.click()
    contact_id = editor.confirm_sent()
    assert contact_id is not None
    view = ContactDialog(business, contact_id)
    qtbot.addWidget(view)
    text = view.how_written.text()
    assert not view.how_written.isHidden()
    assert text.startswith("How you wrote this reply (only you see this):\nStarted early, 15 ")
    assert f"typing: “{OVERRIDE_PHRASE}”" in text
    assert "\nIs there any legitimacy in the claim? A fair point.\n" in text
    original = ContactDialog(business, angry_id)
    qtbot.addWidget(original)
    assert original.how_written.isHidden()
