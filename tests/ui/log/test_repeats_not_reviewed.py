"""A folded group of the same message sent again and again says "Not reviewed" when any copy
has categories Steady suggested that nobody kept or cleared, without being opened."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from app.core.domain import Category, Channel
from app.importing.review import SuggestionReview
from app.importing.typed_words import SuggestedLog, suggestions_for, with_suggestions
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.log_warnings import LogWarnings
from ui.log.timeline import TimelineModel
from ui.log.timeline_text import REPEAT_ROLE, WARNING_ROLE
from ui.shell.paged_rows import FIRST_PAGE_SIZE

START = datetime(2026, 6, 10, 9, 0, tzinfo=UTC)
SUED = "I will sue you for every penny you took from me."


def _log_sued(services: Services, customer_id: int, at: datetime) -> int:
    details = inbound(SUED, at, channel=Channel.SOCIAL)
    suggestions = suggestions_for(details)
    assert [s.category for s in suggestions] == [Category.THREAT_LEGAL]
    details = with_suggestions(details, suggestions, severity_given=False)
    return SuggestedLog(services.store, services.contacts).log(
        customer_id, details, (), suggestions
    )


def _folded(services: Services, customer_id: int) -> TimelineModel:
    model = TimelineModel(services.contacts)
    model.set_warning_source(LogWarnings(services))
    model.show_customer(customer_id)
    model.set_repeats(customer_id, services.assessor.view(customer_id).repeats)
    return model


def _group_row(model: TimelineModel) -> int:
    rows = [row for row in range(model.rowCount()) if model.index(row).data(REPEAT_ROLE)]
    assert len(rows) == 1
    return rows[0]


def test_the_folded_group_says_how_many_copies_wait_for_review(
    qapp, services: Services, customer_id: int
) -> None:
    copies = [_log_sued(services, customer_id, START + timedelta(minutes=i)) for i in range(4)]
    review = SuggestionReview(services.store)
    for contact_id in copies[1:]:  # kept: the category stays, so the copies still group
        review.decide(contact_id, keep=(Category.THREAT_LEGAL,))

    model = _folded(services, customer_id)
    assert model.rowCount() == 1
    said = "Not reviewed: 1 of 4 copies have categories suggested by Steady; open each to keep or clear"
    assert model.index(0).data(WARNING_ROLE) == said
    assert f"⚠ {said}" in model.index(0).data(Qt.ItemDataRole.DisplayRole).splitlines()
    assert said in model.index(0).data(Qt.ItemDataRole.ToolTipRole)

    review.decide(copies[0], keep=(Category.THREAT_LEGAL,))
    model.reload()
    model.set_repeats(customer_id, services.assessor.view(customer_id).repeats)
    assert model.index(0).data(WARNING_ROLE) == ""
    assert "Not reviewed" not in model.index(0).data(Qt.ItemDataRole.DisplayRole)


def test_a_waiting_copy_on_a_page_not_read_yet_still_marks_the_group(
    qapp, services: Services, customer_id: int
) -> None:
    """The oldest copy, the only one waiting, lies past the log's first page: the group's row,
    shown with the newest copy, says so all the same."""
    oldest = _log_sued(services, customer_id, START)
    with services.store.atomic():
        for i in range(FIRST_PAGE_SIZE + 5):
            services.contacts.log(
                customer_id,
                inbound(f"Order {i} question about delivery", START + timedelta(seconds=i + 1)),
            )
    newer = [
        _log_sued(services, customer_id, START + timedelta(hours=2, minutes=i)) for i in (0, 1)
    ]
    review = SuggestionReview(services.store)
    for contact_id in newer:
        review.decide(contact_id, keep=(Category.THREAT_LEGAL,))

    model = _folded(services, customer_id)
    row = _group_row(model)
    assert model.contact_at(row).id == newer[-1]  # type: ignore[union-attr]
    assert oldest not in {model.contact_at(r).id for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert model.index(row).data(WARNING_ROLE).startswith("Not reviewed: 1 of 3 copies")
