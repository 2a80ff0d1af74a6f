"""Logging and correcting one contact: exact words, evidence with hashes, drafts, history."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage

from app.core.domain import Category, Channel, Direction
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_view import ContactDialog

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def drafts(tmp_path: Path) -> ContactDrafts:
    return ContactDrafts(tmp_path / "drafts")


@pytest.fixture
def log_dialog(qtbot, services: Services, customer_id: int, drafts, message_boxes):
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _drop(widget, mime: QMimeData) -> None:
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


def _red_square() -> QImage:
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    return image


def test_exact_words_are_kept_character_for_character(
    log_dialog: LogContactDialog, services: Services
) -> None:
    words = "Tu es\u00a0nul.\n\n  Indented line\twith a tab 😠\nLast line with trailing spaces   "
    log_dialog.form.words_edit.setPlainText(words)
    log_dialog.save()
    assert services.contacts.get(log_dialog.contact_id).text == words


def test_every_field_is_saved(log_dialog: LogContactDialog, services: Services) -> None:
    form = log_dialog.form
    form.channel_box.setCurrentIndex(form.channel_box.findData(Channel.REVIEW.value))
    form.outbound_button.setChecked(True)
    form.summary_edit.setText("Public reply to the review")
    form.words_edit.setPlainText("We are sorry you feel that way.")
    form.category_boxes[Category.HARASSMENT_SOCIAL].setChecked(True)
    form.category_boxes[Category.TOS_VIOLATION].setChecked(True)
    form.severity_box.setCurrentIndex(1)
    form.minutes_spin.setValue(35)
    form.url_edit.setText("https://reviews.example/r/991")
    form.staff_edit.setText("Sam")
    log_dialog.save()
    details = services.contacts.get(log_dialog.contact_id).details
    assert details.channel is Channel.REVIEW
    assert details.direction is Direction.OUTBOUND
    assert details.categories == (Category.HARASSMENT_SOCIAL, Category.TOS_VIOLATION)
    assert (details.severity, details.minutes) == (2, 35)
    assert (details.url, details.staff) == ("https://reviews.example/r/991", "Sam")
    # Defaults to now (the clock), kept in UTC with the zone it was given in.
    assert details.occurred_at == services.clock()
    assert details.occurred_tz


def test_dropped_file_is_listed_with_its_hash_and_saved(
    log_dialog: LogContactDialog, services: Services, tmp_path: Path
) -> None:
    evidence = tmp_path / "threat.png"
    evidence.write_bytes(b"\x89PNG\r\n\x1a\nnot really an image")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(evidence))])
    _drop(log_dialog, mime)
    sha = hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert log_dialog.evidence.rows() == [
        ["threat.png", "PNG picture", "", "27 bytes", sha, "saved with the contact"]
    ]

    log_dialog.form.summary_edit.setText("Screenshot of the threat")
    log_dialog.save()
    [kept] = services.contacts.attachments(log_dialog.contact_id)
    assert (kept.filename, kept.sha256) == ("threat.png", sha)


def test_pasted_screenshot_becomes_a_png_attachment(
    log_dialog: LogContactDialog, services: Services
) -> None:
    QGuiApplication.clipboard().setImage(_red_square())
    assert log_dialog.evidence.paste_from_clipboard()
    [row] = log_dialog.evidence.rows()
    assert row[0].startswith("screenshot-") and row[0].endswith(".png")
    log_dialog.form.summary_edit.setText("Pasted")
    log_dialog.save()
    [kept] = services.contacts.attachments(log_dialog.contact_id)
    _, data = services.contacts.attachment_data(kept.id)
    assert data.startswith(b"\x89PNG") and kept.sha256 == hashlib.sha256(data).hexdigest()
    assert row[4] == kept.sha256


def test_image_pasted_into_the_words_box_is_evidence_not_text(
    log_dialog: LogContactDialog,
) -> None:
    mime = QMimeData()
    mime.setImageData(_red_square())
    log_dialog.form.words_edit.insertFromMimeData(mime)
    assert log_dialog.form.words_edit.exact_text() == ""
    assert len(log_dialog.evidence.rows()) == 1


def test_a_draft_survives_a_crash_and_is_offered_back(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes, tmp_path
) -> None:
    first = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(first)
    first.form.summary_edit.setText("Half-typed call notes")
    first.form.words_edit.setPlainText("He said he knows where I live")
    first.form.category_boxes[Category.THREAT_PHYSICAL].setChecked(True)
    QGuiApplication.clipboard().setImage(_red_square())
    first.evidence.paste_from_clipboard()
    first.save_draft()  # what the autosave timer does every few seconds
    # A crash: the dialog goes away without saving or cancelling, its lock with Steady.
    first.hide()
    first._slot.release()

    again = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(again)
    again.show()
    assert again.draft_banner.isVisible()
    again.restore_draft()
    assert again.form.summary_edit.text() == "Half-typed call notes"
    assert again.form.words_edit.exact_text() == "He said he knows where I live"
    assert again.form.category_boxes[Category.THREAT_PHYSICAL].isChecked()
    assert len(again.evidence.rows()) == 1
    again.save()
    assert drafts.load(customer_id) is None
    assert not list(drafts.folder.glob("pasted-*"))


def test_cancel_with_typing_asks_first(
    log_dialog: LogContactDialog, message_boxes: MessageBoxes, drafts: ContactDrafts
) -> None:
    log_dialog.form.summary_edit.setText("Something")
    message_boxes.answer_yes = False
    log_dialog.reject()
    assert log_dialog.isVisible()
    assert message_boxes.shown[-1][1] == "Discard this contact?"
    message_boxes.answer_yes = True
    log_dialog.reject()
    assert not log_dialog.isVisible()


@pytest.fixture
def logged(services: Services, customer_id: int) -> int:
    return services.contacts.log(
        customer_id, inbound("Line one\r\nLine two", AT, summary="Angry email", minutes=5)
    )


def test_a_logged_contact_is_read_only_until_corrected(
    qtbot, services: Services, logged: int, message_boxes
) -> None:
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    assert dialog.form.words_edit.isReadOnly() and dialog.form.read_only
    box = dialog.form.category_boxes[Category.ABUSE]
    assert box.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert dialog.history.count() == 1
    assert "never corrected" in dialog.version_label.text()


def test_correction_needs_a_reason_and_keeps_the_original(
    qtbot, services: Services, logged: int, message_boxes: MessageBoxes
) -> None:
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.correct_button.click()
    dialog.form.minutes_spin.setValue(25)
    dialog.save_correction()
    assert "why" in message_boxes.texts("warning")[0]
    assert dialog.correcting and dialog.form.minutes_spin.value() == 25

    dialog.reason_edit.setText("The call lasted longer")
    dialog.save_correction()
    assert not dialog.correcting
    revisions = services.contacts.revisions(logged)
    assert [r.details.minutes for r in revisions] == [5, 25]
    # The untouched words (with their \r\n) and time are carried over exactly.
    assert revisions[1].details.text == "Line one\r\nLine two"
    assert revisions[1].details.occurred_at == AT
    assert dialog.shown_revision() == 1


def test_evidence_added_to_a_logged_contact_is_attached_once_the_owner_says_yes(
    qtbot, services: Services, logged: int, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    note = tmp_path / "voicemail.txt"
    note.write_text("transcript")
    dialog.evidence.add_paths([str(note)])
    [kept] = services.contacts.attachments(logged)
    assert kept.filename == "voicemail.txt"
    assert dialog.evidence.rows()[0][4] == kept.sha256
    [(kind, _title, question)] = message_boxes.shown
    assert kind == "confirm"
    customer = services.customers.get(services.contacts.get(logged).customer_id).name
    assert f"“voicemail.txt” to contact #{logged} with {customer}" in question
    assert "stay in the log for good" in question


def test_a_file_dropped_on_a_saved_contact_by_mistake_is_not_kept(
    qtbot, services: Services, logged: int, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    wrong = tmp_path / "my-kids-birthday.txt"
    wrong.write_text("family photos")
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    message_boxes.answer_yes = False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(wrong))])
    _drop(dialog, mime)
    assert "“my-kids-birthday.txt”" in message_boxes.texts("confirm")[0]
    assert services.contacts.attachments(logged) == []
    assert dialog.evidence.rows() == []


def test_opening_an_attachment_writes_a_copy_for_the_viewer(
    qtbot, services: Services, logged: int, tmp_path: Path, monkeypatch, message_boxes
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "ui.log.evidence_list.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()),
    )
    note = tmp_path / "voicemail.txt"
    note.write_text("transcript")
    dialog = ContactDialog(services, logged)
    qtbot.addWidget(dialog)
    dialog.evidence.add_paths([str(note)])
    dialog.evidence.open_selected()
    assert Path(opened[0]).read_text() == "transcript"
    assert Path(opened[0]).name == "voicemail.txt"


def test_unreadable_file_is_explained(
    log_dialog: LogContactDialog, message_boxes: MessageBoxes, tmp_path: Path
) -> None:
    log_dialog.evidence.add_paths([str(tmp_path / "gone.pdf")])
    assert "Cannot read gone.pdf" in message_boxes.texts("warning")[0]
    assert log_dialog.evidence.rows() == []


def test_a_pasted_thread_is_logged_as_one_contact_per_message(
    qtbot, services, customer_id, message_boxes: MessageBoxes
) -> None:  # type: ignore[no-untyped-def]
    from ui.log.contact_dialog import LogContactDialog

    thread = (
        "From: Pat Example <pat@example.com>\n"
        "Sent: Monday, 2 November 2026 09:15\n"
        "Subject: Still waiting\n\n"
        "Where is my refund? This is the third time I ask.\n\n"
        "From: Pat Example <pat@example.com>\n"
        "Sent: Sunday, 1 November 2026 22:40\n"
        "Subject: Refund\n\n"
        "I want my money back.\n"
    )
    dialog = LogContactDialog(services, customer_id)
    qtbot.addWidget(dialog)
    logged: list[int] = []
    dialog.contact_logged.connect(logged.append)
    dialog.form.words_edit.setPlainText(thread)
    assert not dialog.thread_banner.isHidden()
    assert "2 messages" in dialog.thread_label.text()
    dialog.split_button.click()
    assert len(logged) == 2
    texts = sorted(services.contacts.get(i).text for i in logged)
    assert texts == ["I want my money back.", "Where is my refund? This is the third time I ask."]
    # Outlook's "Sent:" gives no zone: the owner is told they were read as her local time.
    [told] = message_boxes.texts("information")
    assert "Times written without a time zone were read as your local time (UTC" in told
