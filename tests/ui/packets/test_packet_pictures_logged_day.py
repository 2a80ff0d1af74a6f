"""The packet window counts the pictures a packet would print by the day each contact was
logged on, in its own zone, as the packet picks them: a screenshot logged in New York on the
evening of 20 November is in a packet of the 20th made on a laptop in Tokyo (where it is
already the 21st), and the window warns that it would print; a packet of the 21st holds no
picture, and the window says nothing."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel, Customer
from app.packets.data import Redaction
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import png
from ui.packets.packet_dialog import PacketDialog


@pytest.fixture
def logged_in_new_york(
    services: Services, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[int]:
    """A post with its screenshot logged at 20:30 on 20 November in New York, then the laptop
    moved to Tokyo (10:30 on the 21st there)."""
    clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    customer = services.customers.add(Customer(name="Pat Example", handles=("X: @pat_rants",)))
    services.contacts.log(
        customer,
        inbound(
            "Avoid this shop.", datetime(2026, 11, 20, 20, 30).astimezone(), channel=Channel.SOCIAL
        ),
        [NewAttachment("post.png", png(), "image/png")],
    )
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield customer
    monkeypatch.undo()
    time.tzset()


def _warning_for(dialog: PacketDialog, day: QDate) -> str:
    dialog.whole_log.setChecked(False)
    dialog.date_from.setDate(day)
    dialog.date_to.setDate(day)
    warning = dialog.redactions.pictures_warning
    return warning.text() if warning.isVisible() else ""


def test_the_picture_count_follows_the_day_the_packet_prints(
    qtbot, services: Services, logged_in_new_york: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = PacketDialog(services, logged_in_new_york)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.redactions)
    dialog.redactions.add(Redaction("pat_rants", None, "the customer's handle"))

    said = _warning_for(dialog, QDate(2026, 11, 20))
    assert said.startswith("1 picture in this packet would be printed as received")
    made = make_packet(services, logged_in_new_york, dialog.options())
    assert [e.filename for e in made.data.exhibits if e.is_image] == ["post.png"]

    assert _warning_for(dialog, QDate(2026, 11, 21)) == ""
    dialog.done(0)


def test_the_period_offered_is_the_day_the_packet_prints(
    qtbot, services: Services, logged_in_new_york: int
) -> None:  # type: ignore[no-untyped-def]
    """Unticking "Whole log" offers the days the packet gives its contacts: in Tokyo it
    offered the 21st, and a packet of the 21st holds nothing."""
    dialog = PacketDialog(services, logged_in_new_york)
    qtbot.addWidget(dialog)
    dialog.whole_log.setChecked(False)
    assert dialog.date_from.date() == QDate(2026, 11, 20)
    assert dialog.date_to.date() == QDate(2026, 11, 20)
    made = make_packet(services, logged_in_new_york, dialog.options())
    assert len(made.data.contacts) == 1
    dialog.done(0)
