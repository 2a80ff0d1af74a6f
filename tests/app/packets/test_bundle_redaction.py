"""The warning before a bundle is exported: which original files still hold redacted words,
found as the PDF's redaction found them."""

from __future__ import annotations

from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.bundle import originals_with_redacted_text
from app.packets.data import PacketKind, Redaction
from tests.helpers.packet_fixtures import PacketSubject


def _originals(subject: PacketSubject, *rules: Redaction) -> list[int]:
    data = assemble_packet(
        subject.services,
        subject.customer_id,
        PacketOptions(PacketKind.LEGAL, redactions=rules),
    )
    return originals_with_redacted_text(data)


def test_an_original_is_named_when_it_holds_the_words_in_any_spacing(
    packet_subject: PacketSubject,
) -> None:
    # The saved email (exhibit 1) reads "Staff member Robin lives at 9 Elm Lane."
    assert _originals(packet_subject, Redaction("Robin \n lives")) == [1]
    assert _originals(packet_subject, Redaction("9\u00a0Elm Lane")) == [1]


def test_an_original_is_not_named_for_part_of_another_word(packet_subject: PacketSubject) -> None:
    assert _originals(packet_subject, Redaction("Rob")) == []
    email = packet_subject.contact_ids["email"]
    assert _originals(packet_subject, Redaction("Robin", contact_id=email + 1)) == []
    assert _originals(packet_subject, Redaction("Robin", contact_id=email)) == [1]
