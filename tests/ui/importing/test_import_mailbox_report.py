"""The import window says why a mailbox gave nothing: no messages in it, or every message
already in the log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItem

from app.services import Services
from tests.helpers.import_fixtures import write_mbox
from ui.importing.import_dialog import ImportDialog


def _groups(dialog: ImportDialog) -> dict[str, list[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for index in range(dialog.results.topLevelItemCount()):
        group = dialog.results.topLevelItem(index)
        assert isinstance(group, QTreeWidgetItem)
        rows = [group.child(i) for i in range(group.childCount())]
        groups[group.text(0)] = [(row.text(0), row.text(1)) for row in rows if row]
    return groups


def _imported(qtbot, shop: Services, path: Path, customer_id: int | None = None) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(shop, [str(path)], customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.is_done, timeout=10_000)
    return dialog


def test_a_mailbox_of_separators_only_says_why_nothing_was_imported(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "Sent.mbox"
    path.write_bytes(b"From - Thu Sep 11 11:46:19 2014\n\n" * 3)
    dialog = _imported(qtbot, shop, path, angry_customer_id)
    assert dialog.summary.text() == "Imported 0, skipped 0 already there, failed 1."
    assert _groups(dialog) == {
        "Failed (1)": [
            (
                "Sent.mbox",
                "This mailbox holds no messages: only 3 separator lines (the “From …” line a "
                "mail program writes before each message), with no message after them. "
                "Nothing was saved; the file itself is unchanged.",
            )
        ]
    }


def test_a_mailbox_of_one_byte_says_it_holds_nothing_to_read(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "x.mbox"
    path.write_bytes(b"\x00")
    dialog = _imported(qtbot, shop, path)
    [(source, reason)] = _groups(dialog)["Failed (1)"]
    assert source == "x.mbox"
    assert reason.startswith("This mailbox holds no messages Steady can read:")
    assert "The file is only 1 byte long." in reason


def test_a_mailbox_already_imported_says_every_message_was_there(
    qtbot, shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_mbox(tmp_path / "inbox.mbox", 3)
    _imported(qtbot, shop, path).close()
    dialog = _imported(qtbot, shop, path)
    assert dialog.summary.text() == "Imported 0, skipped 3 already there, failed 0."
    groups = _groups(dialog)
    assert next(iter(groups)) == "About the files"
    assert groups["About the files"] == [
        (
            "inbox.mbox",
            "All 3 messages were already in the log; nothing new was added. The same mailbox "
            "(the same SHA-256) was imported before, as “inbox.mbox”.",
        )
    ]
    assert len(groups["Skipped, already there (3)"]) == 3
