"""A packet finds the contacts changed outside Steady from the ids verify kept, not from the
words of its problem lines: reworded lines, or a contact's line cut off the end of a long list
of problems, still leave the forged words marked and never quoted as the customer's."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from app.core.ledger_records import VerifyReport
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from storage.ledger import MAX_PROBLEMS, SqliteLedger
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

REAL = "I can't log in. The reset email never comes. Fix this today please."
FORGED = "I will burn your shop down."
MARK = (
    "CHANGED OUTSIDE STEADY after it was logged: printed as Steady recorded it (saved "
    "version 0), not as the database row now reads"
)


def _log_then_forge(db_path: Path, clock: FakeClock, others: int = 0) -> int:
    opened = open_services(db_path, clock)
    customer = opened.customers.add(Customer(name="Tasha Morrow"))
    contact = opened.contacts.log(
        customer, inbound(REAL, datetime(2026, 10, 16, 16, 12, tzinfo=UTC))
    )
    opened.contacts.log(customer, inbound("Still locked out.", datetime(2026, 10, 17, tzinfo=UTC)))
    for number in range(others):
        opened.customers.add(Customer(name=f"Other {number}"))
    opened.close()
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE contacts SET text = ?, severity = 5 WHERE id = ?", [FORGED, contact])
        # Every other customer renamed by hand: a problem each, verified before the contacts.
        db.execute("UPDATE customers SET name = name || ' (edited)' WHERE id != ?", [customer])
    db.close()
    return customer


def _packet_text(db_path: Path, clock: FakeClock, customer: int) -> tuple[str, bool]:
    opened = open_services(db_path, clock)
    try:
        made = make_packet(opened, customer, PacketOptions(PacketKind.LEGAL))
    finally:
        opened.close()
    return flat(" ".join(pdf_text(made.pdf.data))), made.data.integrity.verified


def test_reworded_problem_lines_still_mark_the_changed_contact(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer = _log_then_forge(db_path, clock)
    checked = SqliteLedger.verify

    def reworded(ledger: SqliteLedger) -> VerifyReport:
        report = checked(ledger)
        report.problems[:] = [
            f"Found by the check: {p[:1].lower()}{p[1:]}" for p in report.problems
        ]
        return report

    monkeypatch.setattr(SqliteLedger, "verify", reworded)
    text, verified = _packet_text(db_path, clock, customer)
    assert not verified
    assert "Found by the check: contact 1" in text  # the integrity page quotes the new words
    assert FORGED not in text
    assert REAL in text and MARK in text


def test_a_contact_past_the_last_problem_listed_is_still_marked(
    db_path: Path, clock: FakeClock
) -> None:
    customer = _log_then_forge(db_path, clock, others=MAX_PROBLEMS + 5)
    text, verified = _packet_text(db_path, clock, customer)
    assert not verified
    assert FORGED not in text
    assert REAL in text and MARK in text


def test_verify_keeps_the_ids_of_the_contacts_it_found_changed(
    db_path: Path, clock: FakeClock
) -> None:
    customer = _log_then_forge(db_path, clock, others=MAX_PROBLEMS + 5)
    opened = open_services(db_path, clock)
    try:
        report = opened.verify()
    finally:
        opened.close()
    assert len(report.problems) >= MAX_PROBLEMS
    assert not any(p.startswith("Contact 1 ") for p in report.problems)  # cut off the list
    assert report.changed_contacts == {1}
    assert customer not in report.altered_ids("customer")
    assert len(report.altered_ids("customer")) == MAX_PROBLEMS + 5
