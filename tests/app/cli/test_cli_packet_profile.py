"""A packet made before Settings › Business profile is filled in says so, and never presents a
placeholder as the business: not on the letterhead, not in the letter's sign-off."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 1, tzinfo=UTC)
NOT_NAMED = (
    "steady: Your business name is not set: the packet says “[your business name]” where it "
    "belongs, the letter included."
)
NO_CONTACT = (
    "The reader has no one to contact: your name and a phone number, email or address are not set."
)
WHERE = "Fill them in under Settings › Business profile, then make the packet again."


def _log(db_path: Path, **settings: str) -> int:
    services = open_services(db_path)
    if settings:
        services.settings.update(settings)
    customer_id = services.customers.add(Customer(name="Dana Whitlock"))
    for _ in range(2):
        services.contacts.log(customer_id, inbound("I will see you in court.", AT), [])
    services.close()
    return customer_id


def _packet(db_path: Path, tmp_path: Path, customer_id: int, kind: str) -> tuple[str, str]:
    out = tmp_path / f"{kind}.pdf"
    argv = ["--db", str(db_path), "packet", str(customer_id), "--kind", kind, "--out", str(out)]
    argv.append("--force")
    assert main(argv) == 0
    return str(out), " ".join(flat(page) for page in pdf_text(out.read_bytes()))


def test_a_termination_packet_without_a_business_name_says_so_and_signs_with_no_name(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    capsys.readouterr()
    _, text = _packet(db_path, tmp_path, customer_id, "termination")
    error = capsys.readouterr().err
    assert NOT_NAMED in error and WHERE in error
    assert "no one to contact" not in error  # the letter goes to the customer, not a reader
    assert "Your business" not in text
    assert "Yours sincerely, [your business name]" in text


def test_a_legal_packet_without_a_profile_says_whom_the_reader_cannot_contact(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    capsys.readouterr()
    _, text = _packet(db_path, tmp_path, customer_id, "legal")
    error = capsys.readouterr().err
    assert NOT_NAMED in error and NO_CONTACT in error and WHERE in error
    assert "Your business" not in text and "[your business name]" in text


def test_a_name_of_spaces_is_not_a_name_and_a_filled_profile_draws_no_note(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spaces = _log(db_path, business_name="   ", owner_name="Jordan Lee")
    capsys.readouterr()
    _, text = _packet(db_path, tmp_path, spaces, "legal")
    error = capsys.readouterr().err
    assert NOT_NAMED in error
    assert "The reader has no one to contact: a phone number, email or address is not set." in error
    services = open_services(db_path)
    services.settings.update({"business_name": "Lee's Bikes", "business_phone": "0161 555 0100"})
    services.close()
    capsys.readouterr()
    _, text = _packet(db_path, tmp_path, spaces, "legal")
    assert "Business profile" not in capsys.readouterr().err
    assert "Lee's Bikes" in text and "[your business name]" not in text
