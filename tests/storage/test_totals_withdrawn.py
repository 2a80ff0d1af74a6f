"""A contact withdrawn as logged by mistake stays in the log but no longer counts: the customer
list, the command line and the time spent show what is live, in a new log and in one brought
up to date from before the totals left withdrawn contacts out."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.customer_list import CustomerListModel

START = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _logged(services: Services) -> tuple[int, list[int]]:
    """Victor's four calls; the last two (the latest of them) logged by mistake."""
    victor = services.customers.add(Customer(name="Victor Hale"))
    calls = [
        services.contacts.log(
            victor, inbound(f"Call {day}", START + timedelta(days=day), minutes=10)
        )
        for day in range(4)
    ]
    services.contacts.withdraw(calls[2], "Logged the same call twice")
    services.contacts.withdraw(calls[3], "A test entry")
    return victor, calls


def _row(services: Services, customer_id: int) -> tuple[int, datetime | None]:
    [summary] = [s for s in services.customers.page(0, 10) if s.id == customer_id]
    return summary.contact_count, summary.last_contact_at


def test_withdrawn_contacts_leave_the_counts_the_owner_sees(services: Services) -> None:
    victor, calls = _logged(services)
    assert _row(services, victor) == (2, START + timedelta(days=1))
    assert services.customers.minutes_spent(victor) == 20
    # The timeline still shows every contact kept, the withdrawn ones marked.
    assert services.contacts.count_for_customer(victor) == 4

    # A correction counts the customer again: still without the withdrawn contacts.
    details = services.contacts.get(calls[0]).details
    services.contacts.correct(calls[0], replace(details, minutes=25), "It took longer")
    assert _row(services, victor) == (2, START + timedelta(days=1))
    assert services.customers.minutes_spent(victor) == 35

    services.contacts.log(victor, inbound("Call again", START + timedelta(days=9), minutes=5))
    assert _row(services, victor) == (3, START + timedelta(days=9))
    assert services.customers.minutes_spent(victor) == 40
    assert services.contacts.count_for_customer(victor) == 5
    assert services.verify().ok


def test_a_withdrawn_contact_moved_away_is_not_counted_where_it_goes(services: Services) -> None:
    victor, calls = _logged(services)
    other = services.customers.add(Customer(name="Someone Else"))
    services.contacts.log(other, inbound("Hello", START, minutes=1))
    services.contacts.move(calls[3], other, "Logged under the wrong customer")
    assert _row(services, victor) == (2, START + timedelta(days=1))
    assert _row(services, other) == (1, START)
    assert services.customers.minutes_spent(other) == 1
    assert services.verify().ok


def test_the_customer_list_and_the_command_line_show_the_live_count(
    qapp, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    victor, _ = _logged(services)
    model = CustomerListModel(services.customers)
    assert [model.index(0, c).data() for c in range(3)] == ["Victor Hale", "Active", "2"]
    last = (START + timedelta(days=1)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.index(0, 3).data() == last

    assert main(["--db", services.store.path, "customer", "list"]) == 0
    [line] = [line for line in capsys.readouterr().out.splitlines() if "Victor Hale" in line]
    assert line.split()[-3:] == ["2", *last.split()]

    assert main(["--db", services.store.path, "customer", "show", str(victor)]) == 0
    assert "\n2 contacts and 2 withdrawn (not counted), newest first:" in capsys.readouterr().out


def test_an_earlier_log_is_counted_again_as_it_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    victor, _ = _logged(services)
    services.close()
    # The log as the Steady before this change left it: every contact counted.
    with sqlite3.connect(path) as raw:
        for trigger in (
            "contact_withdrawals_totals_ai",
            "customer_totals_live_ai",
            "customer_totals_live_au",
        ):
            raw.execute(f"DROP TRIGGER {trigger}")
        raw.execute("DELETE FROM _sqlite_migrations WHERE name = 'm660_live_totals'")
        raw.execute(
            "UPDATE customer_totals SET (contacts, minutes, last_contact_at) = (SELECT count(*), "
            "sum(minutes), max(occurred_at) FROM contacts c "
            "WHERE c.customer_id = customer_totals.customer_id)"
        )
    raw.close()

    services = open_services(path)
    try:
        assert _row(services, victor) == (2, START + timedelta(days=1))
        assert services.customers.minutes_spent(victor) == 20
        assert services.verify().ok
    finally:
        services.close()


def test_totals_removed_outside_steady_are_counted_again_live(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    services = open_services(path)
    victor, calls = _logged(services)
    services.close()
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE customer_totals")
    raw.close()
    assert main(["--db", str(path), "customer", "list"]) == 0

    services = open_services(path)
    try:
        assert _row(services, victor) == (2, START + timedelta(days=1))
        details = services.contacts.get(calls[3]).details
        services.contacts.correct(calls[3], replace(details, minutes=50), "A test entry")
        assert _row(services, victor) == (2, START + timedelta(days=1))
        assert services.customers.minutes_spent(victor) == 20
    finally:
        services.close()
