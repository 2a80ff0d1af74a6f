"""The termination packet's severity chart draws a severity Steady's word check gave a message,
never reviewed, as a hollow point and says so under the chart; once the owner keeps the
suggestion, the point is theirs and nothing is said. The owner's own rating is never hollow."""

from __future__ import annotations

from app.core.domain import Category
from app.importing.review import SuggestionReview
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from reports.charts import SUGGESTED_NOTE
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own

NOTE = "Hollow points: severity suggested by Steady's word check, not reviewed"


def _made(services: Services, customer_id: int) -> tuple[str, list[tuple[int, bool]]]:
    made = make_packet(services, customer_id, PacketOptions(kind=PacketKind.TERMINATION))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    chart = text.split("Severity of each message from the customer, over time", 1)[1]
    return chart[:400], [(p.severity, p.suggested) for p in made.data.severity]


def test_the_word_checks_severity_is_hollow_and_named_under_the_chart(
    services: Services,
) -> None:
    customer_id, _ = customer_with_waiting(services)
    log_owners_own(services, customer_id)
    chart, points = _made(services, customer_id)
    assert SUGGESTED_NOTE == NOTE
    assert NOTE in chart
    assert points == [(3, True), (3, False)]


def test_kept_by_the_owner_nothing_is_hollow(services: Services) -> None:
    customer_id, contact_id = customer_with_waiting(services)
    log_owners_own(services, customer_id)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, keep=True)
    chart, points = _made(services, customer_id)
    assert NOTE not in chart
    assert points == [(3, False), (3, False)]
