"""The template picker in a reply written in Spanish or French puts the letter in that
language into the draft, which that language's spelling check then leaves alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted, wait_checked
from ui.reply import ReplyEditor

# The customer's own words quoted back, and the gaps the owner fills in.
_NOT_OURS = re.compile(r"«[^»]*»|\[[^\[\]\n]*\]")


def _marked_outside_quotes_and_gaps(editor: ReplyEditor) -> list[str]:
    text = editor.draft.toPlainText()
    spans = [(m.start(), m.end()) for m in _NOT_OURS.finditer(text)]
    return [
        issue.words
        for issue in editor.issues
        if not any(start <= issue.start < end for start, end in spans)
    ]


def test_the_template_picker_in_a_spanish_reply_inserts_the_spanish_letter(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Español"})
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "")
    panel = editor.draft_panel
    panel.templates.setCurrentIndex(panel.templates.findData("refund"))
    panel.use_template.click()
    text = editor.draft.toPlainText()
    assert text.startswith("Estimado/a Morwenna:\n\nGracias por su mensaje del ")
    assert "Le he devuelto el importe íntegro, $84,00, a la tarjeta" in text
    ours = _NOT_OURS.sub("", text)  # the customer wrote in English
    for english in ("Dear", "Thank you", "refund", "You asked", "You wrote", "November"):
        assert english not in ours
    wait_checked(qtbot, editor)
    assert _marked_outside_quotes_and_gaps(editor) == []


def test_a_reply_switched_to_french_gets_the_french_letter_over_the_settings_spanish(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    monkeypatch,
) -> None:
    business.settings.update({"reply_language": "Español"})
    asked: list[str] = []

    def answer_yes(parent, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("ui.reply.editor_drafting.QMessageBox.question", answer_yes)
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "Bonjour,")
    editor.language_choice.box.setCurrentIndex(editor.language_choice.box.findData("fr"))
    panel = editor.draft_panel
    panel.templates.setCurrentIndex(panel.templates.findData("boundary"))
    panel.use_template.click()
    assert asked == ["Start from a template?"]
    text = editor.draft.toPlainText()
    assert text.startswith("Bonjour Morwenna,\n\nJe vous écris au sujet du ton de vos derniers")
    assert "pour toute question concernant votre compte LL-1042." in text
    assert "Estimado" not in text and "Dear" not in text
    wait_checked(qtbot, editor)
    assert _marked_outside_quotes_and_gaps(editor) == []


def test_what_the_owner_tested_goes_into_a_german_reply_in_german(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Deutsch"})
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "")
    panel = editor.draft_panel
    panel.product["tested"].setText("den Schalter der blauen Lampe")
    panel.product["result"].setText("er funktioniert")
    panel.insert_facts.click()
    text = editor.draft.toPlainText()
    assert "den Schalter der blauen Lampe" in text and "er funktioniert" in text
    assert "I tested" not in text and " on " not in text


def test_a_spanish_reply_to_a_message_without_a_subject_has_a_spanish_subject(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Español"})
    editor = drafted(open_editor(angry_id), qtbot, Step.DRAFT, "Estimada Morwenna:")
    subject = editor.replies.outgoing_mail(editor.state).subject
    assert subject.startswith("Re: su mensaje del ")
    assert not re.search(
        r"January|February|March|April|May|June|July|August|September|"
        r"October|November|December|message",
        subject,
    )
