"""`demo`: fill an empty database with the demo business and its four difficult customers."""

from __future__ import annotations

import argparse

from app.cli.common import add_json_flag, database_path, print_json, services_for
from app.demo.fill import fill_demo


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("demo", help="fill an empty database with the demo")
    add_json_flag(parser)
    parser.set_defaults(run=_demo)


def _demo(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        counts = fill_demo(services)
    if args.json:
        print_json({"database": database_path(args), **counts})
    else:
        print(
            f"Demo written to {database_path(args)}: {counts['customers']} customers, "
            f"{counts['contacts']} contacts, {counts['attachments']} screenshots."
        )
    return 0
