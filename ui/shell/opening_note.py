"""What opening the log did beside it (a stray file set aside), said once above the log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.shell.main_window import MainWindow
from ui.shell.status_colours import Tone, show_as_banner


def install_opening_note(window: MainWindow) -> None:
    note = str(getattr(window.services.store, "opening_note", "") or "")
    reason = window.services.store.read_only_reason
    if not note or (reason and reason in note):
        return  # the read-only banner says it already
    banner = QLabel(note)
    banner.setObjectName("opening_note_banner")
    banner.setTextFormat(Qt.TextFormat.PlainText)  # it carries a file name from the disk
    banner.setWordWrap(True)
    show_as_banner(banner, Tone.INFO)
    window.centralWidget().layout().insertWidget(0, banner)  # type: ignore[union-attr]
    window.opening_note = banner  # type: ignore[attr-defined]
