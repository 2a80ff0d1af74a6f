"""Editing a customer never destroys what was there: every earlier version (name, addresses,
numbers, handles, account, notes) stays in the log with the reason given, the ledger entry holds
the old and new values, a change of who the customer is asks why, and `customer show` and the
legal packet say the customer was known earlier by other details."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.core.errors import InvalidInputError
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

OLD_NOTES = "Long-standing customer; tone changed in November."


def _victor(services: Services, clock: FakeClock) -> int:
    clock.now = datetime(2026, 11, 7, 9, 0, tzinfo=UTC)
    victor = services.customers.add(
        Customer(
            name="Victor Hale",
            emails=("v.hale@hale-associates.example",),
            phones=("+44 20 7946 0000",),
            notes=OLD_NOTES,
        )
    )
    services.contacts.log(
        victor,
        ContactDetails(
            occurred_at=datetime(2026, 11, 6, 8, 54, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text="My lawyer will be in touch.",
            categories=(Category.THREAT_LEGAL,),
            severity=4,
        ),
    )
    return victor


def _rename(services: Services, clock: FakeClock, victor: int, reason: str) -> None:
    clock.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    customer = services.customers.get(victor)
    services.customers.update(
        replace(customer, name="Victor J. Hale", emails=("victor@new.example",), notes="renamed"),
        reason=reason,
    )


def test_an_edit_keeps_the_earlier_version_and_the_ledger_holds_old_and_new(
    services: Services, clock: FakeClock
) -> None:
    victor = _victor(services, clock)
    _rename(services, clock, victor, "He wrote from a new address")
    [version] = services.customers.versions(victor)
    assert version.customer.name == "Victor Hale"
    assert version.customer.emails == ("v.hale@hale-associates.example",)
    assert version.customer.notes == OLD_NOTES
    assert version.reason == "He wrote from a new address"
    # The bytes are in the file, not only in memory.
    db = sqlite3.connect(services.store.path)
    dump = "\n".join(db.iterdump())
    assert "v.hale@hale-associates.example" in dump and OLD_NOTES in dump
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE customer_versions SET name = 'nobody'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM customer_versions")
    db.close()
    entry = services.store.ledger.entries("customer", victor)[-1]
    assert entry.action == "customer.updated"
    assert entry.detail["before"] == {
        "name": "Victor Hale",
        "emails": ["v.hale@hale-associates.example"],
        "notes": OLD_NOTES,
    }
    assert entry.detail["after"]["emails"] == ["victor@new.example"]
    assert entry.detail["reason"] == "He wrote from a new address"
    assert services.verify().ok, services.verify().problems


def test_changing_who_the_customer_is_asks_why_and_saves_nothing_without(
    services: Services, clock: FakeClock
) -> None:
    victor = _victor(services, clock)
    customer = services.customers.get(victor)
    for hostile in ("", "   ", "\n"):
        with pytest.raises(InvalidInputError, match="why the customer's name and email"):
            services.customers.update(
                replace(customer, name="Someone Else", emails=()), reason=hostile
            )
    assert services.customers.get(victor).name == "Victor Hale"
    assert services.customers.versions(victor) == []
    # A note alone is not who the customer is, and a number added takes nothing away: no
    # reason needed, the earlier details still kept.
    services.customers.update(replace(customer, notes="Calmer now"))
    services.customers.update(
        replace(services.customers.get(victor), phones=(*customer.phones, "+44 7700 900123"))
    )
    first, _second = services.customers.versions(victor)
    assert first.customer.notes == OLD_NOTES
    # Taking a number off is changing who the customer is.
    with pytest.raises(InvalidInputError, match="why the customer's phone numbers changed"):
        services.customers.update(replace(services.customers.get(victor), phones=()))


def test_customer_show_and_the_legal_packet_say_known_earlier_as(
    services: Services, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    victor = _victor(services, clock)
    _rename(services, clock, victor, "He wrote from a new address")
    made = make_packet(services, victor, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Known earlier as “Victor Hale”" in text
    assert (
        "Email changed on 2026-11-27 from v.hale@hale-associates.example to victor@new.example "
        "(reason given: He wrote from a new address)" in text
    )
    summary = text.split("Summary for the reader", 1)[1][:800]
    assert "Known earlier as “Victor Hale”" in summary

    assert main(["--db", services.store.path, "customer", "show", str(victor)]) == 0
    shown = capsys.readouterr().out
    assert "Known earlier as “Victor Hale”" in shown
    assert "from v.hale@hale-associates.example to victor@new.example" in shown


def test_a_redacted_earlier_name_stays_redacted(services: Services, clock: FakeClock) -> None:
    victor = _victor(services, clock)
    _rename(services, clock, victor, "Victor Hale asked to be called Victor J.")
    options = PacketOptions(PacketKind.LEGAL, redactions=(Redaction("hale-associates"),))
    made = make_packet(services, victor, options)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "hale-associates" not in text
    assert "Known earlier as “Victor Hale”" in text
