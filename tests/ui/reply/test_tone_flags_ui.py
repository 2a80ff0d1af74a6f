"""Tone flags in the calm-reply editor: a card on hover, a readable right-click explanation,
one click to use the calmer wording, and the reply's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidgetAction

from app.reply.steps import Step
from app.services import Services
from tests.ui.reply.test_editor import drafted, wait_checked
from ui.reply import ReplyEditor

HOSTILE = "Thanks for nothing. It's your fault the lamp broke.\n"


def test_hovering_a_flag_shows_the_words_why_and_the_calmer_wording(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, HOSTILE)
    card = editor.draft.hover_card(2)
    assert "<b>Sarcasm</b>: “Thanks for nothing”" in card
    assert "mock praise" in card
    assert "I am sorry we could not help more" in card
    assert editor.draft.hover_card(HOSTILE.index("lamp")) == ""  # no flag there


def test_the_right_click_explanation_is_readable_and_the_calmer_wording_one_click(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, HOSTILE)
    menu = editor.draft.suggestion_menu(HOSTILE.index("your fault") + 2)
    explained = [a for a in menu.actions() if isinstance(a, QWidgetAction)]
    label = explained[0].defaultWidget()
    assert isinstance(label, QLabel) and label.isEnabled()
    assert label.text().startswith("Tone — Blame: Puts the blame on the customer")
    calmer = next(a for a in menu.actions() if a.objectName() == "use_calmer")
    assert calmer.isEnabled()
    assert calmer.text() == "Use the calmer wording: “Here is what happened:”"
    calmer.trigger()
    assert editor.draft.toPlainText() == (
        "Thanks for nothing. Here is what happened: the lamp broke.\n"
    )


def test_the_review_step_replaces_the_selected_flag_with_one_click(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, HOSTILE)
    panel = editor.review_panel
    panel.flags.setCurrentRow(0)
    assert panel.calmer.text() == "Use the calmer wording: “I am sorry we could not help more”"
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        panel.calmer.click()
    assert editor.draft.toPlainText().startswith("I am sorry we could not help more.")
    assert [f.words for f in editor.flags] == ["It's your fault"]


def test_the_reply_language_comes_from_settings_and_can_change_per_reply(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    business.settings.update({"reply_language": "Español"})
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "Gracias por nada.\n")
    assert editor.language_choice.language == "es"
    assert [(f.kind.value, f.replacement) for f in editor.flags] == [
        ("sarcasm", "Siento no haber podido ayudar más")
    ]
    editor.language_choice.box.setCurrentIndex(editor.language_choice.box.findData("en"))
    wait_checked(qtbot, editor)
    assert editor.checker.language == "en"
    assert editor.flags == []
