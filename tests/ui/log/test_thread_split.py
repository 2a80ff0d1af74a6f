"""'Log them one by one' on a pasted chat keeps what the owner typed beside it: the channel, the
summary, the staff and link, the screenshot and the minutes, and the kept draft until all is
saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category, Channel
from app.services import Services
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts

CHAT = (
    "[10:32] Victor: where is my refund\n"
    "[10:33] Victor: I know where your shop is and I will come and smash it\n"
    "[10:35] Victor: answer me"
)
SUMMARY = "Chat on the website: threatened to come to the shop"


@pytest.fixture
def drafts(tmp_path: Path) -> ContactDrafts:
    return ContactDrafts(tmp_path / "drafts")


@pytest.fixture
def screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "threat_screenshot.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nthe chat window, as it was")
    return path


def _typed_chat(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, screenshot: Path
) -> LogContactDialog:
    dialog = LogContactDialog(services, customer_id, files=[str(screenshot)], drafts=drafts)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.channel_box.setCurrentIndex(form.channel_box.findData(Channel.CHAT.value))
    form.summary_edit.setText(SUMMARY)
    form.staff_edit.setText("Jordan")
    form.url_edit.setText("https://shop.example/chat/4411")
    form.minutes_spin.setValue(12)
    form.words_edit.setPlainText(CHAT)
    dialog.save_draft()  # what the autosave does every few seconds
    return dialog


def test_the_screenshot_summary_and_channel_go_with_the_messages(
    qtbot, services: Services, customer_id: int, drafts, screenshot, message_boxes: MessageBoxes
) -> None:
    dialog = _typed_chat(qtbot, services, customer_id, drafts, screenshot)
    logged: list[int] = []
    dialog.contact_logged.connect(logged.append)
    assert not dialog.thread_banner.isHidden()
    dialog.split_button.click()

    contacts = [services.contacts.get(contact_id) for contact_id in logged]
    assert [c.text for c in contacts] == [
        "where is my refund",
        "I know where your shop is and I will come and smash it",
        "answer me",
    ]
    assert {c.channel for c in contacts} == {Channel.CHAT}
    assert [c.summary for c in contacts] == [f"{SUMMARY} (message {n} of 3)" for n in (1, 2, 3)]
    assert {(c.details.staff, c.details.url) for c in contacts} == {
        ("Jordan", "https://shop.example/chat/4411")
    }
    assert [c.details.minutes for c in contacts] == [12, 0, 0]
    kept = [[a.filename for a in services.contacts.attachments(i)] for i in logged]
    assert kept == [["threat_screenshot.png"], [], []]
    _, data = services.contacts.attachment_data(services.contacts.attachments(logged[0])[0].id)
    assert data == screenshot.read_bytes()
    [told] = message_boxes.texts("information")
    assert "3 messages were logged as Chat." in told
    assert "threat_screenshot.png, the 12 minutes it cost: with the first message" in told
    assert drafts.load(customer_id) is None  # everything is saved: nothing left to offer


def test_a_thread_already_logged_keeps_the_dialog_the_files_and_the_draft(
    qtbot, services: Services, customer_id: int, drafts, screenshot, message_boxes: MessageBoxes
) -> None:
    first = _typed_chat(qtbot, services, customer_id, drafts, screenshot)
    first.split_button.click()
    again = _typed_chat(qtbot, services, customer_id, drafts, screenshot)
    again.show()
    logged: list[int] = []
    again.contact_logged.connect(logged.append)
    again.split_button.click()

    assert logged == [] and again.isVisible()
    assert "already in the log, so nothing was logged" in message_boxes.texts("warning")[-1]
    assert [f.attachment.filename for f in again.evidence.pending] == ["threat_screenshot.png"]
    again.keep_draft()  # Steady closes (or crashes) now: what was typed is offered next time
    kept = drafts.load(customer_id)
    assert kept is not None and kept.fields["summary"] == SUMMARY


def test_a_crash_kept_draft_not_yet_restored_is_not_thrown_away(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    crashed = drafts.new_slot(customer_id)
    crashed.save({"summary": "Call from Victor, he shouted", "text": "You'll see"}, [])
    crashed.release()  # its window is gone
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    assert not dialog.draft_banner.isHidden()
    dialog.form.words_edit.setPlainText(CHAT)
    dialog.split_button.click()
    kept = drafts.load(customer_id)
    assert kept is not None and kept.fields["summary"] == "Call from Victor, he shouted"


def test_ticked_categories_are_said_not_to_be_copied(
    qtbot, services: Services, customer_id: int, drafts, message_boxes: MessageBoxes
) -> None:
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.form.category_boxes[Category.THREAT_PHYSICAL].setChecked(True)
    dialog.form.words_edit.setPlainText(CHAT)
    dialog.split_button.click()
    [told] = message_boxes.texts("information")
    assert "The categories and severity you chose were not copied to each message" in told


def test_a_chat_s_times_without_a_zone_are_said_once_not_once_a_line(
    qtbot, services: Services, customer_id: int, drafts, message_boxes: MessageBoxes
) -> None:
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    lines = [
        f"[10:{minute:02d}] Victor: answer me, this is message {minute}" for minute in range(30)
    ]
    dialog.form.words_edit.setPlainText("\n".join(lines))
    dialog.split_button.click()
    [told] = message_boxes.texts("information")
    assert told.count("time zone") == 1
    assert "Times written without a time zone were read as your local time (UTC" in told
    assert len(told.splitlines()) < 6


def test_the_zone_is_said_once_whatever_words_each_message_s_note_is_in(
    qtbot,
    services: Services,
    customer_id: int,
    drafts,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each message's own note reworded (as a translation would): the box reads the zone each
    # time was read in from the report, never out of the note's words.
    monkeypatch.setattr(
        "app.importing.written_time.ZONE_LEFT_OUT",
        "nennt keine Zeitzone; sie wurde als Ihre Ortszeit gelesen",
    )
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    lines = [
        f"[10:{minute:02d}] Victor: answer me, this is message {minute}" for minute in range(8)
    ]
    dialog.form.words_edit.setPlainText("\n".join(lines))
    dialog.split_button.click()
    [told] = message_boxes.texts("information")
    assert "Times written without a time zone were read as your local time (UTC" in told
    assert "Zeitzone" not in told
    assert len(told.splitlines()) < 6
