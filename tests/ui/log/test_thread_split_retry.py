"""'Log them one by one' stopped part way by one message, then tried again: the rest is logged,
and the screenshot and the minutes stay with the one message they went to (never on two)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import SteadyError
from app.services import Services
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts

CHAT = (
    "[10:32] Victor: where is my refund\n"
    "[10:33] Victor: I know where your shop is and I will come and smash it\n"
    "[10:35] Victor: answer me"
)
MESSAGES = [
    "where is my refund",
    "I know where your shop is and I will come and smash it",
    "answer me",
]


@pytest.fixture
def drafts(tmp_path: Path) -> ContactDrafts:
    return ContactDrafts(tmp_path / "drafts")


@pytest.fixture
def screenshot(tmp_path: Path) -> Path:
    path = tmp_path / "threat_screenshot.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nthe chat window, as it was")
    return path


def _fail_once(monkeypatch: pytest.MonkeyPatch, services: Services, words: str) -> None:
    """Saving the message with these words fails the first time (a damaged page, say)."""
    contacts = services.imports._contacts
    real = contacts.log
    failed: list[str] = []

    def log(customer_id, details, *args, **kwargs):  # type: ignore[no-untyped-def]
        if details.text == words and not failed:
            failed.append(words)
            raise SteadyError("The log could not save this message.")
        return real(customer_id, details, *args, **kwargs)

    monkeypatch.setattr(contacts, "log", log)


def _where_things_are(services: Services, customer_id: int) -> dict[str, tuple[list[str], int]]:
    """Each logged message's words: its files and its minutes, as the log holds them."""
    return {
        contact.text: (
            [a.filename for a in services.contacts.attachments(contact.id)],
            contact.details.minutes,
        )
        for contact in services.contacts.page_for_customer(customer_id, 0, 50)
    }


@pytest.mark.parametrize("failing", [0, 1], ids=["first message fails", "second fails"])
def test_trying_again_never_puts_the_screenshot_on_two_messages(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    customer_id: int,
    drafts: ContactDrafts,
    screenshot: Path,
    message_boxes: MessageBoxes,
    failing: int,
) -> None:
    _fail_once(monkeypatch, services, MESSAGES[failing])
    dialog = LogContactDialog(services, customer_id, files=[str(screenshot)], drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.minutes_spin.setValue(12)
    dialog.form.words_edit.setPlainText(CHAT)
    dialog.split_button.click()
    assert dialog.isVisible()
    assert "Log them one by one again logs the rest" in message_boxes.texts("warning")[-1]

    dialog.split_button.click()  # the owner tries again

    held = _where_things_are(services, customer_id)
    assert sorted(held) == sorted(MESSAGES)
    with_files = [words for words, (files, _) in held.items() if files]
    assert len(with_files) == 1
    assert held[with_files[0]] == (["threat_screenshot.png"], 12)
    assert sum(minutes for _, minutes in held.values()) == 12
    assert services.verify().ok


def test_a_new_file_on_a_thread_logged_before_goes_with_the_new_messages(
    qtbot, services: Services, customer_id: int, drafts, screenshot, message_boxes
) -> None:
    """The hostile side: the thread pasted again with more messages and a screenshot it did
    not have: the screenshot is not lost for being new to a thread partly logged."""
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.form.words_edit.setPlainText("\n".join(CHAT.splitlines()[:2]))
    dialog.split_button.click()

    again = LogContactDialog(services, customer_id, files=[str(screenshot)], drafts=drafts)
    qtbot.addWidget(again)
    again.form.words_edit.setPlainText(CHAT)
    again.split_button.click()

    held = _where_things_are(services, customer_id)
    assert held["answer me"] == (["threat_screenshot.png"], 0)
    assert [files for files, _ in held.values()].count([]) == 2
