"""The packet dialog's tick boxes ("Whole log", "Leave pictures out") show in dark mode: on
Qt's own outline an empty box was a grey square on a grey window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from tests.ui.shell.test_visible_boxes import (  # noqa: F401  (dark_first is a fixture)
    NON_TEXT_CONTRAST,
    _outline_contrast,
    dark_first,
)
from ui.packets.packet_dialog import PacketDialog


@pytest.mark.usefixtures("dark_first")
def test_the_packet_dialog_s_tick_boxes_show_in_dark_mode(
    qtbot: QtBot, dialog: PacketDialog
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    for box in (dialog.whole_log, dialog.redactions.leave_pictures_out):
        box.setChecked(False)
        contrast = _outline_contrast(box, QStyle.SubElement.SE_CheckBoxIndicator)
        assert contrast >= NON_TEXT_CONTRAST, box.text()
