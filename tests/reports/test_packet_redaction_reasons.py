"""The reason typed for a redaction is printed in the packet's Redactions table with every
rule's words blacked out: a reason names what it hides ("May is our cashier")."""

from __future__ import annotations

from dataclasses import replace

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text


def test_the_reasons_are_printed_redacted_by_every_rule(packet_subject: PacketSubject) -> None:
    email = packet_subject.contact_ids["email"]
    rules = (
        Redaction("Robin", None, "ROBIN is our cashier; she is afraid of the customer"),
        Redaction("9 Elm Lane", None, "9\u00a0Elm\nLane is Róbin's home address"),
        # A rule for one contact: its reason is still printed on a page every reader sees.
        Redaction("Pat Example", email, "Pat Example signs as Pat Example, not a party"),
    )
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.LEGAL, redactions=rules),
    )
    pages = [flat(t) for t in pdf_text(made.pdf.data)]
    (page,) = [t for t in pages if "Redactions The owner removed" in t]
    table = page.split("Places", 1)[1]
    assert "[redacted] is our cashier; she is afraid of the customer" in table
    assert "[redacted] is [redacted]'s home address" in table
    assert "[redacted] signs as [redacted], not a party" in table
    for words in ("ROBIN", "Róbin", "Elm", "Pat Example"):
        assert words not in table
    # The places counted are the packet's own, not the reasons'.
    unexplained = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.LEGAL, redactions=tuple(replace(r, reason="") for r in rules)),
    )
    assert [a.places for a in made.data.redactions] == [
        a.places for a in unexplained.data.redactions
    ]
