"""`customer show` writes money in the log's own currency, as packets do."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from tests.app.cli.test_cli import steady


@pytest.mark.parametrize(
    ("currency", "paid", "refund", "paid_shown", "refund_shown"),
    [
        ("PLN", "1 234,50 zł", "500 zł", "Paid: zł 1,234.50", "Refund · zł 500.00"),
        ("KRW", "₩35.000", "₩5,000", "Paid: ₩35,000", "Refund · ₩5,000"),
        ("SEK", "1 250 kr", "99,90 kr", "Paid: SEK 1,250.00", "Refund · SEK 99.90"),
        ("USD", "1234.5", "19.95", "Paid: $1,234.50", "Refund · $19.95"),
    ],
)
def test_show_writes_the_owners_currency(
    db_path: Path, currency: str, paid: str, refund: str, paid_shown: str, refund_shown: str
) -> None:
    services = open_services(db_path)
    services.settings.update({"currency": currency})
    services.close()
    added = steady(db_path, "customer", "add", "--name", "Ana Ruiz", "--paid", paid)
    assert added.returncode == 0, added.stderr
    logged = steady(db_path, "action", "1", "refund", "--amount", refund)
    assert logged.returncode == 0, logged.stderr
    shown = steady(db_path, "customer", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert paid_shown in shown.stdout
    assert refund_shown in shown.stdout
    if currency != "USD":
        assert "$" not in shown.stdout
