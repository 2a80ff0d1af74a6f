"""A threat at the end of a long message is quoted where the summary quotes the message: a
long polite paragraph written first never keeps it off the reader's first page."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Category, Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

COMPLAINT = "I ordered the blue bicycle in October and it arrived with a scratched frame. "
THREAT = "If I do not hear from you today, I will burn your shop down tonight."


def _summary(services: Services, text: str, *categories: Category) -> str:
    customer_id = services.customers.add(Customer(name="Rex Hostile", emails=("rex@r.example",)))
    at = datetime(2026, 10, 28, 10, 0, tzinfo=UTC)
    services.contacts.log(
        customer_id, inbound(text, at, categories=categories, severity=5 if categories else 1)
    )
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    return text.split("The worst of what the customer wrote", 1)[1].split("Reports already", 1)[0]


def test_the_worst_quote_shows_the_threat_at_the_end_of_a_long_message(
    services: Services,
) -> None:
    summary = _summary(services, COMPLAINT * 40 + "\n\n" + THREAT, Category.THREAT_VANDALISM)
    assert f"“...{THREAT}”" in summary
    assert "blue bicycle" not in summary


def test_a_threat_in_the_middle_is_quoted_from_its_sentence_and_cut_after(
    services: Services,
) -> None:
    text = COMPLAINT * 10 + THREAT + " " + COMPLAINT * 10
    summary = _summary(services, text, Category.THREAT_VANDALISM)
    assert f"“...{THREAT} I ordered the blue bicycle" in summary
    assert summary.count("blue bicycle") <= 4  # cut about 300 characters on


def test_a_long_message_without_a_threat_is_quoted_from_its_start(services: Services) -> None:
    summary = _summary(services, COMPLAINT * 10 + "Please call me back.")
    assert f"“{COMPLAINT}I ordered" in summary
    assert "Please call me back" not in summary
