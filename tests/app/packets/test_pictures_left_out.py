"""A packet whose pictures were left out is recorded as such when it is handed on: its action
in the ledger says so, and every later packet's chain of custody tells which copy held a
picture only as a line of words."""

from __future__ import annotations

import io
import zipfile

from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle, exhibit_path
from app.packets.data import PacketKind
from app.packets.making import log_packet, make_packet
from app.standing.action_records import ActionKind
from app.standing.action_text import action_title
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text


def test_the_packet_handed_on_records_that_its_pictures_were_left_out(
    packet_subject: PacketSubject,
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL, leave_pictures_out=True))
    assert log_packet(services, made, "saved")
    (action,) = [a for a in services.actions.for_customer(customer) if a.kind is ActionKind.PACKET]
    assert action.details["pictures"] == "left out"
    # The window's log and actions tab, and `steady customer show`, say it too.
    assert action_title(action) == "Packet prepared, pictures left out"
    # The action's record, the option with it, is covered by its ledger entry's digest.
    (entry,) = services.store.ledger.entries("action", action.id)
    assert entry.detail["reference"] == made.data.number
    assert services.verify().ok

    # The next packet draws the picture, and says the first one held it only in words.
    later = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(later.pdf.data)))
    first = made.data.number
    assert "Legal referral packet saved as a PDF, pictures left out" in text
    assert f"{first} (" in text and "picture left out)" in text
    # The saved email was in the first packet whole: its chain of custody says nothing more.
    assert text.count("picture left out)") == 1


def test_a_packet_that_draws_its_pictures_records_nothing_more(
    packet_subject: PacketSubject,
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    assert log_packet(services, made, "printed")
    (action,) = [a for a in services.actions.for_customer(customer) if a.kind is ActionKind.PACKET]
    assert "pictures" not in action.details
    assert action_title(action) == "Packet prepared"


def test_the_bundle_of_a_packet_leaving_pictures_out_holds_them_and_says_so(
    packet_subject: PacketSubject,
) -> None:
    services, customer = packet_subject.services, packet_subject.customer_id
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL, leave_pictures_out=True))
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    (picture,) = [e for e in made.data.exhibits if e.is_image]
    assert archive.read(exhibit_path(picture)) == picture.data  # the original, as received
    readme = archive.read("README.txt").decode()
    assert (
        f"The packet PDF lists exhibit {picture.number} (pictures) by file name, size and SHA-256"
        in readme
    )
    drawn = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    plain = zipfile.ZipFile(io.BytesIO(build_bundle(drawn.data, drawn.pdf.data, "p.pdf")))
    assert "PICTURES" not in plain.read("README.txt").decode()
