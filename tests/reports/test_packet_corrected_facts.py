"""A correction that changes direction, severity or categories is printed in the packet with
what changed, the first value and the new one, as the contact window says it: a physical threat
downgraded to a rude reply never reads as if it had always been so."""

from __future__ import annotations

import json
from dataclasses import replace
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
CHANGED = (
    "changed: direction: From the customer → From us; severity: 5 · threatening → 2 · rude; "
    "categories: Abusive language, Threat of physical harm → Abusive language"
)


def test_a_downgraded_threat_says_what_it_was_first_logged_as(
    services: Services, clock: FakeClock
) -> None:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    clock.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@h.example",)))
    first = ContactDetails(
        occurred_at=datetime(2026, 11, 19, 8, 54, tzinfo=UTC),
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        text=THREAT,
        summary="Threat against a staff member",
        categories=(Category.ABUSE, Category.THREAT_PHYSICAL),
        severity=5,
    )
    contact = services.contacts.log(victor, first)
    services.contacts.log(victor, replace(first, text="You are useless.", severity=3))
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    services.contacts.correct(
        contact,
        replace(first, direction=Direction.OUTBOUND, severity=2, categories=(Category.ABUSE,)),
        "wrong direction and severity",
    )
    made = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    entry = text.split("Chronological log", 2)[-1].split(f"#{contact} ·", 1)[1][:900]
    assert "(reason given: wrong direction and severity)" in entry
    assert CHANGED in entry, entry
    record = next(c for c in json.loads(contacts_json(made.data))["contacts"] if c["id"] == contact)
    assert CHANGED in json.dumps(record, ensure_ascii=False)
