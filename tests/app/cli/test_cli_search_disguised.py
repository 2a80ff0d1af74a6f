"""`steady search` lists a customer who wrote their name in disguise where the match puts them:
an exact name first, though 25 customers match it plainly."""

from __future__ import annotations

from pathlib import Path

from app.application import open_services
from app.core.domain import Customer
from tests.app.cli.test_cli import steady


def test_a_disguised_exact_name_is_the_first_customer_listed(db_path: Path) -> None:
    services = open_services(db_path)
    try:
        for n in range(60):
            services.customers.add(Customer(name=f"Ann Lee {n}"))
        disguised = services.customers.add(Customer(name="J\u200bohn Smith"))
        for n in range(1, 26):
            services.customers.add(Customer(name=f"John Smith {n} Mill Lane"))
    finally:
        services.close()
    found = steady(db_path, "search", "john", "smith")
    assert found.returncode == 0, found.stderr
    customers = [line for line in found.stdout.splitlines() if line.startswith("customer ")]
    assert len(customers) == 20
    assert customers[0].startswith(f"customer {disguised}  J\u200bohn Smith: ")
    assert sum("ohn Smith:" in line for line in customers) == 1
