"""The owner's own sent reply with the customer only in Bcc ("To: undisclosed-recipients:;"),
as a sent folder or Gmail's "All Mail" exports it, is the business writing to that customer;
a customer's mail naming someone in a Bcc line of his own changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer

OWN = "support@larkspurfiles.example"
VICTOR = "v.hale@hale-associates.example"


def _mail(sender: str, to: str, text: str, mid: str, bcc: str = "") -> str:
    return (
        f"From x@y Mon Nov 23 09:00:00 2026\nFrom: {sender}\nTo: {to}\n"
        + (f"Bcc: {bcc}\n" if bcc else "")
        + f"Subject: Re: Refund\nDate: Mon, 23 Nov 2026 12:00:00 +0000\nMessage-ID: <{mid}@t>\n\n"
        f"{text}\n\n"
    )


@pytest.fixture
def larkspur_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.settings.update({"business_name": "Larkspur Files", "business_email": OWN})
    services.customers.add(Customer(name="Victor Hale", emails=(VICTOR,)))
    services.customers.add(Customer(name="Sam Lowe", emails=("sam@example.net",)))
    services.close()
    return db_path


def test_a_sent_reply_with_the_customer_only_in_bcc_is_logged_as_ours(
    larkspur_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    box = tmp_path / "all.mbox"
    box.write_text(
        _mail(f"Victor Hale <{VICTOR}>", OWN, "I want my refund now.", "a1")
        + _mail(OWN, "undisclosed-recipients:;", "Bcc-only reply to Victor.", "a4", bcc=VICTOR)
    )
    db = ["--db", str(larkspur_db)]
    assert main([*db, "import", str(box)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2, skipped 0 already there, failed 0." in out
    main([*db, "customer", "show", "1", "--full"])
    shown = capsys.readouterr().out
    assert "Email · outbound" in shown and "Bcc-only reply to Victor." in shown


def test_a_customers_own_bcc_line_does_not_move_his_mail(
    larkspur_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "m.eml"
    path.write_text(
        _mail(
            f"Victor <{VICTOR}>", OWN, "You will regret this.", "b1", bcc="sam@example.net"
        ).split("\n", 1)[1]
    )
    db = ["--db", str(larkspur_db)]
    assert main([*db, "import", str(path)]) == 0
    capsys.readouterr()
    main([*db, "customer", "show", "1", "--full"])
    assert "Email · inbound" in capsys.readouterr().out
