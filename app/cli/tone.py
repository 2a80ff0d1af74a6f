"""`tone FILE|-`: the tone check on a draft reply, from a file or standard input.

Exits 0 whenever the text could be read, flags or not: the flags are advice, not an error.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from app.cli.common import add_json_flag, print_json
from app.core.errors import SteadyError
from app.reply.tone import check_tone, compare_tone, hostility
from app.reply.tone_languages import LANGUAGES


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "tone", help="check a draft reply for words that read as hostile ( - reads stdin)"
    )
    parser.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for stdin")
    parser.add_argument(
        "--original",
        metavar="FILE",
        help="the customer's message, to say whether the reply reads as more hostile",
    )
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="the language the reply is written in (default: the language of your replies "
        "in Settings; en, English, without a log)",
    )
    add_json_flag(parser)
    parser.set_defaults(run=_tone)


def read_text(name: str) -> str:
    if name == "-":
        if sys.stdin is None:
            raise SteadyError(
                "No input: standard input is closed. Give the draft as a file, or pipe it in."
            )
        label = "standard input"
        try:
            data = sys.stdin.buffer.read()
        except OSError as error:
            raise SteadyError(f"Cannot read standard input: {error.strerror or error}.") from error
    else:
        label = name
        try:
            with open(name, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise SteadyError(f"Cannot read {name}: {error.strerror or error}.") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SteadyError(f"{label} is not UTF-8 text; save it as UTF-8 and try again.") from error


def _settings_language(args: argparse.Namespace) -> tuple[str, str]:
    """The language of the owner's replies in Settings, as the reply window reads it, and a
    line saying so ("" when there is no log to read it from). The log is only read."""
    import os

    from app.application import stored_setting
    from app.cli.common import PASSPHRASE_VARIABLE, database_path
    from app.core.paths import database_exists
    from app.reply.tone_languages import language_code

    path = database_path(args)
    name = stored_setting(path, "reply_language", os.environ.get(PASSPHRASE_VARIABLE) or None)
    if name is None:
        if database_exists(path):
            return "en", (
                f"Read as English: the language of your replies could not be read from {path} "
                f"(locked? set {PASSPHRASE_VARIABLE}); --language chooses another."
            )
        return "en", ""
    code = language_code(name)
    return code, f"Read as {LANGUAGES[code]}, the language of your replies in Settings."


def _tone(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    language, said = (args.language, "") if args.language else _settings_language(args)
    flags = check_tone(text, language=language)
    comparison = compare_tone(text, read_text(args.original), language) if args.original else None
    if args.json:
        print_json(
            {
                "flags": [asdict(flag) | {"kind": flag.kind.value} for flag in flags],
                "hostility": hostility(text, flags, language),
                "language": language,
                "comparison": asdict(comparison) if comparison else None,
            }
        )
        return 0
    if said:
        print(said)
    if not flags:
        print("No tone flags: the text reads as calm.")
    for flag in flags:
        print(f"{flag.start}-{flag.end}  {flag.kind.value}  “{flag.words}”")
        print(f"    why: {flag.reason}")
        print(f"    instead: {flag.suggestion}")
        if not flag.hostile:
            print("    (unprofessional here, not hostile)")
    if comparison:
        print(comparison.message)
    return 0
