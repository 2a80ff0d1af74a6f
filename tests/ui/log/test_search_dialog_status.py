"""The Search dialog's status line says truthfully what the list holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.search_dialog import SearchDialog

RECENT = datetime(2026, 10, 20, 9, 0, tzinfo=UTC)
LONG_AGO = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def test_the_latest_by_date_lead_and_the_cut_is_said(
    qtbot, services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound("Where is my order? Sent this week", RECENT))
    with services.store.atomic():
        for day in range(100):
            services.contacts.log(
                customer_id, inbound("Where is my order?", LONG_AGO + timedelta(days=day))
            )
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("order")
    dialog.run_search()
    assert "Sent this week" in dialog.model.index(0).data()
    assert dialog.status_label.text() == (
        "100 contacts (the latest by date) shown; more match. Add a word to narrow it down. "
        "Click or press Enter to open."
    )


def test_a_pasted_wall_of_text_is_searched_shortened_and_said(
    qtbot, services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound("STOP writing to me", RECENT))
    dialog = SearchDialog(services)
    qtbot.addWidget(dialog)
    dialog.query_edit.setText("STOP " * 3000)
    dialog.run_search()
    assert dialog.model.rowCount() == 1
    assert dialog.status_label.text() == (
        "1 contact found. The search was too long: only “STOP” was looked for. "
        "Click or press Enter to open."
    )
