"""Builds a large Steady database for the benchmarks: N customers and M contacts.

Rows go in with executemany in one transaction (the FTS triggers index them as they go),
bypassing the ledger: these files measure reading speed, they are not evidence.

    .venv/bin/python bench/bench_database.py /tmp/bench-100k.db --customers 5000 --contacts 100000
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.application import open_services

WORDS = (
    "the a to and of I you my is it for this that in not be have on with your was me are "
    "order refund money back now today again still never always why what when where how "
    "please account password locked email call called phone answer reply waiting days week "
    "review star stars post posted everyone know scam lawyer sue court bank chargeback "
    "dispute police report manager owner staff support useless pathetic idiot rude service "
    "delivery parcel late broken wrong size colour return exchange invoice charge charged "
    "twice cancel subscription plan upgrade file files upload download link share folder "
    "lost deleted missing error crash slow website app login code reset sent received "
    "promise promised compensation hours business clients customers forum facebook twitter "
    "instagram reviews friends family going will would could should must can cannot won't "
    "don't didn't isn't unacceptable ridiculous disgusting terrible worst best thanks thank "
    "hello hi regards sorry understand problem issue question questions complaint help"
).split()
CHANNELS = ["email", "phone", "chat", "social", "review", "in-person", "letter", "other"]
FIRST = (
    "Alex Sam Jordan Taylor Morgan Casey Riley Jamie Robin Avery Quinn Drew Lee Kai Noor".split()
)
LAST = "Smith Jones Brown Taylor Wilson Evans Thomas Roberts Walker Wright Hall Green".split()


def sentence(rng: random.Random) -> str:
    # Zipf-like: common words far more often than rare ones.
    count = rng.randint(12, 60)
    picks = [WORDS[min(int(rng.paretovariate(1.1)) - 1, len(WORDS) - 1)] for _ in range(count)]
    return " ".join(picks).capitalize() + "."


def build(path: Path, customers: int, contacts: int, seed: int = 7) -> None:
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    open_services(path).close()  # schema and migrations
    rng = random.Random(seed)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    started = time.perf_counter()
    stamp = now.isoformat(timespec="seconds")
    with conn:
        conn.executemany(
            "INSERT INTO customers (id, name, emails, created_at, updated_at) VALUES (?,?,?,?,?)",
            [
                (
                    i,
                    f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    json.dumps([f"customer{i}@mail.example"]),
                    stamp,
                    stamp,
                )
                for i in range(1, customers + 1)
            ],
        )
        batch: list[tuple[object, ...]] = []
        for i in range(1, contacts + 1):
            # A few customers are responsible for most contacts, as in life.
            customer = min(int(rng.paretovariate(0.8)), customers)
            at = (now - timedelta(minutes=rng.randint(0, 60 * 24 * 365))).isoformat(
                timespec="seconds"
            )
            batch.append(
                (
                    i,
                    customer,
                    at,
                    rng.choice(CHANNELS),
                    rng.choice(["inbound", "outbound"]),
                    sentence(rng)[:80],
                    sentence(rng),
                    rng.randint(1, 5),
                    rng.randint(0, 30),
                    stamp,
                )
            )
            if len(batch) == 20_000:
                _insert_contacts(conn, batch)
                batch.clear()
        if batch:
            _insert_contacts(conn, batch)
    conn.execute("PRAGMA optimize")
    conn.close()
    print(
        f"built {path}: {customers} customers, {contacts} contacts in "
        f"{time.perf_counter() - started:.1f} s"
    )


def _insert_contacts(conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
    conn.executemany(
        "INSERT INTO contacts (id, customer_id, occurred_at, channel, direction, summary, text, "
        "severity, minutes, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    build(args.path, args.customers, args.contacts)


if __name__ == "__main__":
    main()
