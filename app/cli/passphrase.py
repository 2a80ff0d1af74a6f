"""`passphrase set|change|remove`: lock the log at rest, change the passphrase, or unlock it.

The current passphrase comes from STEADY_PASSPHRASE or is asked for; the new one from
STEADY_NEW_PASSPHRASE or is asked for twice. Close the window first: the file is rewritten.
"""

from __future__ import annotations

import argparse
import os

from app.cli.common import PASSPHRASE_VARIABLE, ask_passphrase, database_path
from app.cli.new_log import WARNING
from app.core.errors import InvalidInputError, NotFoundError, PassphraseError
from app.core.paths import database_exists

NEW_PASSPHRASE_VARIABLE = "STEADY_NEW_PASSPHRASE"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "passphrase",
        help="lock the log with a passphrase, change it, or remove it (close Steady first)",
        description="Lock the log with a passphrase, change it, or remove it. The file is "
        "rewritten: close every Steady window and command using this log first. The current "
        f"passphrase comes from {PASSPHRASE_VARIABLE} or is asked for; the new one (at least 8 "
        f"characters) from {NEW_PASSPHRASE_VARIABLE} or is asked for twice.",
    )
    parser.add_argument("action", choices=["set", "change", "remove"])
    parser.set_defaults(run=_run)


def _current() -> str:
    return os.environ.get(PASSPHRASE_VARIABLE) or ask_passphrase("Current passphrase: ")


def _new() -> str:
    given = os.environ.get(NEW_PASSPHRASE_VARIABLE)
    if given:
        return given
    first = ask_passphrase("New passphrase: ")
    if ask_passphrase("The same again: ") != first:
        raise PassphraseError("The two passphrases differ; nothing was changed.")
    return first


def _run(args: argparse.Namespace) -> int:
    from app.application import passphrase_lock

    path = database_path(args)
    if not database_exists(path):
        raise NotFoundError(f"There is no log at {path}.")
    lock = passphrase_lock()
    locked = lock.is_locked(path)
    if args.action == "set":
        if locked:
            raise InvalidInputError("This log is already locked; use `passphrase change`.")
        lock.set(path, _new())
        print(f"{path} is now locked with your passphrase. {WARNING}")
    elif not locked:
        raise InvalidInputError("This log has no passphrase.")
    elif args.action == "change":
        lock.change(path, _current(), _new())
        print(f"The passphrase of {path} is changed. {WARNING}")
    else:
        lock.remove(path, _current())
        print(f"{path} is no longer locked: anyone with this computer can read it.")
    return 0
