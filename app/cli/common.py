"""What every command shares: opening the database named by --db, and printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum

from app.core.errors import PassphraseError, PassphraseNeededError
from app.core.paths import database_exists, default_database, demo_database
from app.services import Services


def database_path(args: argparse.Namespace) -> str:
    if args.db:
        return str(args.db)
    return str(demo_database() if getattr(args, "demo", False) else default_database())


PASSPHRASE_VARIABLE = "STEADY_PASSPHRASE"
_RAW_IN_JSON = re.compile("[\x7f-\x9f]")


def ask_passphrase(prompt: str) -> str:
    """Typed at the terminal without echo; a script sets STEADY_PASSPHRASE instead."""
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseError(f"Set {PASSPHRASE_VARIABLE} to give the passphrase to a script.")
    return getpass.getpass(prompt)


def passphrase_for(path: str) -> str | None:
    """The passphrase a locked log needs, or the one a new log is created with; a plain log
    that already exists opens without one."""
    from app.application import passphrase_lock

    given = os.environ.get(PASSPHRASE_VARIABLE) or None
    if passphrase_lock().is_locked(path):
        if given is None:
            if not sys.stdin or not sys.stdin.isatty():
                raise PassphraseNeededError(path)
            given = ask_passphrase(f"Passphrase for {path}: ")
        return given
    if database_exists(path):
        return None
    from app.cli.new_log import new_log_passphrase

    return new_log_passphrase(path, given)


@contextmanager
def services_for(args: argparse.Namespace) -> Iterator[Services]:
    from app.application import open_services

    path = database_path(args)
    services = open_services(path, daily_backup=True, passphrase=passphrase_for(path))
    note = getattr(services.store, "opening_note", "")
    if note:
        from app.cli.output import tell

        tell(note)
    if services.backup_problem:
        from app.cli.daily_backup import backup_not_taken
        from app.cli.output import tell

        # A damaged log is what matters, not the backup it stopped: said as the command would.
        tell(services.store.damage_found() or backup_not_taken(services.backup_problem))
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
    text = json.dumps(plain(value), ensure_ascii=False, indent=2)
    # JSON escapes the other control characters itself; these it leaves raw, and a terminal
    # can obey them. Escaped, a script still reads the exact words.
    sys.stdout.write(_RAW_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text) + "\n")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="machine-readable output")
