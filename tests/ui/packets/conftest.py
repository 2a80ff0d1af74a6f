"""The packet dialog on the packet fixtures' customer, closed after each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.packet_fixtures import PacketSubject
from ui.packets.packet_dialog import PacketDialog


@pytest.fixture
def dialog(qtbot, packet_subject: PacketSubject) -> Iterator[PacketDialog]:  # type: ignore[no-untyped-def]
    opened = PacketDialog(packet_subject.services, packet_subject.customer_id)
    # Closed as Steady closes it, not as the owner would: no question about typed words.
    qtbot.addWidget(opened, before_close_func=lambda shown: shown.done(0))
    yield opened
    opened.done(0)
