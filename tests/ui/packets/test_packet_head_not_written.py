"""The disk beside the log fills up as a packet leaves Steady: the head printed on it cannot be
written down beside the log. However the packet leaves (saved, exported in a bundle, opened in
a viewer), the status line tells the owner the same, never a plain "and logged it"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.helpers.lines_disk import fill_disk_of
from tests.helpers.packet_fixtures import PacketSubject
from ui.packets.packet_dialog import PacketDialog


@pytest.mark.parametrize(
    ("how", "said"),
    [
        ("save_pdf", "Saved {target} and logged it; "),
        ("export_bundle", "Exported {target} (the packet, {exhibits} originals and the manifest)"),
        ("open_in_viewer", "Opened packet {number} ({opened}) in your PDF viewer and logged it; "),
    ],
)
def test_the_head_not_written_down_is_told_however_the_packet_leaves(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: PacketDialog,
    packet_subject: PacketSubject,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
    said: str,
) -> None:
    # Full from before the packet is drawn: the verify that draws it cannot write it down either.
    fill_disk_of(monkeypatch, ".heads")
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()
    target = tmp_path / ("packet.zip" if how == "export_bundle" else "packet.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a[1:]}"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    getattr(dialog, how)()

    number = dialog.made.data.number
    folder = Path(packet_subject.services.store.path).parent
    head_note = (
        f"the ledger head printed on packet {number} could not be written down beside the log "
        f"(the disk of {folder} is full); the packet and the log are fine"
    )
    start = said.format(
        target=target,
        exhibits=len(dialog.made.data.exhibits),
        number=number,
        opened=Path(opened[0]).name if opened else "",
    )
    status = dialog.status.text()
    assert status.startswith(start), status
    # What saving says, word for word: the packet's SHA-256 may follow it.
    assert f" and logged it; {head_note}" in status, status
