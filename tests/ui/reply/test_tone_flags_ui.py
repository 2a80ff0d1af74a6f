"""Tone flags in the calm-reply editor: a card on hover, a readable right-click explanation,
one click to use the calmer wording, and the reply's language."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

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
        ("sarcasm", "Siento no haber podido ayudarle más")
    ]
    editor.language_choice.box.setCurrentIndex(editor.language_choice.box.findData("en"))
    wait_checked(qtbot, editor)
    assert editor.checker.language == "en"
    assert editor.flags == []


def test_the_reply_language_is_kept_with_the_draft_and_restored_on_reopening(
    qtbot,
    open_editor: Callable[..., ReplyEditor],
    angry_id: int,
    business: Services,
    db_path: Path,
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "Gracias por nada.\n")
    assert editor.language_choice.language == "en"  # Settings say English
    editor.language_choice.box.setCurrentIndex(editor.language_choice.box.findData("es"))
    wait_checked(qtbot, editor)
    reply_id = editor.state.id
    editor.close()

    with closing(sqlite3.connect(db_path)) as db:
        row = db.execute("SELECT language FROM replies WHERE id = ?", [reply_id]).fetchone()
        event = db.execute(
            "SELECT kind, detail FROM reply_events WHERE reply_id = ? AND kind = ?",
            [reply_id, "language-chosen"],
        ).fetchone()
        ledger = db.execute(
            "SELECT count(*) FROM ledger WHERE action = 'reply.language-chosen'"
        ).fetchone()
    assert row == ("es",)
    assert event == ("language-chosen", '{"language": "es", "was": "settings"}')
    assert ledger == (1,)

    reopened = open_editor(reply_id=reply_id)
    assert reopened.language_choice.language == "es"
    assert reopened.language_choice.box.currentText() == "Español"
    assert reopened.checker.language == "es"
    wait_checked(qtbot, reopened)
    assert [(f.kind.value, f.replacement) for f in reopened.flags] == [
        ("sarcasm", "Siento no haber podido ayudarle más")
    ]


def test_a_reply_without_its_own_language_follows_settings_when_reopened(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int, business: Services
) -> None:
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, "Thank you.\n")
    reply_id = editor.state.id
    editor.close()
    business.settings.update({"reply_language": "Deutsch"})
    assert open_editor(reply_id=reply_id).language_choice.language == "de"


def test_words_left_out_are_offered_as_left_out_even_when_the_next_word_takes_the_capital(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    text = "Obviously you did not read the policy.\n"
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, text)
    menu = editor.draft.suggestion_menu(2)
    calmer = next(a for a in menu.actions() if a.objectName() == "use_calmer")
    assert calmer.text() == "Leave out “Obviously”"
    panel = editor.review_panel
    panel.flags.setCurrentRow(0)
    assert panel.calmer.text() == "Leave out “Obviously”"
    calmer.trigger()
    assert editor.draft.toPlainText() == "You did not read the policy.\n"


def test_leaving_out_a_german_fronted_word_keeps_a_statement(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, angry_id: int
) -> None:
    business.settings.update({"reply_language": "Deutsch"})
    text = "Offensichtlich haben Sie unsere Bedingungen nicht gelesen.\n"
    editor = drafted(open_editor(angry_id), qtbot, Step.REVIEW, text)
    menu = editor.draft.suggestion_menu(2)
    calmer = next(a for a in menu.actions() if a.objectName() == "use_calmer")
    assert calmer.text() == "Leave out “Offensichtlich”"
    calmer.trigger()
    assert editor.draft.toPlainText() == "Sie haben unsere Bedingungen nicht gelesen.\n"
