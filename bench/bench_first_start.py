"""The first start of a day: the window against the day's automatic backup.

The logs of `bench_database.py` are written straight into SQLite, with no ledger, so the
day's backup (a copy of the log and a check of every ledger entry) has nothing to do there.
This log is written through Steady itself, every contact with its ledger entries, and each
run removes the backups first, as on the first start of a day. Timed from the spawn until
the first customer's log is painted, against a bare PySide6 window and against a start on
which the day's backup is already taken, interleaved.

    .venv/bin/python bench/bench_first_start.py          # builds /tmp/steady-bench-ledger.db
    .venv/bin/python bench/bench_first_start.py --contacts 50000 --runs 3
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_window import _probe


def build(path: Path, contacts: int) -> None:
    """A log of `contacts` messages from 200 customers, logged as the window logs them."""
    from app.application import open_services
    from app.core.domain import Channel, ContactDetails, Customer, Direction

    services = open_services(path)
    try:
        customers = [services.customers.add(Customer(name=f"Customer {n}")) for n in range(200)]
        start = datetime(2025, 1, 1, tzinfo=UTC)
        for n in range(contacts):
            services.contacts.log(
                customers[n % len(customers)],
                ContactDetails(
                    occurred_at=start + timedelta(minutes=n),
                    channel=Channel.EMAIL,
                    direction=Direction.INBOUND,
                    text=f"Message {n}: the order never arrived and I want my money back.",
                ),
            )
    finally:
        services.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/steady-bench-ledger.db"))
    parser.add_argument("--contacts", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"building {args.db} ({args.contacts} contacts through Steady)…", flush=True)
        build(args.db, args.contacts)
    backups = args.db.parent / "Steady backups"
    _probe("steady", str(args.db))  # compiles and settles the file
    bare: list[float] = []
    first: list[float] = []
    again: list[float] = []
    for _ in range(args.runs):
        bare.append(_probe("bare")["painted"])
        shutil.rmtree(backups, ignore_errors=True)
        first.append(_probe("steady", str(args.db))["painted"])
        again.append(_probe("steady", str(args.db))["painted"])
    base = statistics.median(bare)
    print(f"\nfirst start of a day on {args.db.name}: median of {args.runs}, offscreen")
    print(f"  bare PySide6 window, spawn to painted          {base:7.0f} ms")
    for label, runs in (("first start of the day", first), ("later start, backup taken", again)):
        median = statistics.median(runs)
        print(
            f"  Steady, {label + ',':27s} to the log {median:5.0f} ms   ratio {median / base:.2f}"
        )


if __name__ == "__main__":
    main()
