"""Every sentence that counts the customer's messages gives them the same span of days."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from app.core.domain import Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.packet_fixtures import _details, flat, pdf_text

# Local times, as the packet prints them: late one evening, the next evening, our reply after.
FIRST = datetime(2026, 10, 16, 22, 30).astimezone()


def test_the_messages_span_from_the_first_to_the_last_in_every_sentence(
    services: Services,
) -> None:
    customer = services.customers.add(Customer(name="Tasha Morrow"))
    for hours in (0, 1, 20, 23):  # 16 Oct 22:30 … 17 Oct 21:30: two calendar days, 23 hours
        services.contacts.log(
            customer, _details("Answer me now!!", FIRST + timedelta(hours=hours), severity=3)
        )
    reply = _details(
        "We have looked into it.", FIRST + timedelta(days=2), direction=Direction.OUTBOUND
    )
    services.contacts.log(customer, reply)
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert set(re.findall(r"4 messages (?:from the customer )?over (\d+) days?", text)) == {"2"}
    assert "4 times between 2026-10-16 and 2026-10-17" in text
    assert "Between 16 October 2026 and 17 October 2026, Tasha Morrow contacted us 4 times" in text
