"""Every figure a packet prints agrees with the contacts in it, and says what it leaves out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.core.domain import Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text


def test_a_period_packet_states_the_range_and_what_it_leaves_out(
    packet_subject: PacketSubject,
) -> None:
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, date_from=date(2026, 3, 3), date_to=date(2026, 3, 6)),
    )
    text = flat("\n".join(pdf_text(made.pdf.data)))
    everything = packet_subject.services.contacts.page_for_customer(
        packet_subject.customer_id, 0, 100
    )
    inside = len(made.data.contacts)
    assert inside == 4
    assert "Period covered 2026-03-03 to 2026-03-06 (the period asked for)" in text
    assert (
        flat(
            f"{len(everything) - inside} contacts outside the period (2 before, "
            f"{len(everything) - inside - 2} after) are not in this packet; the whole log holds "
            f"{len(everything)} contacts."
        )
        in text
    )
    # The cost line counts the same messages the packet prints.
    assert flat("What the contacts in this packet cost: 4 messages over 4 days, 40 min") in text
    assert "holds 4 contacts" in text and "1 exhibit" not in text.replace("0 exhibits", "")


def test_the_volume_chart_baseline_leaves_the_customer_out_and_says_what_it_is(
    packet_subject: PacketSubject,
) -> None:
    services = packet_subject.services
    for n in range(3):  # three quiet customers, one message each in March
        other = services.customers.add(Customer(name=f"Quiet {n}"))
        services.contacts.log(
            other,
            ContactDetails(
                occurred_at=datetime(2026, 3, 10, 9, 0, tzinfo=UTC),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                text="Thanks!",
            ),
        )
    made = make_packet(services, packet_subject.customer_id, PacketOptions(PacketKind.TERMINATION))
    (march,) = made.data.monthly
    assert march.average_customer == 1.0  # 3 messages / 3 other customers, Pat not counted
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert "Months shown: Mar 2026 to Mar 2026, the whole period of this packet" in text
    assert "the average over the 3 other customers in Steady" in text


def test_logged_refund_actions_and_plain_notes_in_the_termination_packet(
    packet_subject: PacketSubject,
) -> None:
    from decimal import Decimal

    from app.packets.making import log_packet
    from app.standing.action_records import ActionKind

    services, customer = packet_subject.services, packet_subject.customer_id
    services.actions.log(customer, ActionKind.REFUND, reference="RF-1", amount=Decimal("49"))
    first = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    log_packet(services, first, "saved")
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    assert made.data.termination is not None
    assert made.data.termination.refund == Decimal("49")
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert "Refund $49.00" in text
    assert "We are refunding $49.00" in text
    assert "Actions taken" in text and "RF-1" in text
    assert "Legal referral packet saved as a PDF" in text
    for internal in ("generated_at:", "how: saved", "sha256:", "pages:"):
        assert internal not in text, internal


def test_many_contact_numbers_are_grouped_not_a_wall(packet_subject: PacketSubject) -> None:
    from reports.contact_sections import contact_refs

    services, customer = packet_subject.services, packet_subject.customer_id
    ids = [
        services.contacts.log(
            customer,
            ContactDetails(
                occurred_at=datetime(2026, 3, 25, 9, n, tzinfo=UTC),
                channel=Channel.PHONE,
                direction=Direction.INBOUND,
                text=f"Call {n}",
            ),
        )
        for n in range(40)
    ]
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    assert contact_refs(made.data, ids) == f"2026-03-25: #{ids[0]}–#{ids[-1]} (40)"


def test_the_paper_asked_for_wins_over_the_setting(packet_subject: PacketSubject) -> None:
    import io

    from pypdf import PdfReader

    packet_subject.services.settings.update({"paper_size": "A4"})
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.LEGAL, paper="Letter"),
    )
    box = PdfReader(io.BytesIO(made.pdf.data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
