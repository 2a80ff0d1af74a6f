"""After a correction of the customer's words, the assessment quotes them as the packet does (as
first received, saying they were corrected since), and `customer show --full` prints every
version with its reason: the app never quotes two different things as what the customer wrote."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

FIRST = "My lawyer will be in touch. I will sue you for every hour my clients couldn't open files."
LATER = "My lawyer will be in touch."


def test_assess_show_and_packet_quote_the_same_words(
    services: Services, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    clock.now = datetime(2026, 11, 7, 9, 0, tzinfo=UTC)
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@h.example",)))
    details = ContactDetails(
        occurred_at=datetime(2026, 11, 6, 8, 54, tzinfo=UTC),
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        text=FIRST,
        categories=(Category.THREAT_LEGAL,),
        severity=4,
    )
    contact = services.contacts.log(victor, details)
    clock.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    services.contacts.correct(
        contact, replace(details, text=LATER), "typed it from memory; the email says less"
    )
    path = services.store.path

    assert main(["--db", path, "assess", str(victor)]) == 0
    assessed = flat(capsys.readouterr().out)
    assert "“My lawyer will be in touch. I will sue you" in assessed
    assert "(as first received; corrected in Steady since)" in assessed
    assert f"“{LATER}”" not in assessed  # never the business's wording as the customer's

    assert main(["--db", path, "customer", "show", str(victor), "--full"]) == 0
    shown = capsys.readouterr().out
    assert f"  > {LATER}" in shown
    assert "  As first received — replaced on " in shown
    assert "because: typed it from memory; the email says less:" in shown
    assert f"  > {FIRST}" in shown

    made = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "“My lawyer will be in touch. I will sue you" in text
