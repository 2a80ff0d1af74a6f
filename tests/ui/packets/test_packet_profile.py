"""The packet window says, before it draws anything, that the business profile the packet is
signed with is not filled in, and where to fill it in."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Customer
from app.packets.data import PacketKind
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import PacketSubject
from ui.packets.packet_dialog import PacketDialog


def _open(qtbot, services: Services, customer_id: int) -> PacketDialog:  # type: ignore[no-untyped-def]
    dialog = PacketDialog(services, customer_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_packet_before_the_business_profile_names_what_is_missing_and_where(
    qtbot, services: Services
) -> None:
    customer_id = services.customers.add(Customer(name="Dana Whitlock"))
    services.contacts.log(
        customer_id, inbound("See you in court.", datetime(2026, 10, 1, tzinfo=UTC))
    )
    dialog = _open(qtbot, services, customer_id)
    try:
        dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.TERMINATION.value))
        status = dialog.status.text()
        assert status.startswith("Press Preview (F5) to see the packet.\n")
        assert "Your business name is not set" in status
        assert "Settings › Business profile" in status
        assert "no one to contact" not in status
        dialog.kind.setCurrentIndex(dialog.kind.findData(PacketKind.LEGAL.value))
        assert "The reader has no one to contact: your name and a phone number" in (
            dialog.status.text()
        )
    finally:
        dialog.done(0)


def test_a_filled_profile_adds_nothing_to_the_first_words(
    qtbot, packet_subject: PacketSubject
) -> None:
    dialog = _open(qtbot, packet_subject.services, packet_subject.customer_id)
    try:
        for kind in PacketKind:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
            assert dialog.status.text() == "Press Preview (F5) to see the packet."
    finally:
        dialog.done(0)
