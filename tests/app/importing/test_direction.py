"""Who wrote an imported mail: the business's own mail to a customer, imported before "Your own
email addresses" is filled in, is the business writing, never the customer's threat; a mail
from the customer, even from a new address, stays theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer, Direction
from app.importing.batch_report import ImportOptions
from tests.helpers.import_fixtures import email

REX = "rex@example.com"
OURS = (
    "Dear Rex, if these messages continue we will take legal action and report them to the "
    "police. This is your final warning."
)
HIS = "I will take legal action against you for this."


@pytest.fixture
def rex_db(db_path: Path) -> Path:
    """A fresh install: the business's own addresses are not filled in yet."""
    services = open_services(db_path)
    services.customers.add(Customer(name="Rex Angry", emails=(REX,)))
    services.customers.add(Customer(name="Bea Other", emails=("bea@example.com",)))
    services.close()
    return db_path


def _mail(tmp_path: Path, name: str, text: str, sender: str, to: str, cc: str = "") -> Path:
    message = email(text, sender=sender, to=to, message_id=f"<{name}@example.com>")
    if cc:
        message["Cc"] = cc
    path = tmp_path / f"{name}.eml"
    path.write_bytes(bytes(message))
    return path


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db), *args])
    return code, capsys.readouterr().out


def _directions(db: Path) -> list[Direction]:
    services = open_services(db)
    try:
        return [c.direction for c in services.contacts.page_for_customer(1, 0, 50)]
    finally:
        services.close()


def test_the_shops_own_warning_to_a_customer_is_the_business_writing(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = _mail(tmp_path, "ours", OURS, "Hale & Delacroix <shop@hale.example>", f"Rex <{REX}>")
    code, out = _run(capsys, rex_db, "import", str(ours))
    assert code == 0 and out.startswith("Imported 1, skipped 0 already there, failed 0.")
    assert _directions(rex_db) == [Direction.OUTBOUND]
    _, assessment = _run(capsys, rex_db, "assess", "1")
    assert "Threatens legal action" not in assessment
    assert "[not yet] Threats to staff or the business: No threat is logged." in assessment


def test_dropped_on_the_customer_in_the_window_it_is_the_business_writing_too(
    rex_db: Path, tmp_path: Path
) -> None:
    ours = _mail(tmp_path, "ours", OURS, "shop@hale.example", REX)
    services = open_services(rex_db)
    try:
        report = services.imports.run([str(ours)], ImportOptions(customer_id=1))
        assert len(report.imported) == 1 and not report.unmatched
        contact = services.contacts.get(report.imported[0].contact_id)
        assert contact.direction is Direction.OUTBOUND
        # The warning's "legal action" is the business's word: never flagged as a threat, so
        # the packet's log does not print the shop's own mail as "threatening".
        assert contact.details.categories == ()
        assert "suggested" not in str(report.imported[0])
    finally:
        services.close()


def test_the_customers_own_threat_stays_theirs(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    his = _mail(tmp_path, "his", HIS, f"Rex Angry <{REX}>", "shop@hale.example")
    assert _run(capsys, rex_db, "import", str(his))[0] == 0
    assert _directions(rex_db) == [Direction.INBOUND]
    assert "Threatens legal action" in _run(capsys, rex_db, "assess", "1")[1]


def test_the_customer_from_a_new_address_copying_the_old_one_is_not_taken_for_the_shop(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = _mail(tmp_path, "new", HIS, "Rex Angry <rex.new@example.net>", "shop@hale.example", REX)
    code, out = _run(capsys, rex_db, "import", str(new))
    assert code == 1
    assert (
        "failed: new.eml: No customer has the address or handle rex.new@example.net. Add it to "
        "a customer, or import again with --customer ID. It was sent to Rex Angry "
        "(rex@example.com): if rex.new@example.net is one of your own addresses, add it in "
        "Settings › Your own email addresses and import again."
    ) in out
    assert _run(capsys, rex_db, "import", "--customer", "1", str(new))[0] == 0
    assert _directions(rex_db) == [Direction.INBOUND]


def test_another_customer_writing_to_rex_is_that_customers_message(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bea = _mail(tmp_path, "bea", "Leave Rex alone.", "bea@example.com", REX)
    assert _run(capsys, rex_db, "import", str(bea))[0] == 0
    services = open_services(rex_db)
    try:
        (contact,) = services.contacts.page_for_customer(2, 0, 50)
        assert contact.direction is Direction.INBOUND
    finally:
        services.close()


def test_once_the_shops_address_is_set_the_mail_to_the_shop_is_the_customers(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = open_services(rex_db)
    services.settings.update({"business_addresses": "shop@hale.example"})
    services.close()
    # Sent to the shop and copied to Rex by a stranger: to the business, so not outbound.
    stranger = _mail(tmp_path, "s", "Hello", "x@example.org", "shop@hale.example", REX)
    code, out = _run(capsys, rex_db, "import", str(stranger))
    assert code == 1 and "No customer has the address or handle x@example.org" in out
    assert "Your own email addresses" not in out
