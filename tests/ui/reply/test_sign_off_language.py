"""Signing a reply written in French: the French sign-off is recognised, and Insert adds the
signature under it with no English "Kind regards," after the name."""

from __future__ import annotations

from collections.abc import Callable

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted
from ui.reply import ReplyEditor

FRENCH = (
    "Bonjour Madame,\n\nLe remboursement de 84 euros est parti aujourd'hui.\n\n"
    "Cordialement,\nJordan Ellis\n"
)


def test_a_french_reply_signed_off_in_french_gets_no_english_sign_off(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Français"})
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN, FRENCH)
    assert editor.sign_panel.sign_off.text().startswith("✔")
    editor.sign_panel.insert.click()
    text = editor.draft.toPlainText()
    assert "Kind regards" not in text
    # The name typed under the sign-off gives way to the whole block, written once.
    assert text.endswith(
        "Cordialement,\nJordan Ellis\nOwner, Larkspur Lamps\nhello@larkspurlamps.example\n"
    )
    assert text.count("Jordan Ellis") == 1


def test_insert_signs_off_a_spanish_reply_in_spanish(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Español"})
    editor = drafted(open_editor(angry_id), qtbot, Step.SIGN, "Hola,\n\nEl reembolso salió hoy.\n")
    assert editor.sign_panel.sign_off.text().startswith("✘")
    editor.sign_panel.insert.click()
    assert editor.draft.toPlainText().endswith(
        "El reembolso salió hoy.\n\nSaludos cordiales,\nJordan Ellis\nOwner, Larkspur Lamps\n"
        "hello@larkspurlamps.example\n"
    )
    assert editor.sign_panel.sign_off.text().startswith("✔")
