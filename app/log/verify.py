"""Proving the log was not altered: the ledger chain, every record and every stored file, and
that the ledger still holds every head written down outside it (a packet, the heads file
beside the database, each backup)."""

from __future__ import annotations

import os

from app.core.appended_lines import why_not_written
from app.core.errors import SteadyError
from app.core.ledger_records import VerifyReport
from app.core.ports import DatabaseFiles, Store
from app.log.anchors import (
    LedgerHead,
    SeenHead,
    backup_written_this_run,
    heads_path,
    parse_head,
    read_heads,
    torn_heads,
    write_down_head,
    written_this_run,
)
from app.log.history import BackupFile, heads_in_force, limit_for

DAMAGED = "The file is damaged"
GIVEN = "the head you gave"
REWRITTEN = "the log was rewritten"

__all__ = ["LedgerHead", "describe", "ledger_head", "parse_head", "verify_log"]


def ledger_head(store: Store) -> LedgerHead:
    """The open database's ledger head: the last entry's hash and the number of entries."""
    count, hash_ = store.ledger.head()
    return LedgerHead(hash_, count)


def _check_head(store: Store, head: LedgerHead | str, source: str, report: VerifyReport) -> None:
    if isinstance(head, str):
        position = store.ledger.position_of(head)
        if position is None:
            report.problems.append(
                f"The ledger does not hold the head {head[:16]}… ({source}): the log was "
                "rewritten or entries were removed."
            )
        return
    mismatch = _mismatch(store, head, source, report.entries)
    if mismatch is not None:
        what, cause = mismatch
        if source == GIVEN and cause == REWRITTEN:
            cause = "check it was copied exactly; otherwise " + cause
        report.problems.append(f"{what}: {cause}.")


def _mismatch(store: Store, head: LedgerHead, source: str, entries: int) -> tuple[str, str] | None:
    """(what differs, what it means) when the log does not hold `head`, else None."""
    if head.entries > entries:
        return (
            f"The ledger has {entries} entries, but {head.entries} were written down ({source})",
            "entries were removed",
        )
    if store.ledger.hash_at(head.entries) != head.hash:
        position = store.ledger.position_of(head.hash)
        where = f" (it is entry {position} here)" if position else ""
        return (
            f"Ledger entry {head.entries} is not the one written down ({source}){where}",
            REWRITTEN,
        )
    return None


def _check_written_head(
    store: Store,
    item: SeenHead,
    report: VerifyReport,
    backups: list[BackupFile],
    files: DatabaseFiles | None,
) -> None:
    """A head from the heads file, a plain file anyone with the folder can edit: one no backup
    holds is named as such, for the log may be whole and the file the one changed."""
    mismatch = _mismatch(store, item.head, f"{item.where}, {item.at}", report.entries)
    if mismatch is None:
        return
    what, cause = mismatch
    name = os.path.basename(heads_path(store.path))
    holder = _backup_holding(item.head, backups, files)
    if holder is not None:
        report.problems.append(f"{what}: {cause} (backup {os.path.basename(holder)} holds it too).")
        return
    compared = (
        "there is no automatic backup to compare it with"
        if not backups or files is None
        else "the automatic backup does not hold it"
        if len(backups) == 1
        else f"none of the {len(backups)} automatic backups holds it"
    )
    report.problems.append(
        f"{what} in {name}, the plain file beside the log, and {compared}: either {cause}, or "
        f"{name} was edited outside Steady. Check the log against the head printed on your "
        "newest packet (steady verify --head HASH:COUNT): if it holds that head, the file was "
        f"most likely edited. Keep the log and {name} as they are."
    )


def _backup_holding(
    head: LedgerHead, backups: list[BackupFile], files: DatabaseFiles | None
) -> str | None:
    for backup in backups if files is not None else []:
        try:
            if files.hashes_at(backup.path, [head.entries])[head.entries] == head.hash:  # type: ignore[union-attr]
                return backup.path
        except SteadyError:
            continue  # an unreadable backup proves nothing either way
    return None


def verify_log(
    store: Store,
    expected: LedgerHead | str | None = None,
    *,
    backups: list[BackupFile] | None = None,
    files: DatabaseFiles | None = None,
) -> VerifyReport:
    """Verify the database, then every head known from outside it.

    `expected` is a head as printed on a packet (`HASH:COUNT`, or the hash alone). The heads
    file beside the database and the backups' own ledger heads are compared too. A verified
    head is written down, so a later shortening of the log is caught.
    """
    report = store.ledger.verify()
    if report.problems and report.problems[0].startswith(DAMAGED) and files is not None:
        good = next((b.path for b in backups or [] if _verifies(files, b.path)), None)
        report.problems.append(
            f'The newest good backup is {good}; put it back with: steady restore "{good}"'
            if good
            else "There is no good automatic backup; restore a copy you made yourself."
        )
        return report
    if expected is not None:
        _check_head(store, expected, GIVEN, report)
    written = heads_path(store.path)
    seen: list[SeenHead] = read_heads(written)
    binding = heads_in_force(seen)
    torn = torn_heads(written)
    if torn:
        report.notes.append(_torn_note(torn, os.path.basename(written)))
    for item in binding:
        _check_written_head(store, item, report, backups or [], files)
    report.anchors_checked = len(binding) + (expected is not None)
    before = [item for item in binding if not written_this_run(written, item)]
    report.anchors_before = len(before) + (expected is not None)
    for backup in backups or []:
        if files is None:
            break
        try:
            count, hash_ = files.head(backup.path)
            source = f"backup {os.path.basename(backup.path)}"
            limit = limit_for(backup, seen)
            if limit is not None and count > limit:
                # Taken before a restore to an earlier head: it binds the log up to that head.
                count, hash_ = limit, files.hashes_at(backup.path, [limit])[limit] or ""
        except SteadyError:
            continue  # an unreadable backup proves nothing either way
        if count:
            _check_head(store, LedgerHead(hash_, count), source, report)
            report.anchors_checked += 1
            report.anchors_before += not backup_written_this_run(backup.path)
    if report.ok and not store.read_only:
        try:
            write_down_head(written, ledger_head(store), "verify")
        except OSError as error:
            report.notes.append(
                f"The log's head could not be written down beside it ({why_not_written(written, error)}); "
                "the log verifies, and its head is written down the next time you verify it once there is room."
            )
    return report


def _torn_note(torn: int, name: str) -> str:
    lines = "a line" if torn == 1 else f"{torn} lines"
    heads = "the head on it" if torn == 1 else "the heads on them"
    return (
        f"{lines.capitalize()} of {name}, the file beside the log where its heads are written "
        f"down, cannot be read: cut short when the disk was full or the power went as it was "
        f"written (or changed outside Steady). {heads.capitalize()} cannot be checked; every "
        "other head was."
    )


def missing_tables_problem(
    tables: list[str], backup: str | None, remade: list[str] | None = None
) -> str:
    """One line for a file whose tables were removed or made again without what Steady keeps
    in them: it cannot be used, only restored."""
    if tables:
        names = _names(tables)
        what = (
            f"the table {names} is missing from the database: it was removed"
            if len(tables) == 1
            else f"the tables {names} are missing from the database: they were removed"
        )
    else:
        names = _names(remade or [])
        what = (
            f"the table {names} lacks columns Steady keeps in it: it was made again"
            if len(remade or []) == 1
            else f"the tables {names} lack columns Steady keeps in them: they were made again"
        )
    advice = (
        f'the newest good backup is {backup}; put it back with: steady restore "{backup}"'
        if backup
        else "there is no good automatic backup; restore a copy you made yourself"
    )
    return f"The log does NOT verify: {what} outside Steady. Keep this file as it is; {advice}."


def _names(tables: list[str]) -> str:
    return " and ".join(f"“{table}”" for table in tables)


def _verifies(files: DatabaseFiles, path: str) -> bool:
    try:
        return files.check(path).ok
    except SteadyError:
        return False


def describe(report: VerifyReport) -> str:
    if report.ok:
        # What this run wrote down itself (the day's backup taken on opening) proves nothing
        # about the file as it was handed over.
        count = report.anchors_before
        anchors = (
            f" It holds {'the head' if count == 1 else f'all {count} heads'} written down before."
            if count
            else ""
            if report.time_stamps
            else " Nothing outside this file vouches for it yet: only a time-stamp, or the "
            "head printed on an earlier packet checked against it, can."
        )
        return (
            f"The log verifies: {report.entries} ledger entries chain correctly, "
            f"{report.records_checked} record{'' if report.records_checked == 1 else 's'} and "
            f"{report.blobs_checked} stored file{'' if report.blobs_checked == 1 else 's'} match."
            f"{anchors} Head hash {report.head_hash} (entry {report.entries}); "
            f"check this file against it later with: steady verify --head "
            f"{report.head_hash}:{report.entries}"
        ) + _notes(report)
    more = len(report.problems) - 1
    return (
        f"The log does NOT verify. First problem: {report.problems[0]}"
        + (f" (and {more} more)" if more else "")
        + _notes(report)
    )


def _notes(report: VerifyReport) -> str:
    """What is worth knowing of a log whatever the verdict (a clock set back)."""
    return "".join(f" Note: {note}" for note in report.notes)


def verdict(report: VerifyReport) -> str:
    """The answer in the owner's words; `describe` holds the details for whoever asks."""
    if report.ok:
        return "Nothing in your log was changed."
    return (
        "Something in your log was changed outside Steady, or is missing. Keep this file as it "
        "is and look at the details below."
    )
