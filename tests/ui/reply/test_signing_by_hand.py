"""Step 6 with no signature block in Settings: a name typed under the sign-off signs the
reply, as the panel says; a block saved in Settings meanwhile is used at once."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted
from ui.log.customer_tools import ReplyTools
from ui.reply import ReplyEditor
from ui.shell.main_window import MainWindow

BY_HAND = "Jordan Ellis\nOwner, Larkspur Lamps\n0161 555 0100"


@pytest.fixture
def unsigned(business: Services) -> Services:
    business.settings.update({"signature": ""})
    return business


def _append(editor: ReplyEditor, text: str) -> None:
    editor.draft.setPlainText(editor.draft.toPlainText() + text)


def test_a_name_typed_under_the_sign_off_signs_the_reply(
    qtbot, unsigned: Services, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN)
    panel = editor.sign_panel
    assert "type your name, role and business under the sign-off" in panel.missing.text()
    panel.insert.click()
    assert editor.draft.toPlainText().endswith("Kind regards,\n")
    assert panel.signed.text() == "✘ No name under the sign-off yet."
    assert not editor.next.isEnabled()
    assert any("Type your name under the sign-off" in b for b in editor.blockers())
    _append(editor, BY_HAND)
    assert panel.signed.text() == "✔ Your name is under the sign-off."
    assert editor.blockers() == [] and editor.next.isEnabled()


@pytest.mark.parametrize(
    "ending",
    [
        "\n\nKind regards,\n",  # a sign-off with nobody under it
        "\n\nThanks.\n" + "We will look into the refund and write again soon, " * 3 + "\n",
        "\n\nKind regards,\nJordan Ellis\n" + "Our returns policy says nothing about lamps. " * 3,
    ],
)
def test_a_sign_off_alone_or_a_paragraph_after_it_is_not_a_signature(
    qtbot, unsigned: Services, open_editor: Callable[..., ReplyEditor], angry_id: int, ending
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN)
    _append(editor, ending)
    assert not editor.sign_panel.signed.text().startswith("✔")
    assert not editor.next.isEnabled()


def test_a_signature_saved_in_settings_meanwhile_is_used(
    qtbot, window: MainWindow, unsigned: Services, angry_id: int
) -> None:
    tools = next(t for t in window.customer_tools if isinstance(t, ReplyTools))
    tools.open_editor(contact_id=angry_id)
    editor: ReplyEditor = tools.editors[-1]
    qtbot.addWidget(editor)
    try:
        drafted(editor, qtbot, Step.SIGN)
        assert editor.sign_panel.signature.text() == "No signature block yet."
        unsigned.settings.update({"signature": BY_HAND})
        window._on_settings_saved()  # what Settings › Save does
        assert editor.sign_panel.signature.text() == BY_HAND
        assert not editor.sign_panel.missing.isVisibleTo(editor)
        editor.sign_panel.insert.click()
        assert editor.draft.toPlainText().endswith(f"Kind regards,\n{BY_HAND}\n")
        assert editor.sign_panel.signed.text() == "✔ Your signature block is there."
        assert editor.next.isEnabled()
    finally:
        editor.shutdown()
