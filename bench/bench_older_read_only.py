"""Workers reopening a log from an older Steady on a read-only drive, against its first open.

Such a log is read through a copy brought up to date in memory (storage/older_read_only.py).
The window's first open makes that copy; every worker thread (the assessment, search, packets,
letters, verify) then opens the log again with `services.reopen()`. This builds an older log
(the oldest demo log in tests/storage/older_logs, with CONTACTS more contacts written straight
in under its own triggers), marks it read-only, and times the first open and N reopens.

    .venv/bin/python bench/bench_older_read_only.py                 # 20,000 contacts, 5 reopens
    .venv/bin/python bench/bench_older_read_only.py --contacts 100000 --reopens 10
    .venv/bin/python bench/bench_older_read_only.py --contacts 100000 --versions \
        --behind m750_search_folded_read_whole

It also times the log opened again once closed, as at the owner's next start of Steady (what
the first opening looked for in the file is then remembered). With --behind STEP the log is
first brought up to date by Steady except STEP and the changes after it: a log from the Steady
before, whose opening pays only those; with --versions each contact has its first version, as
Steady writes it (what those changes look through).
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import shutil
import sqlite3
import stat
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.application import open_services
from bench.bench_database import CHANNELS
from bench.corpus import EnglishWords

OLDEST = sorted((ROOT / "tests" / "storage" / "older_logs").glob("*.db.gz"))[0]


def build(path: Path, contacts: int, seed: int = 7, versions: bool = False) -> None:
    """The oldest demo log with `contacts` more contacts for its four customers (with
    `versions`, each with its first version too)."""
    with gzip.open(OLDEST) as source, path.open("wb") as target:
        shutil.copyfileobj(source, target)
    rng = random.Random(seed)
    words = EnglishWords(rng)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    stamp = now.isoformat(timespec="seconds")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    customers = [row[0] for row in conn.execute("SELECT id FROM customers")]
    rows = [
        (
            rng.choice(customers),
            (now - timedelta(minutes=rng.randint(0, 60 * 24 * 365))).isoformat(timespec="seconds"),
            rng.choice(CHANNELS),
            rng.choice(["inbound", "outbound"]),
            words.sentence(3, 10)[:80],
            words.paragraph(rng.randint(1, 5)),
            rng.randint(1, 5),
            stamp,
        )
        for _ in range(contacts)
    ]
    with conn:
        conn.executemany(
            "INSERT INTO contacts (customer_id, occurred_at, channel, direction, summary, text, "
            "severity, created_at) VALUES (?,?,?,?,?,?,?,?)",
            rows,
        )
        if versions:
            # Each contact's first version, as Steady writes it beside the contact: what the
            # schema changes that mend versions look through.
            conn.execute(
                "INSERT INTO contact_revisions (contact_id, number, revised_at, occurred_at, "
                "channel, direction, summary, text, categories, severity, minutes, url, staff) "
                "SELECT id, revision, created_at, occurred_at, channel, direction, summary, "
                "text, categories, severity, minutes, url, staff FROM contacts "
                "WHERE id NOT IN (SELECT contact_id FROM contact_revisions)"
            )
    conn.close()
    os.chmod(path, stat.S_IRUSR)  # read-only, as on a CD or a locked USB stick


def behind(path: Path, step: str) -> None:
    """The log brought up to date by a Steady that had not yet made `step` and the changes
    after it."""
    from storage.schema_expected import STEPS

    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    open_services(path, daily_backup=False).close()
    later = STEPS[STEPS.index(step) :]
    conn = sqlite3.connect(path)
    with conn:
        marks = ",".join("?" for _ in later)
        conn.execute(f"DELETE FROM _sqlite_migrations WHERE name IN ({marks})", later)
    conn.close()
    for backup in path.parent.glob("*.bak"):
        backup.unlink()
    os.chmod(path, stat.S_IRUSR)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--reopens", type=int, default=5)
    parser.add_argument("--behind", default="", help="a schema change the log has not had")
    parser.add_argument("--again", type=int, default=3, help="openings after closing it")
    parser.add_argument(
        "--versions", action="store_true", help="each contact with its first version"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="steady-bench-older-"))
    os.environ["STEADY_HOME"] = str(folder / "home")
    os.environ["STEADY_CACHE"] = str(folder / "cache")
    path = folder / "steady.db"
    try:
        build(path, args.contacts, versions=args.versions)
        if args.behind:
            behind(path, args.behind)
        started = time.perf_counter()
        services = open_services(path)
        first = time.perf_counter() - started
        assert services.read_only and services.store.db.path == str(path)
        reopens = []
        for _ in range(args.reopens):
            started = time.perf_counter()
            worker = services.reopen()
            reopens.append(time.perf_counter() - started)
            worker.close()
        services.close()
        again = []
        for _ in range(args.again):
            started = time.perf_counter()
            services = open_services(path)
            again.append(time.perf_counter() - started)
            services.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    median = statistics.median(reopens)
    print(
        f"older read-only log, {args.contacts} contacts: first open {first * 1000:.0f} ms, "
        f"{args.reopens} reopens median {median * 1000:.0f} ms "
        f"(max {max(reopens) * 1000:.0f} ms), reopen/first {median / first:.2f}"
        + (f", behind from {args.behind}" if args.behind else "")
    )
    if again:
        print(
            f"opened again after closing, {args.again} times: median "
            f"{statistics.median(again) * 1000:.0f} ms (max {max(again) * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    main()
