"""Hale Bikes, whose owner forwards her customers' mail: its settings and two customers."""

from __future__ import annotations

from pathlib import Path

from app.application import open_services
from app.core.domain import Customer

OWN = "anna@halebikes.example"


def hale_bikes(db_path: Path) -> Path:
    """The log at `db_path` with Hale Bikes' settings, Rex Marlow (1) and Bob Stone (2)."""
    services = open_services(db_path)
    services.settings.update(
        {"business_name": "Hale Bikes", "business_email": OWN, "owner_name": "Anna Hale"}
    )
    services.customers.add(Customer(name="Rex Marlow", emails=("rex@mail.example",)))
    services.customers.add(Customer(name="Bob Stone", emails=("bob@mail.example",)))
    services.close()
    return db_path
