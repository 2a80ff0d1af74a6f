"""A contact draft kept after a crash stays exactly as it was until the owner restores or
discards it; an odd draft never crashes Steady; Esc then Enter never throws typing away."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import Services
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts

ORIGINAL = "He said: I will burn your shop down. ORIGINAL WORDS."


@pytest.fixture
def drafts(tmp_path: Path) -> ContactDrafts:
    return ContactDrafts(tmp_path / "drafts")


def _open(qtbot, services: Services, customer_id: int, drafts: ContactDrafts) -> LogContactDialog:  # type: ignore[no-untyped-def]
    dialog = LogContactDialog(services, customer_id, drafts=drafts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _crash(dialog: LogContactDialog) -> None:
    """Steady stops dead: the draft stays on disk and the window's hold on it goes with it."""
    dialog.hide()
    slot = getattr(dialog, "_slot", None)
    if slot is not None:
        slot.release()


def _typed_then_crashed(qtbot, services, customer_id, drafts) -> None:  # type: ignore[no-untyped-def]
    first = _open(qtbot, services, customer_id, drafts)
    first.form.summary_edit.setText("ORIGINAL DRAFT summary")
    first.form.words_edit.setPlainText(ORIGINAL)
    first.save_draft()  # the autosave
    _crash(first)


def _kept_words(drafts: ContactDrafts) -> list[str]:
    return sorted(
        str(json.loads(p.read_text())["fields"]["text"]) for p in drafts.folder.glob("*.json")
    )


def test_new_typing_before_restore_never_overwrites_the_kept_draft(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    _typed_then_crashed(qtbot, services, customer_id, drafts)
    again = _open(qtbot, services, customer_id, drafts)
    assert again.draft_banner.isVisible()
    again.form.summary_edit.setText("new call")
    again.save_draft()  # three seconds of reading the banner
    assert ORIGINAL in _kept_words(drafts)
    again.restore_draft()
    assert again.form.summary_edit.text() == "ORIGINAL DRAFT summary"
    assert again.form.words_edit.exact_text() == ORIGINAL
    # What was typed before Restore is a kept draft of its own, offered in the banner.
    assert again.draft_banner.isVisible()
    kept = [d.fields["summary"] for d in drafts.pending()]
    assert kept == ["new call"]


def test_saving_another_contact_leaves_the_kept_draft(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    _typed_then_crashed(qtbot, services, customer_id, drafts)
    other = _open(qtbot, services, customer_id, drafts)
    other.form.summary_edit.setText("Phoned again, asked for the manager")
    other.save_draft()
    other.save()
    assert services.contacts.count_for_customer(customer_id) == 1
    assert _kept_words(drafts) == [ORIGINAL]
    later = _open(qtbot, services, customer_id, drafts)
    assert later.draft_banner.isVisible()
    later.restore_draft()
    assert later.form.words_edit.exact_text() == ORIGINAL
    later.save()
    assert _kept_words(drafts) == []
    assert services.contacts.count_for_customer(customer_id) == 2


def test_cancelling_an_empty_dialog_or_discarding_its_own_typing_leaves_the_kept_draft(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    _typed_then_crashed(qtbot, services, customer_id, drafts)
    looked = _open(qtbot, services, customer_id, drafts)
    looked.reject()  # nothing typed here: no question
    typed = _open(qtbot, services, customer_id, drafts)
    typed.form.words_edit.setPlainText("something else, thrown away on purpose")
    typed.save_draft()
    typed.reject()  # "Discard" answered
    assert _kept_words(drafts) == [ORIGINAL]


def test_discard_it_removes_only_that_draft_and_its_screenshot(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    first = _open(qtbot, services, customer_id, drafts)
    first.form.words_edit.setPlainText("older, with a screenshot")
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    QGuiApplication.clipboard().setImage(image)
    first.evidence.paste_from_clipboard()
    first.save_draft()
    _crash(first)
    second = _open(qtbot, services, customer_id, drafts)
    second.form.words_edit.setPlainText(ORIGINAL)
    second.save_draft()
    _crash(second)
    assert len(list(drafts.folder.glob("pasted-*.png"))) == 1
    third = _open(qtbot, services, customer_id, drafts)
    assert third._kept is not None and third._kept.fields["text"] == ORIGINAL  # newest first
    third.discard_draft()
    assert _kept_words(drafts) == ["older, with a screenshot"]
    assert len(list(drafts.folder.glob("pasted-*.png"))) == 1
    assert third.draft_banner.isVisible()  # the older one is offered now
    third.restore_draft()
    assert len(third.evidence.rows()) == 1


def _press_on_the_question(key: Qt.Key, seen: list[str]) -> None:
    """Press a key on the question as soon as it is up, as the owner would."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        QApplication.postEvent(box.focusWidget() or box, event)

    QTimer.singleShot(0, press)


def test_escape_then_enter_keeps_the_contact_and_its_draft(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts
) -> None:
    dialog = _open(qtbot, services, customer_id, drafts)
    dialog.form.summary_edit.setText("Threat at the counter")
    dialog.form.words_edit.setPlainText("I will come back with my brothers and wreck the place.")
    dialog.save_draft()
    seen: list[str] = []
    _press_on_the_question(Qt.Key.Key_Return, seen)
    dialog.reject()  # Esc in the words box
    assert seen == ["Keep editing"]
    assert dialog.isVisible()
    assert dialog.form.words_edit.exact_text().startswith("I will come back")
    assert _kept_words(drafts) == ["I will come back with my brothers and wreck the place."]
    dialog.form.summary_edit.clear()  # so closing at the end of the test asks nothing
    dialog.form.words_edit.clear()


def test_a_draft_with_values_steady_does_not_know_is_restored_with_its_words(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes: MessageBoxes
) -> None:
    drafts.folder.mkdir()
    (drafts.folder / f"contact-for-customer-{customer_id}.json").write_text(
        json.dumps(
            {
                "saved_at": "2026-11-27T06:00:00+00:00",
                "fields": {
                    "occurred_at": "not a date",
                    "channel": "fax",
                    "direction": "inbound",
                    "summary": "He said he will burn the shop",
                    "text": "I WILL BURN IT DOWN",
                    "categories": ["threat-arson", "threat-physical"],
                    "severity": 99,
                    "minutes": "lots",
                    "url": ["not", "text"],
                    "staff": 7,
                },
                "files": [{"filename": "no path.png"}, "junk"],
            }
        )
    )
    dialog = _open(qtbot, services, customer_id, drafts)
    assert dialog.draft_banner.isVisible()
    dialog.restore_draft()
    assert dialog.form.summary_edit.text() == "He said he will burn the shop"
    assert dialog.form.words_edit.exact_text() == "I WILL BURN IT DOWN"
    assert dialog.form.staff_edit.text() == "7"
    assert [c.value for c in dialog.form.details().categories] == ["threat-physical"]
    told = " ".join(message_boxes.texts("warning"))
    for name in ("when", "channel", "categories", "severity", "time it cost", "link"):
        assert name in told
    assert "the words included" in told
    dialog.save()
    assert services.contacts.get(dialog.contact_id).text == "I WILL BURN IT DOWN"


@pytest.mark.parametrize(
    "content",
    [b'{"saved_at": "2026-11-27T06:00', b"\xff\xfe not json", b'{"fields": ["a"]}', b"[]"],
)
def test_an_unreadable_draft_is_set_aside_once_never_crashing(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes, content
) -> None:
    drafts.folder.mkdir()
    (drafts.folder / f"contact-for-customer-{customer_id}.json").write_bytes(content)
    dialog = _open(qtbot, services, customer_id, drafts)
    assert not dialog.draft_banner.isVisible()
    aside = drafts.folder / f"unreadable-contact-for-customer-{customer_id}.json"
    assert aside.read_bytes() == content  # kept as it was, for the owner to open
    assert drafts.set_aside == [aside]
    assert drafts.pending() == []


@pytest.mark.skipif(os.name != "posix", reason="account permissions are POSIX")
def test_drafts_and_pasted_screenshots_are_readable_by_the_owner_only(
    qtbot, services: Services, customer_id: int, drafts: ContactDrafts, message_boxes
) -> None:
    drafts.folder.mkdir(mode=0o755)  # as an earlier Steady made it
    drafts.folder.chmod(0o755)
    dialog = _open(qtbot, services, customer_id, drafts)
    dialog.form.words_edit.setPlainText("I know where you live, Jordan. 14 Elm Road.")
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    QGuiApplication.clipboard().setImage(image)
    dialog.evidence.paste_from_clipboard()
    dialog.save_draft()
    assert stat.S_IMODE(drafts.folder.stat().st_mode) == 0o700
    written = list(drafts.folder.glob("*.json")) + list(drafts.folder.glob("*.png"))
    assert len(written) == 2
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
