"""File › Check the log against a packet, and File › Restore a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.core.domain import Customer
from app.log.verify import ledger_head
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.ui_fixtures import MessageBoxes
from ui.shell.main_window import MainWindow


def _tools(window: MainWindow):  # type: ignore[no-untyped-def]
    from ui.log.record_tools import RecordTools

    return next(tool for tool in window.customer_tools if isinstance(tool, RecordTools))


def _type_head(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args: (text, True)))


def test_the_window_proves_a_printed_head(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes, monkeypatch
) -> None:
    services.customers.add(Customer(name="Pat Example"))
    printed = str(ledger_head(services.store))
    services.customers.add(Customer(name="Someone Later"))
    _type_head(monkeypatch, printed)
    assert _tools(window).verify_head_action in window.file_menu.actions()
    _tools(window).verify_head_action.trigger()
    qtbot.waitUntil(lambda: window.verify_task is None)
    box = window.verify_result
    assert box.windowTitle() == "The log verifies"
    assert box.text() == "Nothing in your log was changed."
    box.done(0)


def test_the_window_says_when_the_head_is_not_in_the_log(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes, monkeypatch
) -> None:
    services.customers.add(Customer(name="Pat Example"))
    _type_head(monkeypatch, "ab" * 32 + ":1")
    _tools(window).verify_head_action.trigger()
    qtbot.waitUntil(lambda: window.verify_task is None)
    box = window.verify_result
    assert box.windowTitle() == "The log does not verify"
    assert "is not the one written down" in box.text() + box.detailedText()
    box.done(0)


def test_restore_from_the_window_verifies_swaps_and_closes(
    qtbot,
    window: MainWindow,
    services: Services,
    message_boxes: MessageBoxes,
    monkeypatch,
    tmp_path: Path,
) -> None:
    services.customers.add(Customer(name="Pat Example"))
    backup = tmp_path / "kept.db"
    services.backups.write(str(backup))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(backup), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes)
    )
    _tools(window).restore_action.trigger()
    assert message_boxes.shown[-1][1] == "Backup restored"
    assert any(".replaced-" in p.name for p in tmp_path.iterdir())


def test_a_restore_the_disk_had_no_room_to_write_down_is_a_warning_not_a_plain_success(
    qtbot,
    window: MainWindow,
    services: Services,
    message_boxes: MessageBoxes,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from tests.helpers.lines_disk import fill_disk_of

    services.customers.add(Customer(name="Pat Example"))
    backup = tmp_path / "kept.db"
    services.backups.write(str(backup))
    services.customers.add(Customer(name="Someone Later"))
    assert services.verify().ok  # its head, past the backup, is written down
    fill_disk_of(monkeypatch, ".heads")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(backup), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes)
    )
    _tools(window).restore_action.trigger()
    kind, title, text = message_boxes.shown[-1]
    assert (kind, title) == ("warning", "Backup restored")
    assert text.startswith("The backup is back in place. The log it replaced is kept as ")
    assert (
        "\n\nThe restore could not be written down beside the log (the disk of "
        f"{tmp_path} is full): steady.db.heads does not say that kept.db was put back, so "
        "verify will find the log shorter than heads written down before and say it does NOT "
        "verify." in text
    ), text


def test_restore_from_the_window_refuses_a_rewritten_copy_and_the_log_goes_on(
    qtbot,
    window: MainWindow,
    services: Services,
    message_boxes: MessageBoxes,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from tests.app.log.test_restore_checks import _forge

    customer_id = services.customers.add(Customer(name="Pat Example"))
    assert services.verify().ok  # the head is written down beside the log
    forged = tmp_path / "forged.db"
    services.backups.write(str(forged))
    _forge(forged, "UPDATE customers SET name = 'Someone Else'")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(forged), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *args: QMessageBox.StandardButton.Yes)
    )
    _tools(window).restore_action.trigger()
    _kind, title, text = message_boxes.shown[-1]
    assert title == "The backup was not restored"
    assert "forged.db was not restored: this copy disagrees with the log's head recorded on" in text
    assert not any(".replaced-" in p.name for p in tmp_path.iterdir())
    services.customers.add(Customer(name="Still Saved"))
    assert services.customers.get(customer_id).name == "Pat Example"


def test_restore_from_the_window_names_what_the_restored_log_will_no_longer_hold(
    qtbot,
    window: MainWindow,
    services: Services,
    message_boxes: MessageBoxes,
    monkeypatch,
    tmp_path: Path,
) -> None:
    from datetime import UTC, datetime

    from tests.helpers.fixtures import inbound

    customer_id = services.customers.add(Customer(name="Pat Example"))
    backup = tmp_path / "older.db"
    services.backups.write(str(backup))
    contact_id = services.contacts.log(
        customer_id, inbound("I will break every window.", datetime(2026, 11, 1, tzinfo=UTC)), []
    )
    services.actions.log(customer_id, ActionKind.PACKET, reference="L-1-20261127-1", details={})
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *rest: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(backup), ""))
    )
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    _tools(window).restore_action.trigger()
    (text,) = asked
    assert (
        f"The restored log will no longer hold the 3 ledger entries recorded after this backup "
        f"was taken: 1 contact (#{contact_id}) with its first wording and 1 packet handed on "
        "(L-1-20261127-1)."
    ) in text
    assert not any(".replaced-" in p.name for p in tmp_path.iterdir())  # answered No


def test_the_packets_own_line_is_taken_as_printed(
    qtbot, window: MainWindow, services: Services, message_boxes: MessageBoxes, monkeypatch
) -> None:
    """The owner copies what the packet's first page says, hash broken over two lines."""
    services.customers.add(Customer(name="Pat Example"))
    head = ledger_head(services.store)
    services.customers.add(Customer(name="Someone Later"))
    line = f"{head.entries} ledger entries, head hash {head.hash[:40]}\n{head.hash[40:]}"
    _type_head(monkeypatch, line)
    _tools(window).verify_head_action.trigger()
    qtbot.waitUntil(lambda: window.verify_task is None)
    box = window.verify_result
    assert box.windowTitle() == "The log verifies"
    box.done(0)
