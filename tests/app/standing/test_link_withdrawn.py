"""A "same person" link made by mistake can be withdrawn with a reason (kept in the log and
the ledger, no longer used by the assessment), and the same two cannot be linked twice."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.core.domain import Customer
from app.core.errors import InvalidInputError
from app.services import Services
from app.standing.action_records import ActionKind


def _gordons(services: Services) -> tuple[int, int]:
    pryce = services.customers.add(Customer(name="Gordon Pryce", emails=("g@pryce.example",)))
    services.actions.log(pryce, ActionKind.TERMINATE, note="closed")
    price = services.customers.add(
        Customer(name="Gordon Price", emails=("gordon.price@elsewhere.example",))
    )
    return pryce, price


def test_a_mistaken_link_is_withdrawn_and_the_assessment_forgets_it(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    pryce, price = _gordons(services)
    path = services.store.path
    assert main(["--db", path, "customer", "link", str(price), str(pryce)]) == 0
    assert "Same person as Gordon Pryce" in capsys.readouterr().out
    assert main(["--db", path, "assess", str(price)]) == 0
    assert "Same person as Gordon Pryce" in capsys.readouterr().out

    # Linking the same two again, either way round, is refused and records nothing.
    for pair in ((price, pryce), (pryce, price)):
        assert main(["--db", path, "customer", "link", str(pair[0]), str(pair[1])]) == 2
        error = capsys.readouterr().err
        assert "are already linked as the same person (linked on " in error
    assert len(services.store.ledger.entries("customer_link")) == 1

    reason = "Different man: Gordon Price lives in Leeds"
    code = main(["--db", path, "customer", "unlink", str(price), str(pryce), "--reason", reason])
    assert code == 0
    assert "The link between Gordon Price and Gordon Pryce is withdrawn" in capsys.readouterr().out
    assert main(["--db", path, "assess", str(price)]) == 0
    assessed = capsys.readouterr().out
    assert "Same person as" not in assessed and "suggest another business" not in assessed
    assert services.identities.links(price) == []

    [entry] = services.store.ledger.entries("link_withdrawal")
    assert entry.action == "customer.unlinked" and entry.detail["reason"] == reason
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM customer_links").fetchone()[0] == 1  # kept
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM link_withdrawals")
    db.close()
    assert services.verify().ok, services.verify().problems

    # Withdrawn, the two may be linked again later (a new link, a new entry).
    services.identities.link(price, pryce, "It was him after all")
    assert [p.name for p in services.identities.same_person(price)] == ["Gordon Pryce"]


def test_unlinking_needs_a_reason_and_a_link(services: Services) -> None:
    pryce, price = _gordons(services)
    with pytest.raises(InvalidInputError, match="not linked"):
        services.identities.unlink(price, pryce, "never linked")
    services.identities.link(price, pryce, "same address")
    for hostile in ("", "   "):
        with pytest.raises(InvalidInputError, match="why"):
            services.identities.unlink(price, pryce, hostile)
    assert len(services.identities.links(price)) == 1
