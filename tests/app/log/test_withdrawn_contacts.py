"""A contact logged by mistake (the same call logged twice) is withdrawn with a reason: it
stays in the log and the ledger, but the assessment, its signs and grounds and the packets
count and quote it no more, and the legal packet lists it among the corrections."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.core.errors import InvalidInputError, NotFoundError
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

CALL = "Said he would come to the shop and smash the front window."


def _twice(services: Services, clock: FakeClock) -> tuple[int, int, int]:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    clock.now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@h.example",)))
    details = ContactDetails(
        occurred_at=datetime(2026, 11, 25, 10, 0, tzinfo=UTC),
        channel=Channel.PHONE,
        direction=Direction.INBOUND,
        text=CALL,
        summary="Threat to smash window",
        categories=(Category.THREAT_VANDALISM,),
        severity=5,
        staff="Sam",
    )
    first = services.contacts.log(victor, details)
    again = services.contacts.log(victor, details)
    return victor, first, again


def test_a_contact_logged_twice_is_withdrawn_and_counted_once(
    services: Services, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    victor, first, again = _twice(services, clock)
    path = services.store.path
    assert main(["--db", path, "assess", str(victor)]) == 0
    assert f"#{first}, #{again}" in capsys.readouterr().out

    code = main(
        ["--db", path, "contact", "withdraw", str(again), "--reason", "Logged the call twice"]
    )
    assert code == 0
    assert f"Contact #{again} is withdrawn as logged by mistake" in capsys.readouterr().out

    assert main(["--db", path, "assess", str(victor)]) == 0
    assessed = capsys.readouterr().out
    assert f"#{again}" not in assessed and f"#{first}" in assessed
    assert "Twice" not in assessed
    assert main(["--db", path, "customer", "show", str(victor)]) == 0
    shown = capsys.readouterr().out.split(f"#{again} ", 1)[1]
    assert "Withdrawn as logged by mistake on " in shown.splitlines()[1]
    assert "Logged the call twice (not counted)" in shown.splitlines()[1]

    # Kept in the log, unchanged, and in the ledger with the reason.
    assert services.contacts.get(again).text == CALL
    [taken_back] = services.contacts.withdrawals([again]).values()
    assert taken_back.reason == "Logged the call twice"
    entry = services.store.ledger.entries("contact", again)[-1]
    assert (entry.action, entry.detail["reason"]) == ("contact.withdrawn", "Logged the call twice")
    assert services.verify().ok, services.verify().problems
    db = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM contact_withdrawals")
    db.close()

    made = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert [c.id for c in made.data.contacts] == [first]
    assert "Threat of vandalism 2" not in text and "threat of vandalism (2)" not in text
    log = text.split("Chronological log", 1)[1]
    assert f"#{again} ·" not in log.split("Exhibit index", 1)[0]
    corrections = text.split("The owner marked these contacts as logged by mistake", 1)[1]
    # The day it was withdrawn is when the owner did it (the computer's clock, not the test's).
    withdrawn_on = taken_back.withdrawn_at.astimezone(UTC).date().isoformat()
    assert (
        f"#{again} · 2026-11-25 · Phone call · Threat to smash window — withdrawn by the owner on "
        f"{withdrawn_on} as logged by mistake (reason given: Logged the call twice)"
    ) in corrections[:600], corrections[:600]
    assert CALL not in made.data.narrative.replace(CALL, "", 1)


def test_a_withdrawal_needs_a_reason_and_happens_once(services: Services, clock: FakeClock) -> None:
    _victor, _first, again = _twice(services, clock)
    for hostile in ("", "  ", "\t\n"):
        with pytest.raises(InvalidInputError, match="why"):
            services.contacts.withdraw(again, hostile)
    assert services.contacts.withdrawals() == {}
    services.contacts.withdraw(again, "twice")
    with pytest.raises(InvalidInputError, match="already withdrawn"):
        services.contacts.withdraw(again, "twice again")
    with pytest.raises(NotFoundError):
        services.contacts.withdraw(10_000, "no such contact")
    assert len(services.contacts.withdrawals()) == 1
