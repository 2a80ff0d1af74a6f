"""Saving a packet while the disk beside the log is full: the packet is saved and logged, but
its number is not written down beside the log. The owner is told in the dialog, where the
packet leaves Steady, never shown a plain "and logged it"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.packets.numbers_used import numbers_used
from tests.helpers.lines_disk import fill_disk_of
from tests.helpers.packet_fixtures import PacketSubject
from ui.packets.packet_dialog import PacketDialog


def test_a_packet_whose_number_is_not_written_down_is_told_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()
    target = tmp_path / "packet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: told.append((title, text))
    )
    fill_disk_of(monkeypatch, ".numbers")

    dialog.save_pdf()

    number = dialog.made.data.number
    assert target.read_bytes() == dialog.made.pdf.data
    folder = Path(packet_subject.services.store.path).parent
    assert told == [
        (
            "Number not written down",
            f"Packet {number} was made and logged, but its number could not be written down "
            f"beside the log (the disk of {folder} is full): free some space there, then verify "
            "the log to write it down; until then do not restore an older backup, or this "
            "number could be given again.",
        )
    ]
    assert dialog.status.text().startswith(
        f"Saved {target} and logged it, but its number was not written down beside the log "
    ), dialog.status.text()
    actions = packet_subject.services.actions.for_customer(packet_subject.customer_id)
    assert [a.reference for a in actions if a.kind.value == "packet"] == [number]
    assert number not in numbers_used(packet_subject.services.store.path)
