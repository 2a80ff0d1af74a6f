"""A withdrawn contact's line among the corrections is redacted like every other line: by a
rule for that one contact too, and before its words are shortened, so a name cut in half by
the shortening ("Alice Bro…") cannot slip past the rule that names it whole."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def _packet_text(services: Services, customer: int, *rules: Redaction) -> str:
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL, redactions=rules))
    return flat(" ".join(pdf_text(made.pdf.data)))


def test_a_rule_for_one_contact_reaches_its_withdrawn_line(services: Services) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("You will regret this.", AT))
    wrong = services.contacts.log(customer, inbound("Robin Vale says hello from the shop.", AT))
    services.contacts.withdraw(wrong, "Robin Vale's message, logged under Pat by mistake")
    text = _packet_text(services, customer, Redaction("Robin Vale", wrong, "another customer"))
    assert "withdrawn by the owner" in text
    assert "Robin" not in text and "Vale" not in text


def test_a_name_cut_by_the_shortening_is_still_redacted(services: Services) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("You will regret this.", AT))
    words = "x" * 110 + " Alice Brown will hear about this from all of us at the market."
    wrong = services.contacts.log(customer, inbound(words, AT))
    services.contacts.withdraw(wrong, "logged twice")
    text = _packet_text(services, customer, Redaction("Alice Brown", None, "staff"))
    assert "withdrawn by the owner" in text
    assert "Alice" not in text and "Bro" not in text
