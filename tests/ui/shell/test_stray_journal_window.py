"""The window says, above the log, that a stray journal beside it was set aside."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.application import open_services
from tests.storage.test_stray_journal import (
    _contents,
    _hot_journal_of_another_database,
    _log_with_words,
)
from ui.shell.launch import open_window


def test_the_window_names_the_file_set_aside_and_shows_the_log(qtbot, tmp_path: Path) -> None:
    own, demo = tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db"
    own.parent.mkdir()
    _log_with_words(own)
    contacts, ledger = _contents(own)
    shutil.copyfile(_hot_journal_of_another_database(tmp_path), f"{own}-journal")

    window = open_window(
        own, demo_path=demo, open_services=open_services, start_with_demo=False, explicit=True
    )
    assert window is not None
    qtbot.addWidget(window)
    try:
        aside = sorted(own.parent.glob("steady.db-journal.set-aside-*"))
        assert len(aside) == 1
        assert window.opening_note.text() == (
            "A file left beside your log by another program was set aside as "
            f"{aside[0].name}; your log was not changed."
        )
        assert window.page.name_label.text() == "Gordon Pryce"
        assert not window.services.store.read_only
    finally:
        window.services.close()
    assert _contents(own) == (contacts, ledger)
