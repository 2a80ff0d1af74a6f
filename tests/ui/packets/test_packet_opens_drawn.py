"""Prepare packet… opens on the packet itself, drawn at once, not on an empty grey preview."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument

from ui.packets.packet_dialog import PacketDialog
from ui.shell.main_window import MainWindow


def test_the_packet_is_drawn_as_the_dialog_opens(qtbot, demo_window: MainWindow) -> None:
    demo_window.select_first_customer()
    tools = demo_window.customer_tools[3]
    tools.action.trigger()
    [dialog] = [d for d in tools.dialogs if isinstance(d, PacketDialog)]
    try:
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=120_000)
        qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
        assert dialog.document.pageCount() >= 2
    finally:
        dialog.wait_for_worker()
        dialog.done(0)
