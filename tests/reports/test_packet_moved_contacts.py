"""A contact logged under the wrong customer and moved: the packet of the customer it was moved
to says so wherever it prints the contact as that customer's, and so do contacts.json and
contacts.csv — first logged under another customer, moved when, by whom, and why — never
presenting the words as this customer's with no trace of the move. The other customer's name,
when the owner redacts it, stays out of the move's note too."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.bundle_files import contacts_csv, contacts_json
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

POST = "Seen my post yet? I'm also disputing every payment with my bank. Chargebacks on all six."
OWN = "Where is my refund? I will see you in court over this."


def _moved(services: Services, clock: FakeClock, reason: str) -> tuple[int, int, int]:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    gordon = services.customers.add(Customer(name="Gordon Pryce", emails=("g@p.example",)))
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@h.example",)))
    clock.now = datetime(2026, 6, 22, 9, 0, tzinfo=UTC)

    def log(customer: int, text: str, day: int, category: Category) -> int:
        return services.contacts.log(
            customer,
            ContactDetails(
                occurred_at=datetime(2026, 6, day, 8, 54, tzinfo=UTC),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                text=text,
                categories=(category,),
                severity=4,
            ),
        )

    log(victor, OWN, 20, Category.THREAT_LEGAL)
    moved = log(gordon, POST, 22, Category.THREAT_CHARGEBACK)
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    services.contacts.move(moved, victor, reason)
    return gordon, victor, moved


def test_a_moved_contact_says_where_it_was_first_logged_in_the_pdf_and_the_bundle(
    services: Services, clock: FakeClock
) -> None:
    gordon, victor, moved = _moved(services, clock, "Logged under the wrong customer")
    made = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    told = (
        f"First logged under another customer (customer no. {gordon} in the log) on 2026-06-22; "
        "moved to this customer"
    )
    # Its log entry, the worst of what the customer wrote and the narrative: every place the
    # words are printed as this customer's.
    assert text.count(told) >= 2
    assert "on 2026-11-27 by " in text and "(reason given: Logged under the wrong customer)" in text
    log = text.split("Chronological log", 1)[-1]
    entry = log.split(f"#{moved} ·", 1)[1]
    assert told in entry[:600]
    worst = text.split("The worst of what the customer wrote", 1)[1].split("Reports already", 1)[0]
    assert told in worst
    certification = text.split("Certification of records", 1)[1].split("penalty of perjury")[0]
    assert (
        f"Contact #{moved} was first logged under another customer and later moved to this one"
        in certification
    )
    narrative = flat(made.data.narrative)
    # The account in the business's own words says it in a short sentence of its own; the
    # entry in the log gives by whom and why.
    assert f"Victor Hale wrote: “{POST}”. This message was first logged under another customer" in (
        narrative
    )

    record = next(c for c in json.loads(contacts_json(made.data))["contacts"] if c["id"] == moved)
    assert record["moved"].startswith(told)
    assert "(reason given: Logged under the wrong customer)" in record["moved"]
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(contacts_csv(made.data)[1:]))}
    assert rows[str(moved)]["moved"] == record["moved"]
    # A contact that was never moved says nothing of a move.
    assert all(row["moved"] == "" for key, row in rows.items() if key != str(moved))


def test_the_other_customers_name_stays_redacted_in_the_move(
    services: Services, clock: FakeClock
) -> None:
    _, victor, moved = _moved(services, clock, "It was Gordon Pryce's email, not Victor's")
    options = PacketOptions(PacketKind.LEGAL, redactions=(Redaction("Gordon Pryce"),))
    made = make_packet(services, victor, options)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "(reason given: It was [redacted]'s email, not Victor's)" in text
    assert "Gordon" not in text
    bundled = contacts_json(made.data) + contacts_csv(made.data)
    assert "Gordon" not in bundled
    assert "(reason given: It was [redacted]'s email" in bundled
    assert any(c.id == moved and c.moves for c in made.data.contacts)
