"""What every command shares: opening the database named by --db, and printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum

from app.core.paths import default_database, demo_database
from app.services import Services


def database_path(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    return str(demo_database() if getattr(args, "demo", False) else default_database())


@contextmanager
def services_for(args: argparse.Namespace) -> Iterator[Services]:
    from app.application import open_services

    services = open_services(database_path(args), daily_backup=True)
    if services.backup_problem:
        print(f"steady: today's backup was not taken: {services.backup_problem}", file=sys.stderr)
    try:
        yield services
    finally:
        services.close()


def plain(value: object) -> object:
    """Dataclasses, enums, money and times as JSON-friendly values."""
    if is_dataclass(value) and not isinstance(value, type):
        return {key: plain(item) for key, item in asdict(value).items()}
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def print_json(value: object) -> None:
    json.dump(plain(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
