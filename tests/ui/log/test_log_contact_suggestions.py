"""Log a contact: a threat pasted or typed into the words box is suggested as an import
suggests it, the boxes ticked and the words named; the owner can untick any before saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.domain import Category, Channel
from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts

THREAT = "I know where you live. See you tonight."
PHYSICAL = Category.THREAT_PHYSICAL


@pytest.fixture
def dialog(qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes):
    shown = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "drafts"))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _statuses(services: Services, contact_id: int | None) -> list[tuple[Category, str]]:
    assert contact_id is not None
    return [(s.category, s.status) for s in services.imports.suggestions.for_contact(contact_id)]


def test_a_pasted_threat_is_ticked_named_and_saved(
    qtbot, dialog: LogContactDialog, services: Services, customer_id: int
) -> None:
    form = dialog.form
    form.words_edit.setPlainText(THREAT)
    qtbot.waitUntil(form.suggestion_label.isVisible)
    assert form.category_boxes[PHYSICAL].isChecked()
    assert form.suggestion_label.text() == (
        "Suggested by the words (ticked above; untick any that do not fit before you save):\n"
        "• Threat of physical harm: “I know where you live”"
    )
    assert form.suggestion_label.textFormat() is Qt.TextFormat.PlainText
    assert form.severity_box.currentText() == "5 · threatening"
    dialog.save()
    contact = services.contacts.get(dialog.contact_id)
    assert (contact.categories, contact.severity) == ((PHYSICAL,), 5)
    assert _statuses(services, dialog.contact_id) == [(PHYSICAL, "confirmed")]
    steps = [step.text for step in services.assessor.assess(customer_id).next_steps]
    assert any(step.startswith("Report the threat to the police") for step in steps)


@pytest.mark.parametrize("words", ["Sé dónde vives.", "اعرف وين تسكن"])
def test_the_other_languages_are_suggested_too(
    dialog: LogContactDialog, services: Services, words: str
) -> None:
    dialog.form.words_edit.setPlainText(words)
    dialog.save()  # at once, before typing paused: the words are still read
    assert services.contacts.get(dialog.contact_id).categories == (PHYSICAL,)
    # The owner never saw it ticked: it waits for them, as an import's does.
    assert _statuses(services, dialog.contact_id) == [(PHYSICAL, "suggested")]


def test_the_owner_unticks_it_with_the_keyboard_before_saving(
    qtbot, dialog: LogContactDialog, services: Services
) -> None:
    form = dialog.form
    form.words_edit.setPlainText("I'll shoot you a message. Also, you idiots lost my parcel.")
    dialog.suggested.refresh()
    assert form.category_boxes[Category.ABUSE].isChecked()
    assert form.severity_box.currentText() == "4 · abusive"
    box = form.category_boxes[Category.ABUSE]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert form.severity_box.currentText() == "1 · mild"
    dialog.suggested.refresh()  # reading the words again does not tick it back
    assert not box.isChecked()
    dialog.save()
    contact = services.contacts.get(dialog.contact_id)
    assert (contact.categories, contact.severity) == ((), 1)
    assert _statuses(services, dialog.contact_id) == [(Category.ABUSE, "cleared")]


def test_the_owners_own_boxes_and_severity_are_never_changed(
    dialog: LogContactDialog, services: Services
) -> None:
    form = dialog.form
    form.category_boxes[Category.HARASSING_OTHERS].setChecked(True)
    form.severity_box.setCurrentIndex(form.severity_box.findData(3))
    form.words_edit.setPlainText(THREAT)
    dialog.suggested.refresh()
    assert form.category_boxes[PHYSICAL].isChecked()
    assert form.severity_box.currentData() == 3
    form.words_edit.setPlainText("Sorry, see you tonight at the shop.")
    dialog.suggested.refresh()
    assert not form.category_boxes[PHYSICAL].isChecked()  # ticked by the words, gone with them
    assert not form.suggestion_label.isVisible()
    assert form.category_boxes[Category.HARASSING_OTHERS].isChecked()
    dialog.save()
    contact = services.contacts.get(dialog.contact_id)
    assert (contact.categories, contact.severity) == ((Category.HARASSING_OTHERS,), 3)
    assert _statuses(services, dialog.contact_id) == []


@pytest.mark.parametrize(
    ("words", "outbound"),
    [
        ("I'll shoot you an email tomorrow, you were great.", False),
        ("If this goes on we will take legal action.", True),  # the business's own words
    ],
)
def test_everyday_words_and_the_business_own_words_tick_nothing(
    dialog: LogContactDialog, services: Services, words: str, outbound: bool
) -> None:
    form = dialog.form
    form.outbound_button.setChecked(outbound)
    form.words_edit.setPlainText(words)
    dialog.suggested.refresh()
    assert not any(box.isChecked() for box in form.category_boxes.values())
    assert not form.suggestion_label.isVisible()
    dialog.save()
    assert services.contacts.get(dialog.contact_id).categories == ()


def test_a_note_of_a_call_is_suggested_for_the_owner_to_judge(
    dialog: LogContactDialog, services: Services
) -> None:
    form = dialog.form
    form.channel_box.setCurrentIndex(form.channel_box.findData(Channel.PHONE.value))
    form.words_edit.setPlainText("He shouted: I know where you live.")
    dialog.suggested.refresh()
    assert form.category_boxes[PHYSICAL].isChecked()
    assert form.category_boxes[PHYSICAL].toolTip() == (
        "Suggested by the words “I know where you live”"
    )
