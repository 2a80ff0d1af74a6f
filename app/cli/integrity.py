"""`verify` and `backup`."""

from __future__ import annotations

import argparse

from app.cli.common import add_json_flag, print_json, services_for
from app.log.verify import describe, verdict


def register(commands: argparse._SubParsersAction) -> None:
    verify = commands.add_parser("verify", help="prove the log has not been altered")
    add_json_flag(verify)
    verify.set_defaults(run=_verify)

    backup = commands.add_parser("backup", help="copy the database safely, even while in use")
    backup.add_argument("target", metavar="FILE")
    backup.set_defaults(run=_backup)


def _verify(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        report = services.verify()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head_hash": report.head_hash,
                "records_checked": report.records_checked,
                "blobs_checked": report.blobs_checked,
                "problems": report.problems,
            }
        )
    else:
        print(verdict(report))
        print(describe(report))
        for problem in report.problems[1:]:
            print(f"  also: {problem}")
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        services.store.backup_to(args.target)
    print(args.target)
    return 0
