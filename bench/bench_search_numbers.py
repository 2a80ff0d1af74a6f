"""A number typed in plain digits, looked for in the folded copies of a log where every
contact has one (an Arabic shop's: 100,000 contacts of Arabic text, each with a number): the
worst case for storage/search_numbers.py, a number in none of them read through them all.

    .venv/bin/python bench/bench_search_numbers.py [--contacts 100000]

Only the folded copies are made (in a file of their own, in a temporary folder): the look
reads nothing else until it has found a contact.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.connection import SteadyDatabase
from storage.schema_expected import FOLDED_WORDS
from storage.search_numbers import numbers_written_otherwise

WORDS = "سأقاضيك غدا طلبي اين المحل الشرطة محامي رقم اتصل".split()
# Typed letter by letter, as the Search dialog searches, then whole: none is in the log.
QUERIES = ("4471", "0412 555 019", "order 4471")


def build(path: Path, contacts: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute(
        f"CREATE TABLE {FOLDED_WORDS} (id INTEGER PRIMARY KEY, contact_id INTEGER, "
        "summary TEXT, text TEXT)"
    )
    rows = [
        (
            at,
            at,
            "",
            " ".join(rng.choice(WORDS) for _ in range(40))
            + f" {rng.randint(100, 99999)} "
            + " ".join(rng.choice(WORDS) for _ in range(20)),
        )
        for at in range(1, contacts + 1)
    ]
    with conn:
        conn.executemany(f"INSERT INTO {FOLDED_WORDS} VALUES (?, ?, ?, ?)", rows)
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="steady-bench-numbers-"))
    try:
        path = folder / "folded.db"
        build(path, args.contacts)
        db = SteadyDatabase(sqlite3.connect(path))
        times: list[float] = []
        slowest = ("", 0.0)
        for _ in range(args.rounds):
            for query in QUERIES:
                # Letter by letter as typed, then the whole query searched.
                for end in range(1, len(query) + 2):
                    typed = query[:end]
                    started = time.perf_counter()
                    numbers_written_otherwise(db, typed, end <= len(query), set(), 100)
                    took = (time.perf_counter() - started) * 1000
                    times.append(took)
                    slowest = max(slowest, (typed, took), key=lambda each: each[1])
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"numbers in {args.contacts} Arabic folded copies, {len(times)} searches: median "
        f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms ({slowest[0]!r})"
    )


if __name__ == "__main__":
    main()
