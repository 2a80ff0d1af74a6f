"""A contact moved to another customer by mistake and moved back is printed as logged under
this customer, moved away and back, with both reasons: never as "first logged under another
customer" naming the packet's own customer as the other one."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.bundle_files import contacts_json
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

THREAT = "Tell Sam to watch himself. I'll be waiting for him there."


def test_moved_away_and_back_says_so_and_never_another_customer(
    services: Services, clock: FakeClock
) -> None:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    clock.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@h.example",)))
    gordon = services.customers.add(Customer(name="Gordon Pryce", emails=("g@p.example",)))
    contact = services.contacts.log(
        victor,
        ContactDetails(
            occurred_at=datetime(2026, 11, 19, 8, 54, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=THREAT,
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
    )
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    services.contacts.move(contact, gordon, "wrong customer")
    services.contacts.move(contact, victor, "no, it was Victor after all")

    for kind in (PacketKind.LEGAL, PacketKind.TERMINATION):
        made = make_packet(services, victor, PacketOptions(kind))
        text = flat(" ".join(pdf_text(made.pdf.data)))
        assert "first logged under another customer" not in text.lower()
        assert f"customer no. {victor}" not in text
        told = (
            f"Logged under this customer on 2026-11-20; moved to customer no. {gordon} in "
            "Steady on 2026-11-27 by "
        )
        assert told in text
        assert "(reason given: wrong customer); moved back to this customer in Steady on " in text
        assert "(reason given: no, it was Victor after all)" in text
    legal = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(legal.pdf.data)))
    certification = text.split("Certification of records", 2)[-1].split("penalty of perjury")[0]
    assert (
        f"Contact #{contact} was logged under this customer, moved to another and moved back"
        in certification
    )
    assert "This message was moved to another customer and back to this one on 2026-11-27" in (
        flat(legal.data.narrative)
    )
    record = json.loads(contacts_json(legal.data))["contacts"][0]
    assert record["moved"].startswith("Logged under this customer on 2026-11-20; moved to")
