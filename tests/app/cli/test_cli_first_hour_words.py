"""The words a new owner meets in the first hour agree with their numbers: one contact, one
stored file, one message holding two kinds of threat, two messages on one day, no reply."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Customer
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 1, 10, 0, tzinfo=UTC)


def _log(db_path: Path) -> int:
    services = open_services(db_path)
    services.settings.update({"business_name": "Lee's Bikes", "owner_name": "Jordan Lee"})
    customer_id = services.customers.add(Customer(name="Dana Whitlock"))
    services.contacts.log(
        customer_id,
        inbound(
            "I will see you in court and dispute the charge.",
            AT,
            categories=(Category.THREAT_LEGAL, Category.THREAT_CHARGEBACK),
            severity=3,
            minutes=10,
        ),
        [NewAttachment("angry.png", b"\x89PNG...", "image/png")],
    )
    services.close()
    return customer_id


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_one_contact_one_file_and_one_message_with_two_threats_are_said_so(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    db = ["--db", str(db_path)]
    shown = _run(capsys, *db, "customer", "show", str(customer_id))
    assert "\n1 contact, newest first:" in shown and "contact(s)" not in shown
    assert "Time spent: 10 min" in shown  # as the window writes it, not "0 h 10 min"
    verified = _run(capsys, *db, "verify")
    assert "and 1 stored file match." in verified and "1 stored files" not in verified
    assessed = _run(capsys, *db, "assess", str(customer_id))
    assert "1 message with threats: threat of chargeback, threat of legal action." in assessed
    assert "1 threat:" not in assessed


def test_a_legal_packet_of_one_day_says_on_that_day_and_that_nobody_replied(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    services = open_services(db_path)
    services.contacts.log(customer_id, inbound("Still nothing.", AT + timedelta(hours=2)))
    services.close()
    out = tmp_path / "legal.pdf"
    db = ["--db", str(db_path)]
    _run(capsys, *db, "packet", str(customer_id), "--kind", "legal", "--out", str(out))
    text = " ".join(flat(page) for page in pdf_text(out.read_bytes()))
    assert "2 times on 2026-10-01;" in text
    assert "between 2026-10-01 and 2026-10-01" not in text
    assert "contacted us twice; we did not reply." in text
    assert "no times" not in text
    assert "1 stored file matches its SHA-256" in text
