"""Search as you type, matched words highlighted, results opened with Enter or a click."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.search_dialog import HTML_ROLE, SearchDialog, highlighted_html

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def test_matched_words_are_marked_and_the_rest_escaped() -> None:
    html = highlighted_html(f"<script> you {HIT_START}lawyer{HIT_END} & co")
    assert html.startswith("&lt;script&gt; you <span")
    assert ">lawyer</span> &amp; co" in html


def test_results_appear_as_you_type(qtbot, services: Services, customer_id: int) -> None:
    services.contacts.log(customer_id, inbound("My lawyer will call <you>", AT))
    services.customers.add(Customer(name="Lawrence Lawyerly"))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query_edit, "lawy")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    customer_row, contact_row = (dialog.model.index(r).data() for r in range(2))
    assert customer_row.startswith("Customer: Lawrence Lawyerly")
    assert "Pat Example" in contact_row and "My lawyer will call <you>" in contact_row
    assert "&lt;you&gt;" in dialog.model.index(1).data(HTML_ROLE)
    assert dialog.status_label.text().startswith("1 customer and 1 contact found.")
    dialog.results.grab()  # the highlighted results paint


def test_enter_opens_the_contact_and_click_a_customer(
    qtbot, services: Services, customer_id: int
) -> None:
    contact = services.contacts.log(customer_id, inbound("chargeback today", AT))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.query_edit.setText("chargeback")
    with qtbot.waitSignal(dialog.contact_chosen) as chosen:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert chosen.args == [contact, customer_id]

    dialog.query_edit.setText("Pat")
    dialog.run_search()
    with qtbot.waitSignal(dialog.customer_chosen) as picked:
        rect = dialog.results.visualRect(dialog.model.index(0))
        qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picked.args == [customer_id]


def test_nothing_found_says_so(qtbot, services: Services) -> None:
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("zebra")
    dialog.run_search()
    assert dialog.status_label.text() == "Nothing matches “zebra”."


def test_results_model_is_a_valid_qt_model(
    qtmodeltester, services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound("refund refund", AT))
    dialog = SearchDialog(services)
    dialog.query_edit.setText("refund")
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    dialog.deleteLater()
