"""`python -m app [--db PATH] COMMAND`: the same use cases as the window, for scripts and support.

Each command module has `register(subparsers)`; add new ones to `command_modules()`.
Errors are one line on stderr and a non-zero exit. Qt is never imported here.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from app import APP_NAME, __version__
from app.core.errors import InvalidInputError, NotFoundError, SteadyError


def command_modules() -> list[ModuleType]:
    """Imported when a command is given: opening the window (no command) loads none of them.
    Imported by name here, not looked up from strings, so the desktop bundle finds them."""
    from app.cli import (
        contact,
        customers,
        importing,
        integrity,
        log,
        packet,
        passphrase,
        review,
        search,
        seed,
        standing,
        tone,
    )

    return [
        seed,
        customers,
        log,
        contact,
        search,
        integrity,
        importing,
        review,
        standing,
        tone,
        packet,
        passphrase,
    ]


EXIT_ERROR = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"steady: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="steady",
        description=f"{APP_NAME}: the log, calm replies and packets for a difficult customer. "
        "With no command, opens the window.",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="the database file (default: your data folder)"
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created on first use)"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules():
        module.register(commands)
    return parser


def db_problem(db: str | None) -> str:
    """Why --db cannot be used, or "". A typo must not quietly open (or create) another log."""
    if db is None:
        return ""
    if not db.strip():
        return "--db needs the name of a database file; it was empty."
    folder = os.path.dirname(os.path.abspath(db))
    if not os.path.isdir(folder):
        return (
            f"--db: the folder {folder} does not exist. Check the name, or create the folder "
            "first; Steady does not create it for you."
        )
    if os.path.isdir(db):
        return f"--db: {db} is a folder; give the database file inside it (e.g. steady.db)."
    return ""


def window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when they only open the window (`--db PATH`, `--demo`), else None.

    The window is what the owner starts every day: it opens without building the parser of
    every command (which loads the packets, the importer and the tone rules)."""
    args = argparse.Namespace(db=None, demo=False, command=None)
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        if option == "--demo":
            args.demo = True
        elif option == "--db" and rest and not rest[0].startswith("-"):
            args.db = rest.pop(0)
        elif option.startswith("--db="):
            args.db = option.removeprefix("--db=")
        else:
            return None  # a command, --help, a mistake: the full parser answers
    return args


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    args = window_options(given) or build_parser().parse_args(given)
    problem = db_problem(args.db)
    if problem:
        print(f"steady: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        # Starting the window makes many objects that live as long as it (classes, Qt's enums)
        # and frees few, so the cycle collector would walk them again and again while the owner
        # waits. Once the window runs, its own collector takes over (ui/shell/collector.py).
        gc.disable()
        try:
            from app.core.compiled_once import compile_records_once
            from app.core.paths import cache_folder
            from app.qt_libraries import load_qt_libraries_aside

            load_qt_libraries_aside()  # while Steady's own modules are imported
            compile_records_once(cache_folder() / "records.bin")  # saved once it is painted
            from app.application import run_window

            return run_window(args.db, demo=args.demo)
        finally:
            gc.enable()
    for stream, own in ((sys.stdout, sys.__stdout__), (sys.stderr, sys.__stderr__)):
        # A file name that is not UTF-8 is printed as the bytes it is, not a traceback.
        if stream is own:
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    from app.cli.output import visible_stderr

    with visible_stderr():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from app.cli.output import OutputError, discard_unwritten, forget_told, guarded_stdout, tell

    forget_told()

    try:
        with guarded_stdout():
            return int(args.run(args) or 0)
    except (InvalidInputError, NotFoundError) as error:
        print(f"steady: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, InvalidInputError) else EXIT_ERROR
    except SteadyError as error:
        if isinstance(error, OutputError):
            discard_unwritten()
        tell(str(error))
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe; nothing to report.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("steady: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
