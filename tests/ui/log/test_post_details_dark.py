"""The post details dialog's "I know when it was posted" box shows in dark mode: on Qt's own
outline an empty box was a grey square on a grey window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import log_post_screenshot
from tests.ui.shell.test_visible_boxes import (  # noqa: F401  (dark_first is a fixture)
    NON_TEXT_CONTRAST,
    _outline_contrast,
    dark_first,
)
from ui.log.evidence_facts import PostDetailsDialog


@pytest.mark.usefixtures("dark_first")
def test_the_post_time_box_shows_in_dark_mode(qtbot: QtBot, services: Services) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    contact_id = log_post_screenshot(services, customer, datetime(2026, 10, 1, 12, tzinfo=UTC))
    dialog = PostDetailsDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.time_known.isChecked()
    contrast = _outline_contrast(dialog.time_known, QStyle.SubElement.SE_CheckBoxIndicator)
    assert contrast >= NON_TEXT_CONTRAST
