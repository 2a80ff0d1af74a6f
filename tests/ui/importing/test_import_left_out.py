"""The import window lists the files of a dropped mail folder it left out, and why."""

from __future__ import annotations

from pathlib import Path

from app.services import Services
from tests.helpers.mail_folders import thunderbird_folder
from ui.importing.import_dialog import ImportDialog


def test_a_dropped_thunderbird_folder_shows_what_was_left_out(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    folder = thunderbird_folder(tmp_path)
    dialog = ImportDialog(shop, [str(folder)], customer_id=angry_customer_id)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    assert dialog.summary.text() == (
        "Imported 3, skipped 0 already there, failed 0. Left out 9 files that are not evidence "
        "(a mail program's or Steady's own files, empty files)."
    )
    groups = [dialog.results.topLevelItem(i) for i in range(dialog.results.topLevelItemCount())]
    [left] = [g for g in groups if g.text(0).startswith("Left out")]
    assert left.text(0) == "Left out, not evidence (9)"
    rows = [(left.child(i).text(0), left.child(i).text(1)) for i in range(left.childCount())]
    assert ("Local Folders/Trash", "Not evidence: the file is empty.") in rows
    assert rows[0] == (
        "Local Folders/Inbox.msf",
        "Not evidence: Thunderbird's index of a mail folder, not a message.",
    )
