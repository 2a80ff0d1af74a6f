"""Search as the owner types it, on a large log (5,000 customers, 100,000 contacts): each
query is searched letter by letter (prefix, as the Search dialog does) and then whole, and the
median and 95th percentile are printed beside a baseline measured in the same run on the same
file: a raw FTS5 read of the 100 newest-logged matches of the same words.

    .venv/bin/python bench/bench_search.py COPY_OF_THE_BENCH_LOG.db

Give it a copy: opening the log brings its schema up to date.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = (
    "lawyer",
    "refund",
    "order",
    "m",
    "the",
    "angry customer",
    "police report",
    "where is my order",
    "zzqx",
)


def _typed(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1)]


def _p95(times: list[float]) -> float:
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    from app.application import open_services

    services = open_services(str(args.path), daily_backup=False)
    raw = sqlite3.connect(args.path)
    steady: list[float] = []
    baseline: list[float] = []
    for _ in range(args.rounds):
        for query in QUERIES:
            for typed in _typed(query):
                started = time.perf_counter()
                services.search(typed, 100, prefix=True)
                steady.append((time.perf_counter() - started) * 1000)
                words = " ".join(f'"{word}"' for word in typed.split()) + "*"
                started = time.perf_counter()
                raw.execute(
                    "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? "
                    "ORDER BY rowid DESC LIMIT 100",
                    [words],
                ).fetchall()
                baseline.append((time.perf_counter() - started) * 1000)
    print(f"{len(steady)} searches")
    for name, times in (("Steady search", steady), ("raw FTS5 baseline", baseline)):
        print(f"{name:20} median {statistics.median(times):7.1f} ms   p95 {_p95(times):7.1f} ms")
    print(f"ratio p95 {_p95(steady) / max(_p95(baseline), 0.01):.1f}×")


if __name__ == "__main__":
    main()
