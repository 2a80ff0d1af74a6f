"""The owner types a phone number or an order number in plain digits in the search dialog: the
contact where the customer wrote it in Arabic-Indic digits, or in half-width katakana beside
it, is a row of the results, the number marked as written; the customer whose name is exactly
what was typed is the first row however many others repeat the name."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.search_dialog import HTML_ROLE, SearchDialog

AT = datetime(2026, 10, 7, 10, 0, tzinfo=UTC)


def _rows(qtbot, services: Services, query: str, role: int = 0) -> list[str]:
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText(query)
    dialog.run_search()
    return [dialog.model.index(row).data(role) for row in range(dialog.model.rowCount())]


def test_a_number_in_arabic_indic_digits_is_a_row(qtbot, services: Services) -> None:
    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("Call me on ٠٤١٢ ٥٥٥ ٠١٩ or I come over", AT))
    services.contacts.log(customer, inbound("Call me on 0412 555 018", AT))
    for typed in ("0412 555 019", "0412555019"):
        [row] = [row for row in _rows(qtbot, services, typed, HTML_ROLE) if "Pat" in row]
        assert "٠٤١٢ ٥٥٥ ٠١٩" in row
        assert "<b>" in row


def test_an_exact_name_is_the_first_row(qtbot, services: Services) -> None:
    services.customers.add(Customer(name="Sam Lee"))
    for at in range(230):
        services.customers.add(Customer(name=f"Sam Leeson {at}", notes="sam lee"))
    rows = [row for row in _rows(qtbot, services, "sam lee") if row.startswith("Customer: ")]
    assert rows[0].removeprefix("Customer: ").split("\n")[0].strip("\u2068\u2069") == "Sam Lee"
