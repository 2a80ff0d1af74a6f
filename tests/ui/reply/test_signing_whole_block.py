"""Step 6 in the window: a reply that names the owner in a sentence and ends “Kind regards,”
is not signed; Insert puts the whole block under the sign-off."""

from __future__ import annotations

from collections.abc import Callable

from app.reply.steps import Step
from tests.ui.reply.test_editor import drafted, no_unexpected_warning  # noqa: F401
from ui.reply import ReplyEditor

NAMED = (
    "Dear Morwenna,\n\nJordan Ellis packed your lamp himself; the refund of $84.00 went out "
    "today, and I am sorry it arrived broken and that you waited two weeks.\n\nKind regards,\n"
)


def test_the_name_in_a_sentence_is_not_the_signature_block(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN, NAMED)
    assert editor.sign_panel.signed.text() == (
        "✘ Your whole signature block is not under the sign-off yet."
    )
    assert not editor.next.isEnabled()
    editor.sign_panel.insert.click()
    assert editor.draft.toPlainText().endswith(
        "Kind regards,\nJordan Ellis\nOwner, Larkspur Lamps\nhello@larkspurlamps.example\n"
    )
    assert editor.sign_panel.signed.text() == "✔ Your signature block is there."
    assert editor.next.isEnabled()
