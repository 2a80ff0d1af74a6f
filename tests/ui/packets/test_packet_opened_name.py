"""A packet opened in the PDF viewer is a copy in Steady's private temporary folder, which goes
when Steady closes. The status line names the packet the owner knows (its number and file
name), never that folder: a path no one can find again is no help to the owner, and a
screenshot of the window must not show where Steady keeps its private copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.packets.making import default_filename
from ui.packets.packet_dialog import PacketDialog


def test_opening_the_packet_names_the_packet_not_the_temporary_folder(
    qtbot,  # type: ignore[no-untyped-def]
    dialog: PacketDialog,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog.preview()
    qtbot.waitUntil(lambda: dialog._worker is None, timeout=60000)
    assert dialog.made is not None, dialog.status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warned: {a[1:]}"))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    dialog.open_in_viewer()

    data = dialog.made.data
    name = default_filename(data, "pdf")
    copy = Path(opened[0])
    assert copy.name == name and copy.read_bytes() == dialog.made.pdf.data
    status = dialog.status.text()
    assert status == f"Opened packet {data.number} ({name}) in your PDF viewer and logged it."
    assert str(copy.parent) not in status and copy.parent.name not in status
