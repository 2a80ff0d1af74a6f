"""A correction being typed survives a crash like a new contact does, and Esc then Enter
keeps it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import Services
from tests.helpers.fixtures import inbound
from tests.ui.log.test_kept_drafts import _press_on_the_question
from ui.log.contact_drafts import CORRECTION, ContactDrafts
from ui.log.contact_view import ContactDialog
from ui.shell.steady_window import steady_window

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
WORDS = "You will regret this. See how brave he is then."
ADDED = " And tell him I have his home address."
REASON = "Typed from a photo; the photo cut off the last sentence"


@pytest.fixture
def drafts(tmp_path: Path) -> ContactDrafts:
    return ContactDrafts(tmp_path / "drafts")


@pytest.fixture
def logged(services: Services, customer_id: int) -> int:
    # Logged while travelling: its zone is not the owner's, and a correction keeps it.
    return services.contacts.log(
        customer_id, inbound(WORDS, AT, summary="Threat by email", occurred_tz="-05:00")
    )


def _open(qtbot, services: Services, contact_id: int, drafts: ContactDrafts) -> ContactDialog:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(services, contact_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _correct_then_crash(qtbot, services, logged, drafts) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, services, logged, drafts)
    dialog.start_correction()
    dialog.reason_edit.setText(REASON)
    dialog.form.words_edit.setPlainText(WORDS + ADDED)
    dialog.keeper.save()  # the autosave, a few seconds in
    dialog.hide()  # Steady stops dead, and its hold on the draft with it
    if dialog.keeper.slot is not None:
        dialog.keeper.slot.release()


def test_a_correction_in_progress_is_offered_back_on_the_contact(
    qtbot, services: Services, logged: int, drafts: ContactDrafts, message_boxes
) -> None:
    _correct_then_crash(qtbot, services, logged, drafts)
    again = _open(qtbot, services, logged, drafts)
    assert not again.correcting
    assert again.keeper.banner.isVisible()
    assert "A correction you were typing" in again.keeper.banner_text.text()
    again.keeper.restore()
    assert again.correcting
    assert again.reason_edit.text() == REASON
    assert again.form.words_edit.exact_text() == WORDS + ADDED
    again.save_correction()
    revisions = services.contacts.revisions(logged)
    assert [r.reason for r in revisions] == ["", REASON]
    assert revisions[-1].details.text == WORDS + ADDED
    assert revisions[0].details.text == WORDS
    assert revisions[-1].details.occurred_tz == "-05:00"
    assert revisions[-1].details.occurred_at == AT
    assert drafts.pending(CORRECTION) == []


def test_a_correction_in_progress_is_offered_at_start(
    qtbot, services: Services, logged: int, drafts: ContactDrafts, monkeypatch
) -> None:
    _correct_then_crash(qtbot, services, logged, drafts)
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object, **how: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("ui.log.draft_recovery.confirm", yes)
    window = steady_window(services, drafts_folder=drafts.folder)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked))
    assert "correcting a contact with \u200e\u2068Pat Example\u2069" in asked[0]
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog) and dialog.correcting
    assert dialog.form.words_edit.exact_text() == WORDS + ADDED
    dialog.cancel_correction()


def test_escape_then_enter_keeps_correcting(
    qtbot, services: Services, logged: int, drafts: ContactDrafts
) -> None:
    dialog = _open(qtbot, services, logged, drafts)
    dialog.start_correction()
    dialog.reason_edit.setText(REASON)
    dialog.form.words_edit.setPlainText(WORDS + ADDED)
    seen: list[str] = []
    _press_on_the_question(Qt.Key.Key_Return, seen)
    dialog.reject()  # Esc
    assert seen == ["Keep correcting"]
    assert dialog.isVisible() and dialog.correcting
    assert dialog.form.words_edit.exact_text() == WORDS + ADDED
    dialog.cancel_correction()  # so closing at the end of the test asks nothing


def _click_on_the_question(button: str) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, click)


def test_the_cancel_button_asks_before_dropping_a_typed_correction(
    qtbot, services: Services, logged: int, drafts: ContactDrafts
) -> None:
    """ "Cancel correction" sits beside "Save correction": a slip of the mouse must not throw
    away the reason and the corrected words without a word."""
    dialog = _open(qtbot, services, logged, drafts)
    dialog.start_correction()
    dialog.reason_edit.setText(REASON)
    dialog.form.words_edit.setPlainText(WORDS + ADDED)
    seen: list[str] = []
    _press_on_the_question(Qt.Key.Key_Return, seen)  # in haste: the default keeps it
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert seen == ["Keep editing"]
    assert dialog.correcting
    assert dialog.reason_edit.text() == REASON
    assert dialog.form.words_edit.exact_text() == WORDS + ADDED

    _click_on_the_question("Discard")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.correcting
    assert dialog.form.words_edit.exact_text() == WORDS
    assert [r.number for r in services.contacts.revisions(logged)] == [0]


def test_the_cancel_button_asks_nothing_when_nothing_was_typed(
    qtbot, services: Services, logged: int, drafts: ContactDrafts
) -> None:
    dialog = _open(qtbot, services, logged, drafts)
    dialog.start_correction()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # a modal would hang here
    assert not dialog.correcting
