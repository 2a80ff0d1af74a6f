"""Words and a button a new owner meets in the first hour: the backup folder is chosen, not
typed; one file is "1 file"; step 2 of a calm reply counts one contact and writes its day as
the rest of the window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services import Services
from tests.helpers.import_fixtures import email
from ui.importing.import_dialog import ImportDialog
from ui.shell.dates import shown_day
from ui.shell.settings_dialog import FolderEditor, SettingsDialog


def test_the_backup_folder_has_a_choose_button(
    qtbot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    editor = dialog.editors["backup_folder"]
    assert isinstance(editor, FolderEditor) and editor.choose.text() == "Choose…"
    picked = iter(["/media/USB STICK/Steady backups", ""])
    monkeypatch.setattr(
        "ui.shell.setting_editors.QFileDialog.getExistingDirectory",
        lambda *_args: next(picked),
    )
    editor.choose.click()
    assert editor.value() == "/media/USB STICK/Steady backups"
    editor.choose.click()  # cancelled: the folder stays as it was
    assert editor.value() == "/media/USB STICK/Steady backups"
    monkeypatch.setattr("ui.shell.settings_dialog.may_discard", lambda *_args: True)
    dialog.reject()


def test_importing_one_file_says_one_file(qtbot, services: Services, tmp_path: Path) -> None:
    eml = tmp_path / "a.eml"
    eml.write_bytes(bytes(email("Where is my refund?")))
    dialog = ImportDialog(services, [str(eml)])
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Importing 1 file…"
    dialog.close()
    two = ImportDialog(services, [str(eml), str(eml)])
    qtbot.addWidget(two)
    assert two.heading.text() == "Importing 2 files…"
    two.close()


def test_step_two_counts_one_contact_and_writes_the_day_as_the_window_does(
    qtbot, business: Services, angry_id: int
) -> None:
    from ui.reply.editor import ReplyEditor

    editor = ReplyEditor(business, angry_id, grammar=False, tts_engine="none")
    qtbot.addWidget(editor)
    editor.consider_panel.load({}, editor.replies.context(editor.state))
    first = business.contacts.get(angry_id).occurred_at
    shown = editor.consider_panel.history.text()
    assert shown.startswith(f"1 contact since {shown_day(first.astimezone())} (1 from them)")
    assert "contacts" not in shown
    editor.close()
