"""The customer list fetches pages lazily and filters as the owner types."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QModelIndex

from app.core.domain import Customer, CustomerStatus
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.customer_list import CustomerListModel, CustomerListPanel
from ui.shell.paged_rows import PAGE_SIZE

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def many_customers(services: Services) -> Services:
    # Straight through the repository in one transaction: 450 rows in a blink.
    with services.store.atomic():
        for number in range(450):
            services.store.customers.add(Customer(name=f"Customer {number:03d}"))
    return services


def test_rows_arrive_a_page_at_a_time(qapp, qtmodeltester, many_customers: Services) -> None:
    model = CustomerListModel(many_customers.customers)
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)


def test_columns_show_name_status_contacts_and_last_contact(
    qapp, qtmodeltester, services: Services
) -> None:
    quiet = services.customers.add(Customer(name="Quiet One"))
    loud = services.customers.add(Customer(name="Loud One", status=CustomerStatus.WARNED))
    services.contacts.log(loud, inbound("again", AT))
    services.contacts.log(loud, inbound("and again", AT.replace(hour=11)))
    model = CustomerListModel(services.customers)
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[0][:3] == ["Loud One", "Warned", "2"]
    assert rows[0][3] == AT.replace(hour=11).astimezone().strftime("%Y-%m-%d %H:%M")
    assert rows[1] == ["Quiet One", "Active", "0", "—"]
    assert quiet != loud


def test_typing_filters_after_a_short_pause(qtbot, many_customers: Services) -> None:
    panel = CustomerListPanel(many_customers.customers)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.filter_box, "Customer 44")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 10)
    assert panel.model.index(0, 0).data() == "Customer 440"
    assert panel.selected_customer() is not None


def test_selecting_a_customer_far_down_fetches_until_found(qtbot, many_customers: Services) -> None:
    panel = CustomerListPanel(many_customers.customers)
    qtbot.addWidget(panel)
    panel.order_box.setCurrentIndex(panel.order_box.findData("name"))
    with qtbot.waitSignal(panel.customer_selected) as selected:
        assert panel.select_customer(440)
    assert selected.args == [440]
    assert panel.model.rowCount() == 450


def test_status_filter(qtbot, services: Services) -> None:
    services.customers.add(Customer(name="Calm"))
    services.customers.add(Customer(name="Blocked", status=CustomerStatus.BLOCKED))
    panel = CustomerListPanel(services.customers)
    qtbot.addWidget(panel)
    panel.status_box.setCurrentIndex(panel.status_box.findData("blocked"))
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == ["Blocked"]


def test_a_customer_beyond_the_first_pages_is_shown_by_filtering_to_their_name(
    qtbot, many_customers: Services, monkeypatch
) -> None:
    monkeypatch.setattr("ui.log.customer_list.SELECT_SEARCH_ROWS", 200)
    panel = CustomerListPanel(many_customers.customers)
    qtbot.addWidget(panel)
    panel.order_box.setCurrentIndex(panel.order_box.findData("name"))
    far = many_customers.customers.page(440, 1, order="name")[0]
    assert panel.select_customer(far.id)
    assert panel.filter_box.text() == far.name == "Customer 440"
    assert panel.model.rowCount() == 1
    assert panel.selected_customer() == far.id


def test_a_narrow_list_hides_the_count_then_the_date_before_squeezing_names(
    qtbot, services: Services
) -> None:
    """The log beside a mail program, half a laptop screen: names must still be read."""
    services.customers.add(Customer(name="Renée Delacroix-Montgomery"))
    panel = CustomerListPanel(services.customers)
    qtbot.addWidget(panel)
    table, header = panel.table, panel.table.horizontalHeader()
    readable = table.fontMetrics().averageCharWidth() * 14
    panel.resize(700, 500)
    panel.show()
    qtbot.waitExposed(panel)

    def hidden() -> list[str]:
        return [panel.model.COLUMNS[c] for c in range(4) if table.isColumnHidden(c)]

    assert hidden() == []
    seen = set()
    for width in range(700, 280, -10):
        panel.resize(width, 500)
        qtbot.wait(1)
        # Always the count first, then the date, then the status; never the name.
        assert hidden() == ["Contacts", "Last contact", "Status"][: len(hidden())], width
        if len(hidden()) < 3:
            assert header.sectionSize(0) >= readable, (width, hidden())
        seen.add(tuple(hidden()))
    assert {(), ("Contacts",), ("Contacts", "Last contact")} <= seen
    panel.resize(700, 500)
    qtbot.waitUntil(lambda: hidden() == [])


def test_a_column_the_owner_widened_keeps_its_width_when_it_comes_back(
    qtbot, services: Services
) -> None:
    panel = CustomerListPanel(services.customers)
    qtbot.addWidget(panel)
    table, header = panel.table, panel.table.horizontalHeader()
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    header.resizeSection(3, 260)
    panel.resize(250, 500)
    qtbot.waitUntil(lambda: table.isColumnHidden(3))
    panel.resize(900, 500)
    qtbot.waitUntil(lambda: not table.isColumnHidden(3))
    assert header.sectionSize(3) == 260
