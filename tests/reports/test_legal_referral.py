"""The legal referral reads as a referral: a one-page summary first, the five signs each
with its evidence, a chain of custody for each exhibit, and no termination question."""

from __future__ import annotations

import pytest

from app.demo.fill import fill_demo
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import MadePacket, make_packet
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.packet_fixtures import flat, pdf_text


@pytest.fixture
def pryce(services: Services) -> MadePacket:
    fill_demo(services)
    (customer,) = [c for c in services.customers.page(0, 10) if c.name == "Gordon Pryce"]
    services.actions.log(
        customer.id, ActionKind.POLICE_REPORT, reference="PR-2026-118", by="Jordan Ellis"
    )
    services.actions.log(
        customer.id,
        ActionKind.PLATFORM_REPORT,
        reference="HT-5531",
        details={"platform": "HostTalk"},
    )
    return make_packet(services, customer.id, PacketOptions(PacketKind.LEGAL))


def test_the_first_page_after_the_cover_is_a_summary_for_the_reader(pryce: MadePacket) -> None:
    pages = [flat(t) for t in pdf_text(pryce.pdf.data)]
    summary = pages[1]
    for must in (
        "Summary for the reader",
        "Reported by Larkspur Files, Jordan Ellis",
        "About Gordon Pryce, account LF-20931",
        "Demand out of proportion 2",
        "The worst of what the customer wrote",
        "WARNING: Larkspur Files is a SCAM",
        "(Exhibit 1)",
        "Police report, reference PR-2026-118",
        "Report to a platform, reference HT-5531 (HostTalk)",
        "What the business asks for",
    ):
        assert must in summary, must
    everything = " ".join(pages)
    assert "grounds to end the relationship" not in everything


def test_the_five_signs_each_carry_their_evidence(pryce: MadePacket) -> None:
    text = flat("\n".join(pdf_text(pryce.pdf.data)))
    for heading in (
        "1. A demand out of proportion",
        "2. Threats",
        "3. Public posts and reviews",
        "4. Harassment of other customers",
        "5. A pattern over time",
    ):
        assert heading in text, heading
    assert "Demanded $500.00 on $59.94 paid in all" in text
    assert "untrue" not in text and "defamatory" not in text
    assert "Messages per week" in text
    # The post is printed once in its section and once in the full log, not more.
    assert text.count("I will keep posting this on every forum until they pay up.") == 2


def test_each_exhibit_has_a_chain_of_custody_line(pryce: MadePacket) -> None:
    pages = [flat(t) for t in pdf_text(pryce.pdf.data)]
    (exhibit_page,) = [t for t in pages if "EXHIBIT 1" in t and "Chain of custody" in t]
    assert "forum-post-gpryce.png" in exhibit_page
    # Who stored the file and on which computer, as the ledger recorded it then.
    import getpass
    import platform

    assert f"by: {getpass.getuser()} on {platform.node()}" in exhibit_page


def test_the_pattern_chart_marks_the_warning_and_the_police_report(packet_subject) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    services = packet_subject.services
    services.actions.log(
        packet_subject.customer_id,
        ActionKind.POLICE_REPORT,
        reference="PR-9",
        occurred_at=datetime(2026, 3, 14, 12, 0, tzinfo=UTC),
    )
    made = make_packet(services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL))
    (page,) = [flat(t) for t in pdf_text(made.pdf.data) if "Messages per week" in t]
    assert "warning" in page and "police" in page


def test_custody_names_only_packets_handed_on_after_the_file_was_stored(
    services: Services,
) -> None:
    from datetime import UTC, datetime

    fill_demo(services)
    (customer,) = [c for c in services.customers.page(0, 10) if c.name == "Gordon Pryce"]
    # A packet handed on in January cannot have held a file stored today.
    services.actions.log(
        customer.id,
        ActionKind.PACKET,
        reference="L-OLD-1",
        occurred_at=datetime(2026, 1, 5, 12, 0, tzinfo=UTC),
    )
    services.actions.log(customer.id, ActionKind.PACKET, reference="L-AFTER-2")
    made = make_packet(services, customer.id, PacketOptions(PacketKind.LEGAL))
    pages = [flat(t) for t in pdf_text(made.pdf.data)]
    (exhibit_page,) = [t for t in pages if "EXHIBIT 1" in t and "Chain of custody" in t]
    assert "since it was stored: L-AFTER-2" in exhibit_page
    assert "L-OLD-1" not in exhibit_page


def test_the_demand_is_what_was_asked_for_not_the_largest_sum_written(
    services: Services,
) -> None:
    """The other side's lawyer reads "Demanded $2,000.00" against a mail asking for $19.95 back
    and the packet loses its credibility; a sum in euros is not the owner's dollars."""
    from datetime import timedelta
    from decimal import Decimal

    from app.core.domain import Category, Customer
    from tests.helpers.fixtures import FakeClock, inbound

    now = FakeClock()()
    dora = services.customers.add(Customer(name="Dora Loyal", amount_paid=Decimal("19.95")))
    for days, words in (
        (3, "I have spent over $2,000 in your shop over the years, and all I ask is a refund of "
            "the $19.95 for the cushion that arrived torn."),
        (2, "I paid 19.95 dollars and the shipping was 45 euros?! Refund the 45 euros now."),
        (1, "I want $500 compensation for a $19.95 cushion or I go to the papers."),
    ):  # fmt: skip
        services.contacts.log(
            dora,
            inbound(
                words,
                now - timedelta(days=days),
                categories=(Category.DISPROPORTIONATE_DEMAND,),
                severity=3,
            ),
        )
    made = make_packet(services, dora, PacketOptions(PacketKind.LEGAL))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert "Demanded $500.00 on $19.95 paid in all" in text
    assert "$2,000.00" not in text and "$45.00" not in text
    assert "Asked for in this message: $19.95" in text
    assert "Asked for in this message: $500.00" in text
