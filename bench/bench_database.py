"""Builds a large Steady database for the benchmarks: N customers and M contacts of real text.

The words of every contact are drawn from a real English word list by how often each word is
used (bench/corpus.py), so searches meet a real vocabulary: one letter matches tens of
thousands of words, common words millions of contacts. Customers have names and addresses
as people do. A few customers have most of the contacts, as in life, and customer 2 has
exactly 10,000 (the one the window benchmark selects).

Rows go in with executemany in one transaction (the triggers index them and keep the
totals as they go), bypassing the ledger: these files measure reading speed, not evidence.

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
from bench.corpus import EnglishWords

CHANNELS = ["email", "phone", "chat", "social", "review", "in-person", "letter", "other"]
FIRST = (
    "Alex Sam Jordan Taylor Morgan Casey Riley Jamie Robin Avery Quinn Drew Lee Kai Noor Maria "
    "José Wei Aisha Olga Pierre Fatima Hiroshi Chloé Liam Emma Noah Olivia Mateo Sofia Ivan "
    "Priya Chen Kofi Amara Lars Ingrid Diego Lucía Tomás Anja Yusuf Leila Omar Zara Ben Ruth"
).split()
LAST = (
    "Smith Jones Brown Taylor Wilson Evans Thomas Roberts Walker Wright Hall Green García "
    "Müller Rossi Novak Kowalski Nguyen Kim Singh Okafor Haddad Dubois Silva Jensen Ivanova "
    "Tanaka Cohen Murphy O'Brien Costa Petrov Andersson Fischer Moreau Romero Sato Khan"
).split()
DOMAINS = "gmail.com outlook.com yahoo.com icloud.com proton.me web.de orange.fr hey.com".split()
BUSY_CUSTOMER = 2
BUSY_CONTACTS = 10_000


def _customer(rng: random.Random, number: int, stamp: str) -> tuple[object, ...]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    user = f"{first}.{last}".lower().replace("'", "") + (str(number) if rng.random() < 0.6 else "")
    return (number, f"{first} {last}", json.dumps([f"{user}@{rng.choice(DOMAINS)}"]), stamp, stamp)


def build(path: Path, customers: int, contacts: int, seed: int = 7) -> None:
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    open_services(path).close()  # schema and migrations
    rng = random.Random(seed)
    words = EnglishWords(rng)
    now = datetime(2026, 11, 1, tzinfo=UTC)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    started = time.perf_counter()
    stamp = now.isoformat(timespec="seconds")
    busy = set(rng.sample(range(1, contacts + 1), min(BUSY_CONTACTS, contacts)))
    with conn:
        conn.executemany(
            "INSERT INTO customers (id, name, emails, created_at, updated_at) VALUES (?,?,?,?,?)",
            [_customer(rng, i, stamp) for i in range(1, customers + 1)],
        )
        batch: list[tuple[object, ...]] = []
        for i in range(1, contacts + 1):
            if i in busy:
                customer = BUSY_CUSTOMER
            else:  # a few customers are responsible for most contacts
                customer = min(int(rng.paretovariate(0.8)), customers)
                if customer == BUSY_CUSTOMER:
                    customer = customers
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
                    words.sentence(3, 10)[:80],
                    words.paragraph(rng.randint(1, 5)),
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
