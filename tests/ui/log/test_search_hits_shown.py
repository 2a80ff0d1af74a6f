"""A search hit reads as the customer page does: addresses and phone numbers as written, and a
name or message that carries direction controls kept from turning the line around."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.search_dialog import HTML_ROLE, SearchDialog
from ui.shell.plain_text import FIRST_STRONG_ISOLATE, POP_ISOLATE

AT = datetime(2026, 10, 7, 10, 0, tzinfo=UTC)


def _rows(qtbot, services: Services, query: str) -> list[str]:
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText(query)
    dialog.run_search()
    return [dialog.model.index(row).data(HTML_ROLE) for row in range(dialog.model.rowCount())]


def test_customer_details_are_shown_as_written_not_as_stored(qtbot, services: Services) -> None:
    services.customers.add(
        Customer(name="Renée Roe", phones=("+1 555 010 2233",), emails=("bob@shop.example",))
    )
    for query in ("555", "bob@shop"):
        hits = services.search(query, prefix=True)
        assert [hit.kind for hit in hits] == ["customer"]
        shown = hits[0].snippet.replace("\x02", "").replace("\x03", "")
        assert shown in ("+1 555 010 2233", "bob@shop.example")
        (row,) = _rows(qtbot, services, query)
        assert "[" not in row and "&quot;" not in row


def test_a_right_to_left_override_in_a_name_stays_inside_the_name(
    qtbot, services: Services
) -> None:
    sam = services.customers.add(Customer(name="Sam \u202eKcalb"))
    services.contacts.log(sam, inbound("Pay my \u202erefund now", AT, summary="Refund demand"))
    (row,) = _rows(qtbot, services, "refund")
    heading, snippet = row.split("<br>")
    # The name and the subject each end their own isolate before the date and channel.
    name_end = heading.index(POP_ISOLATE)
    assert heading.index(FIRST_STRONG_ISOLATE) < heading.index("Kcalb") < name_end
    assert name_end < heading.index(" · ") < heading.index("Email")
    assert snippet.count(FIRST_STRONG_ISOLATE) == snippet.count(POP_ISOLATE) == 1
    assert snippet.index("\u202e") < snippet.index(POP_ISOLATE)
