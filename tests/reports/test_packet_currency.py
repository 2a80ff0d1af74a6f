"""A packet for an owner outside the dollar world writes their money in their own currency:
its mark, its decimals, never a "$" that a court or a police officer would read as dollars."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.standing.action_records import ActionKind
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text


@pytest.mark.parametrize(
    ("currency", "refund", "written", "not_written"),
    [
        ("PLN", "1234.5", "zł 1,234.50", "$1,234.50"),
        ("SEK", "1234.5", "SEK 1,234.50", "$1,234.50"),
        ("KRW", "35000", "₩35,000", "35,000.00"),
        ("HUF", "15000", "Ft 15,000", "15,000.00"),
    ],
)
def test_the_termination_packet_writes_the_owners_own_money(
    packet_subject: PacketSubject, currency: str, refund: str, written: str, not_written: str
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    services.settings.update({"currency": currency})
    services.actions.log(customer, ActionKind.REFUND, reference="RF-1", amount=Decimal(refund))
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert f"Refund {written}" in text
    assert f"We are refunding {written} to your original method of payment" in text
    assert not_written not in text
    assert re.search(r"\$\s?\d", text) is None
