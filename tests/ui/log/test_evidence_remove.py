"""A file added by mistake to a new contact comes off before saving (Delete or Remove); a
file already kept with a saved contact never does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_view import ContactDialog


@pytest.fixture
def log_dialog(qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes):
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "drafts"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _files(tmp_path: Path, *names: str) -> list[str]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(name.encode())
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("how", ["Delete key", "Remove button"])
def test_a_wrong_file_comes_off_before_saving(
    qtbot, log_dialog: LogContactDialog, services: Services, tmp_path: Path, how: str
) -> None:
    evidence = log_dialog.evidence
    evidence.add_paths(_files(tmp_path, "threat.png", "other-customer.png"))
    evidence.tree.setFocus()
    evidence.tree.setCurrentItem(evidence.tree.topLevelItem(1))
    assert evidence.remove_button.isVisible() and evidence.remove_button.isEnabled()
    if how == "Delete key":
        qtbot.keyClick(evidence.tree, Qt.Key.Key_Delete)
    else:
        evidence.remove_button.click()
    assert [row[0] for row in evidence.rows()] == ["threat.png"]
    assert log_dialog.isVisible()
    log_dialog.form.summary_edit.setText("Threat with a screenshot")
    log_dialog.form.words_edit.setPlainText("I know where you live")
    log_dialog.save()
    kept = services.contacts.attachments(log_dialog.contact_id)
    assert [a.filename for a in kept] == ["threat.png"]


def test_a_file_kept_with_a_saved_contact_cannot_be_removed(
    qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes
) -> None:
    first = LogContactDialog(services, customer_id)
    qtbot.addWidget(first)
    first.form.summary_edit.setText("Threat")
    first.form.words_edit.setPlainText("You will regret it")
    first.evidence.add_paths(_files(tmp_path, "threat.png"))
    first.save()
    dialog = ContactDialog(services, first.contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    evidence = dialog.evidence
    evidence.tree.setFocus()
    evidence.tree.setCurrentItem(evidence.tree.topLevelItem(0))
    assert not evidence.remove_button.isVisible()
    qtbot.keyClick(evidence.tree, Qt.Key.Key_Delete)
    evidence.remove_selected()
    assert [row[0] for row in evidence.rows()] == ["threat.png"]
    assert [a.filename for a in services.contacts.attachments(first.contact_id)] == ["threat.png"]
