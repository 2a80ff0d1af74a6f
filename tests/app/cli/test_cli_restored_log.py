"""A log restored from an older backup says so: `verify` names the restore (when, from which
file, back to which entry of how many, what is no longer in it, where the replaced log is
kept) and a packet's integrity statement tells its reader the same, never that nothing was
removed. A log never restored reads as before."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader

from tests.app.cli.test_cli import steady

THREAT = "I will break every window in your shop tonight."
LOG = ("log", "--customer", "1", "--channel", "email", "--no-suggest")
UNCHANGED = "Nothing in the log had been changed or removed outside Steady."


def _integrity(pdf: Path) -> str:
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    start = text.rindex("Integrity statement")
    return text[start : text.index("Ledger entries", start)]


def _number(pdf: Path) -> str:
    return str(PdfReader(pdf).metadata.title).rsplit(" ", 1)[-1]


def _restored(db: Path, tmp_path: Path) -> tuple[int, str, Path]:
    """A log with a backup, then a threat and a packet handed on, then that backup restored:
    the backup's entry count, the packet's number, the file the restore set aside."""
    assert steady(db, "customer", "add", "--name", "Max Loud").returncode == 0
    assert steady(db, *LOG, "--text", "Refund me.", "--at", "2026-11-20T09:00").returncode == 0
    backup = tmp_path / "old.db"
    taken = steady(db, "backup", str(backup))
    entries = int(re.search(r"verified: (\d+) ledger entries", taken.stdout)[1])  # type: ignore[index]
    assert steady(db, *LOG, "--text", THREAT, "--at", "2026-11-26T22:00").returncode == 0
    p1 = tmp_path / "p1.pdf"
    assert steady(db, "packet", "1", "--kind", "legal", "--out", str(p1)).returncode == 0
    done = steady(db, "restore", str(backup), "--force")
    assert done.returncode == 0, done.stderr
    aside = Path(re.search(r"kept as (\S+)\.$", done.stdout, re.M)[1])  # type: ignore[index]
    return entries, _number(p1), aside


def test_verify_after_restoring_an_older_backup_says_what_is_no_longer_in_the_log(
    db_path: Path, tmp_path: Path
) -> None:
    entries, number, aside = _restored(db_path, tmp_path)
    replaced = entries + 3  # the threat, its first saved version, the packet handed on

    verified = steady(db_path, "verify")
    assert verified.returncode == 0, verified.stderr
    lines = verified.stdout.splitlines()
    assert lines[0] == (
        "Nothing in your log was changed. It was restored from an older backup, though: "
        "entries recorded after that backup was taken are not in it (below)."
    )
    assert re.fullmatch(
        rf"The log was restored on \d{{4}}-\d\d-\d\d \d\d:\d\d UTC from old\.db, back to ledger "
        rf"entry {entries} of {replaced}: the 3 entries after it \({entries + 1}–{replaced} of "
        rf"the log it replaced: contact #2 and packet handed on {number}\) are not in it\. "
        rf"The log it replaced is kept as {re.escape(aside.name)}\.",
        lines[2],
    ), lines[2]

    restores = json.loads(steady(db_path, "verify", "--json").stdout)["restores"]
    assert [
        (r["entries"], r["replaced_entries"], r["contacts"], r["packets"]) for r in restores
    ] == [(entries, replaced, [2], [number])]


def test_the_packet_of_a_restored_log_tells_its_reader_what_is_not_in_it(
    db_path: Path, tmp_path: Path
) -> None:
    entries, number, _ = _restored(db_path, tmp_path)
    p2 = tmp_path / "p2.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(p2)).returncode == 0

    statement = _integrity(p2)
    assert UNCHANGED not in statement
    assert "changed or removed" not in statement
    assert "Nothing in the log had been changed outside Steady." in statement
    assert re.search(
        rf"On \d{{4}}-\d\d-\d\d the business restored an older copy of its log \(up to ledger "
        rf"entry {entries}\); 3 entries written after that copy \(contact #2 and the packet "
        rf"handed on as No\. {re.escape(number)}\) are not in this log; the replaced copy is "
        r"kept\.",
        statement,
    ), statement


def test_a_replaced_log_taken_away_and_a_restore_written_down_the_old_way(
    db_path: Path, tmp_path: Path
) -> None:
    """The file set aside removed, the restore's facts stripped from the heads file (as a
    restore written down before they were kept, or a hand that edited them away): both still
    said, from what is left."""
    entries, _, aside = _restored(db_path, tmp_path)
    heads = Path(f"{db_path}.heads")
    rows = [json.loads(line) for line in heads.read_text().splitlines()]
    restore = next(r for r in rows if r["where"].startswith("restored from "))
    assert restore["replaced_entries"] == entries + 3
    # Without the facts, the heads written before the restore show how far the log had gone
    # at least: the head printed on the packet, before the packet itself was logged.
    known = entries + 2
    assert max(r["entries"] for r in rows[: rows.index(restore)]) == known

    # Facts mangled by hand: nothing breaks, nothing false is printed.
    restore.update({"replaced_entries": "many", "contacts": "#2", "packets": [7, None]})
    heads.write_text("".join(json.dumps(r) + "\n" for r in rows))
    said = steady(db_path, "verify").stdout.splitlines()[2]
    assert (
        f"back to ledger entry {entries} of at least {known}: at least 2 entries after it "
        f"({entries + 1} onwards of the log it replaced) are not in it." in said
    )
    assert "contact #" not in said and "packet handed on" not in said
    assert f"kept as {aside.name}." in said

    for key in ("replaced_entries", "replaced", "contacts", "packets", "other"):
        restore.pop(key, None)
    heads.write_text("".join(json.dumps(r) + "\n" for r in rows))
    aside.unlink()
    said = steady(db_path, "verify").stdout.splitlines()[2]
    assert said.startswith("The log was restored on ")
    assert f"back to ledger entry {entries} of at least {known}: at least 2 entries" in said
    assert said.endswith("The log it replaced is not beside it.")

    p2 = tmp_path / "p2.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(p2)).returncode == 0
    statement = _integrity(p2)
    assert "changed or removed" not in statement
    assert (
        "at least 2 entries written after that copy are not in this log; the replaced copy "
        "is not beside the log." in statement
    )


def test_a_log_never_restored_reads_as_before(db_path: Path, tmp_path: Path) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    assert steady(db_path, *LOG, "--text", THREAT, "--at", "2026-11-26T22:00").returncode == 0
    verified = steady(db_path, "verify")
    lines = verified.stdout.splitlines()
    assert lines[0] == "Nothing in your log was changed."
    assert len(lines) == 2 and lines[1].startswith("The log verifies: ")
    assert "restored" not in verified.stdout

    pdf = tmp_path / "p.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(pdf)).returncode == 0
    statement = _integrity(pdf)
    assert statement.rstrip().endswith(f"SHA-256. {UNCHANGED}")
    assert "restored" not in statement


def test_restoring_a_backup_that_holds_everything_leaves_the_packet_as_it_was(
    db_path: Path, tmp_path: Path
) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    assert steady(db_path, *LOG, "--text", THREAT, "--at", "2026-11-26T22:00").returncode == 0
    backup = tmp_path / "same.db"
    assert steady(db_path, "backup", str(backup)).returncode == 0
    assert steady(db_path, "restore", str(backup)).returncode == 0

    lines = steady(db_path, "verify").stdout.splitlines()
    assert lines[0] == "Nothing in your log was changed."
    assert "it held everything the log it replaced did" in lines[2]
    pdf = tmp_path / "p.pdf"
    assert steady(db_path, "packet", "1", "--kind", "legal", "--out", str(pdf)).returncode == 0
    assert _integrity(pdf).rstrip().endswith(f"SHA-256. {UNCHANGED}")
