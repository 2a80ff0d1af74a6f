"""`verify`, `backup` and `restore`."""

from __future__ import annotations

import argparse
import os
import sys

from app.cli.common import (
    add_json_flag,
    database_path,
    print_json,
    services_for,
)
from app.cli.restore_passphrases import restore_passphrases
from app.core.errors import InvalidInputError, SteadyError
from app.core.file_names import readable
from app.log.anchors import parse_head
from app.log.restore_loss import lost_words
from app.log.restores import as_json, restore_line, restores_of, verdict_with_restores
from app.log.time_stamps import describe_time_stamps
from app.log.verify import describe, verdict


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
        "--force",
        action="store_true",
        help="replace FILE if it already exists (a file, never a device, pipe or folder)",
    )
    backup.set_defaults(run=_backup)

    restore = commands.add_parser(
        "restore", help="put a backup back (it is verified first; the current file is kept aside)"
    )
    restore.add_argument("backup", metavar="FILE")
    restore.add_argument(
        "--force",
        action="store_true",
        help="restore even though the log holds entries the backup does not (they are listed)",
    )
    restore.set_defaults(run=_restore)

    stamp = commands.add_parser(
        "timestamp",
        help="have the time-stamping service set in Settings certify the log's head now",
    )
    stamp.set_defaults(run=_timestamp)


def _verify(args: argparse.Namespace) -> int:
    try:
        expected = parse_head(args.head) if args.head else None
    except ValueError as error:
        raise InvalidInputError(str(error)) from error
    with services_for(args) as services:
        report = services.verify(expected)
        restores = restores_of(services.store.path)
        stamps = services.time_stamps
        kept = stamps.all()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head_hash": report.head_hash,
                "records_checked": report.records_checked,
                "blobs_checked": report.blobs_checked,
                "anchors_checked": report.anchors_checked,
                "anchors_before": report.anchors_before,
                "time_stamps": [
                    {
                        "entries": s.entries,
                        "head_hash": s.head_hash,
                        "stamped_at": s.stamped_at.isoformat(),
                        "service": s.service,
                    }
                    for s in kept
                ],
                "problems": report.problems,
                "notes": report.notes,
                "restores": [as_json(restore) for restore in restores],
            }
        )
    else:
        print(verdict_with_restores(verdict(report), report.ok, restores))
        print(describe(report))
        for restore in restores:
            print(restore_line(restore))
        if kept:
            print(describe_time_stamps(kept, stamps.signature_checked))
        for problem in report.problems[1:]:
            print(f"  also: {problem}")
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        report = services.backups.write(args.target, force=args.force)
    print(f"{readable(args.target)} (verified: {report.entries} ledger entries)")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.application import restore, restore_loss

    database = database_path(args)
    passphrase, earlier = restore_passphrases(database, args.backup)
    loss = restore_loss(database, args.backup, passphrase=passphrase)
    lost = lost_words(loss)

    def confirmed() -> None:
        # Asked only of a backup that would otherwise be put back.
        if lost and not args.force:
            raise SteadyError(
                f"{os.path.basename(args.backup)} was not restored. {lost} Nothing was "
                "changed; to restore it anyway, run the command again with --force."
            )

    restored = restore(
        database,
        args.backup,
        passphrase=passphrase,
        backup_passphrase=earlier,
        checked=confirmed,
        lost=loss,
    )
    print(f"Restored {os.path.basename(args.backup)} as {restored.database}.")
    if lost:
        kept = restored.set_aside or "the log it set aside"
        print(
            lost_words(loss, kept)
            .replace("will no longer hold", "no longer holds")
            .replace("A restore keeps them in", "They are kept in")
        )
    if restored.note:
        print(restored.note)
    if restored.unrecorded:
        print(f"steady: {restored.unrecorded}", file=sys.stderr)
    if restored.set_aside:
        print(f"The file it replaced is kept as {restored.set_aside}.")
    print(f"Head hash {restored.head.hash} (entry {restored.head.entries}).")
    return 0


def _timestamp(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        stamp = services.time_stamps.stamp_head()
    print(
        f"Time-stamped the log's head ({stamp.entries} entries, {stamp.head_hash}) at "
        f"{stamp.stamped_at:%Y-%m-%d %H:%M:%S} UTC by {stamp.service}."
    )
    return 0
