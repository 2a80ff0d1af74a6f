"""`verify`, `backup` and `restore`."""

from __future__ import annotations

import argparse
import os

from app.cli.common import add_json_flag, database_path, print_json, services_for
from app.core.errors import InvalidInputError
from app.log.anchors import parse_head
from app.log.verify import describe


def register(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser("verify", help="prove the log has not been altered")
    verify.add_argument(
        "--head",
        metavar="HASH[:COUNT]",
        help="also prove the log still holds this head (as printed on a packet or bundle)",
    )
    add_json_flag(verify)
    verify.set_defaults(run=_verify)

    backup = commands.add_parser("backup", help="copy the database safely, even while in use")
    backup.add_argument("target", metavar="FILE")
    backup.add_argument(
        "--force", action="store_true", help="replace FILE even if it is already a database"
    )
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore", help="put a backup back (it is verified first; the current file is kept aside)"
    )
    restore.add_argument("backup", metavar="FILE")
    restore.set_defaults(run=_restore)


def _verify(args: argparse.Namespace) -> int:
    try:
        expected = parse_head(args.head) if args.head else None
    except ValueError as error:
        raise InvalidInputError(str(error)) from error
    with services_for(args) as services:
        report = services.verify(expected)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head_hash": report.head_hash,
                "records_checked": report.records_checked,
                "blobs_checked": report.blobs_checked,
                "anchors_checked": report.anchors_checked,
                "problems": report.problems,
            }
        )
    else:
        print(describe(report))
        for problem in report.problems[1:]:
            print(f"  also: {problem}")
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        report = services.backups.write(args.target, force=args.force)
    print(f"{args.target} (verified: {report.entries} ledger entries)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.application import restore

    database = database_path(args)
    restored = restore(database, args.backup)
    print(f"Restored {os.path.basename(args.backup)} as {restored.database}.")
    if restored.set_aside:
        print(f"The file it replaced is kept as {restored.set_aside}.")
    print(f"Head hash {restored.head.hash} (entry {restored.head.entries}).")
    return 0
