"""A log too damaged to open: the window offers its newest good backup, another log, or quit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.application import open_services, restore_damaged_log
from app.core.domain import Customer
from app.log.backups import default_folder
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell import damaged_log, missing_log
from ui.shell.damaged_log import DamagedLogAnswer, DamagedLogChoice, DamagedLogDialog
from ui.shell.launch import open_window


def _log_with_backup(path: Path, name: str) -> Path:
    services = open_services(path)
    try:
        services.customers.add(Customer(name=name))
        backup = Path(default_folder(str(path))) / f"{path.stem}-2026-11-26-120000.db"
        services.backups.write(str(backup))
    finally:
        services.close()
    return backup


def _damage(path: Path) -> bytes:
    """The header's page size and the schema's first page overwritten: SQLite cannot read it."""
    data = bytearray(path.read_bytes())
    data[16:4096] = b"\xa5" * (4096 - 16)
    path.write_bytes(bytes(data))
    return bytes(data)


def _asked(monkeypatch: pytest.MonkeyPatch, *answers: DamagedLogAnswer) -> list[tuple[Path, str]]:
    asked: list[tuple[Path, str]] = []
    queue = list(answers)

    def ask(path: Path, backup: str, _parent: object = None) -> DamagedLogAnswer:
        asked.append((path, backup))
        return queue.pop(0)

    monkeypatch.setattr(damaged_log, "ask_damaged_log", ask)
    return asked


def _open(qtbot, own: Path):
    window = open_window(
        own,
        demo_path=own.parent / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        explicit=True,
        restore_backup=restore_damaged_log,
    )
    if window is not None:
        qtbot.addWidget(window)
    return window


@pytest.fixture
def own(tmp_path: Path) -> Path:
    path = tmp_path / "shop" / "steady.db"
    path.parent.mkdir()
    return path


def test_the_newest_good_backup_is_offered_and_put_back_from_the_window(
    qtbot, monkeypatch, own: Path, message_boxes: MessageBoxes
) -> None:
    backup = _log_with_backup(own, "Gordon Pryce")
    damaged = _damage(own)
    asked = _asked(monkeypatch, DamagedLogAnswer(DamagedLogChoice.RESTORE, str(backup)))

    window = _open(qtbot, own)
    assert window is not None, message_boxes.shown
    try:
        assert asked == [(own, str(backup))]
        assert message_boxes.texts("critical") == []
        assert window.page.name_label.text() == "Gordon Pryce"
        kept = [p for p in own.parent.iterdir() if p.name.startswith("steady") and p != own]
        kept = [p for p in kept if p.is_file() and p.read_bytes() == damaged]
        assert len(kept) == 1  # the damaged file, beside the log, never deleted
        (info,) = message_boxes.texts("information")
        assert info.startswith("The backup is back in place of your log.")
        assert f"The damaged log is kept as {kept[0]}." in info
    finally:
        window.services.close()


def test_another_log_can_be_opened_instead(
    qtbot, monkeypatch, own: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    _log_with_backup(own, "Gordon Pryce")
    damaged = _damage(own)
    other = tmp_path / "other.db"
    _log_with_backup(other, "Pat Example")
    _asked(monkeypatch, DamagedLogAnswer(DamagedLogChoice.OPEN_ANOTHER))
    monkeypatch.setattr(missing_log, "ask_another_log", lambda _parent, _start: other)

    window = _open(qtbot, own)
    assert window is not None, message_boxes.shown
    try:
        assert window.page.name_label.text() == "Pat Example"
    finally:
        window.services.close()
    assert own.read_bytes() == damaged


def test_quit_changes_nothing(qtbot, monkeypatch, own: Path, message_boxes: MessageBoxes) -> None:
    _log_with_backup(own, "Gordon Pryce")
    damaged = _damage(own)
    _asked(monkeypatch, DamagedLogAnswer(DamagedLogChoice.QUIT))
    assert _open(qtbot, own) is None
    assert own.read_bytes() == damaged
    assert message_boxes.shown == []


def test_the_dialog_names_the_backup_and_lets_another_be_chosen(
    qtbot, monkeypatch, own: Path, tmp_path: Path
) -> None:
    backup = _log_with_backup(own, "Gordon Pryce")
    dialog = DamagedLogDialog(own, str(backup))
    qtbot.addWidget(dialog)
    assert dialog.text.text() == (
        f"Your log file {own} is damaged, so Steady cannot open it. Nothing was written to "
        "it. Put a backup back in its place: the damaged file is kept beside it, renamed, "
        "not deleted. Or open another log."
    )
    assert dialog.backup_label.text().startswith(f"Your newest good backup is {backup}, from ")
    assert dialog.restore_button.isEnabled()
    mine = tmp_path / "my-own-copy.db"
    mine.write_bytes(backup.read_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(mine), ""))
    dialog.choose_button.click()
    assert dialog.backup_label.text().startswith(f"The backup you chose is {mine}, from ")
    dialog.restore_button.click()
    assert dialog.answer == DamagedLogAnswer(DamagedLogChoice.RESTORE, str(mine))


def test_without_a_backup_restoring_waits_for_one_to_be_chosen(qtbot, own: Path) -> None:
    dialog = DamagedLogDialog(own, "")
    qtbot.addWidget(dialog)
    assert dialog.backup_label.text() == (
        "No good automatic backup was found. Choose a backup you made yourself."
    )
    assert not dialog.restore_button.isEnabled()
    dialog.quit_button.click()
    assert dialog.answer.choice is DamagedLogChoice.QUIT


def test_a_chosen_file_that_is_no_good_backup_is_refused_and_the_choice_offered_again(
    qtbot, monkeypatch, own: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    _log_with_backup(own, "Gordon Pryce")
    damaged = _damage(own)
    not_a_backup = tmp_path / "holiday.db"
    not_a_backup.write_bytes(b"photos, not a log" * 300)
    asked = _asked(
        monkeypatch,
        DamagedLogAnswer(DamagedLogChoice.RESTORE, str(not_a_backup)),
        DamagedLogAnswer(DamagedLogChoice.QUIT),
    )
    assert _open(qtbot, own) is None
    assert [backup for _path, backup in asked][1] == str(not_a_backup)  # kept as the choice
    titles = [title for kind, title, _text in message_boxes.shown if kind == "critical"]
    assert titles == ["The backup was not restored"]
    assert own.read_bytes() == damaged
    assert not_a_backup.read_bytes() == b"photos, not a log" * 300
