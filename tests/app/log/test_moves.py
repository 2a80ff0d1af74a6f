"""A contact logged under the wrong customer is moved as a correction that keeps its history."""

from __future__ import annotations

import sqlite3

import pytest

from app.core.domain import Customer
from app.core.errors import InvalidInputError
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound


@pytest.fixture
def wrong(services: Services, clock: FakeClock) -> tuple[int, int, int]:
    victor = services.customers.add(Customer(name="Victor Vexed"))
    pat = services.customers.add(Customer(name="Pat Example"))
    contact = services.contacts.log(victor, inbound("You will regret this.", clock()))
    return victor, pat, contact


def test_the_move_keeps_words_versions_and_the_ledger_verifies(
    services: Services, wrong: tuple[int, int, int]
) -> None:
    victor, pat, contact = wrong
    before = services.contacts.get(contact)
    services.contacts.move(contact, pat, "It came from Pat's address")
    after = services.contacts.get(contact)
    assert after.customer_id == pat and after.details == before.details
    assert services.contacts.count_for_customer(victor) == 0
    assert [c.id for c in services.contacts.page_for_customer(pat, 0, 10)] == [contact]
    assert len(services.contacts.revisions(contact)) == 1
    [move] = services.contacts.moves(contact)
    assert (move.from_customer_id, move.to_customer_id) == (victor, pat)
    assert move.reason == "It came from Pat's address"
    actions = [e.action for e in services.store.ledger.entries("contact", contact)]
    assert actions[-1] == "contact.moved"
    assert services.verify().ok, services.verify().problems


def test_a_move_needs_a_reason_and_another_customer(
    services: Services, wrong: tuple[int, int, int]
) -> None:
    victor, pat, contact = wrong
    with pytest.raises(InvalidInputError, match="why"):
        services.contacts.move(contact, pat, "  ")
    with pytest.raises(InvalidInputError, match="already"):
        services.contacts.move(contact, victor, "oops")
    assert services.contacts.moves(contact) == []


def test_a_move_cannot_be_edited_afterwards(
    services: Services, wrong: tuple[int, int, int]
) -> None:
    _victor, pat, contact = wrong
    services.contacts.move(contact, pat, "Pat's address")
    db = sqlite3.connect(services.store.path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE contact_moves SET reason = 'nothing happened'")
    db.close()


def test_a_move_behind_steady_s_back_is_caught(
    services: Services, wrong: tuple[int, int, int]
) -> None:
    _victor, pat, contact = wrong
    db = sqlite3.connect(services.store.path)
    db.execute("UPDATE contacts SET customer_id = ? WHERE id = ?", [pat, contact])
    db.commit()
    db.close()
    report = services.verify()
    assert not report.ok and any("changed outside Steady" in p for p in report.problems)
