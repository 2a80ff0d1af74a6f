"""Numbers and Arabic or Chinese words typed in a log where every contact has a folded copy (an
Arabic or Chinese shop's: 100,000 contacts, each with a number): the worst case for
storage/search_numbers.py and storage/search_folded.py, a number or word in none of them.

    .venv/bin/python bench/bench_search_numbers.py [--contacts 100000]

Only the folded copies and the few columns the look reads are made (in a file of their own, in a
temporary folder): the look reads nothing else until it has found a contact. The baseline,
measured in the same run on the same file, is the least any look does: the ids of the 101
newest folded copies. With the index of folded copies (storage/written_words_within.py), made
as an existing log is brought up to date, unless --without-index.
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
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from storage.connection import SteadyDatabase
from storage.schema_expected import FOLDED_WORDS
from storage.search_folded import folded_contacts
from storage.search_numbers import numbers_written_otherwise

ARABIC = "سأقاضيك غدا طلبي اين المحل الشرطة محامي رقم اتصل".split()
CHINESE = "我会 起诉 你 订单 退款 在哪里 商店 警察 律师 电话".split()
# Typed letter by letter, as the Search dialog searches, then whole: none is in the log.
NUMBERS = ("4471", "0412 555 019", "order 4471")
WORDS = ("المحكمة", "محكمه", "法院判决", "消费者协会")


def build(path: Path, contacts: int, seed: int = 3) -> None:
    """Seven in ten contacts in Arabic, the rest in Chinese."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute(
        f"CREATE TABLE {FOLDED_WORDS} (id INTEGER PRIMARY KEY, contact_id INTEGER, "
        "summary TEXT, text TEXT)"
    )
    # As the log has it (storage/written_search_revisions.py).
    conn.execute(f"CREATE INDEX {FOLDED_WORDS}_by_contact ON {FOLDED_WORDS}(contact_id)")
    conn.execute(
        "CREATE TABLE contacts (id INTEGER PRIMARY KEY, revision INTEGER, occurred_at TEXT, "
        "customer_id INTEGER, channel TEXT, summary TEXT, text TEXT)"
    )
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers VALUES (1, 'A customer')")
    conn.execute("CREATE INDEX contacts_by_time ON contacts(occurred_at, id)")
    conn.execute(
        "CREATE TABLE contact_revisions (id INTEGER PRIMARY KEY, contact_id INTEGER, "
        "number INTEGER, summary TEXT, text TEXT)"
    )

    def text() -> str:
        words, space = (ARABIC, " ") if rng.random() < 0.7 else (CHINESE, "")
        return (
            space.join(rng.choice(words) for _ in range(40))
            + f" {rng.randint(100, 99999)} "
            + space.join(rng.choice(words) for _ in range(20))
        )

    rows = [(at, at, "", text()) for at in range(1, contacts + 1)]
    with conn:
        conn.executemany(f"INSERT INTO {FOLDED_WORDS} VALUES (?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO contacts VALUES (?, 0, ?, 1, 'email', '', ?)",
            [(at, f"2026-01-01T00:00:{at:09d}", row[2]) for at, *row in rows],
        )
        conn.executemany(
            "INSERT INTO contact_revisions VALUES (?, ?, 0, '', ?)",
            [(at, at, row[2]) for at, *row in rows],
        )
    conn.close()


def _index(db: SteadyDatabase) -> None:
    from storage.written_words_within import index_folded_copies

    index_folded_copies(db)


def _look(db: SteadyDatabase, kind: str, typed: str, typing: bool) -> None:
    if kind == "numbers":
        numbers_written_otherwise(db, typed, typing, set(), 100)
    else:
        folded_contacts(db, [typed], None, 100, 2000, [])


def _p95(times: list[float]) -> float:
    return sorted(times)[max(0, int(len(times) * 0.95) - 1)]


def _timed(look: Callable[[], object]) -> float:
    started = time.perf_counter()
    look()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--without-index", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="steady-bench-numbers-"))
    try:
        path = folder / "folded.db"
        build(path, args.contacts)
        db = SteadyDatabase(sqlite3.connect(path))
        if not args.without_index:
            started = time.perf_counter()
            _index(db)
            print(f"index made in {time.perf_counter() - started:.1f} s")
        times: dict[str, list[float]] = {"numbers": [], "words": [], "baseline": []}
        slowest: dict[str, tuple[str, float]] = {"numbers": ("", 0.0), "words": ("", 0.0)}
        newest = f"SELECT id FROM {FOLDED_WORDS} ORDER BY id DESC LIMIT 101"
        for _ in range(args.rounds):
            for kind, queries in (("numbers", NUMBERS), ("words", WORDS)):
                for query in queries:
                    # Letter by letter as typed, then the whole query searched.
                    for end in range(1, len(query) + 2):
                        typed = query[:end]
                        took = _timed(partial(_look, db, kind, typed, end <= len(query)))
                        times[kind].append(took)
                        slowest[kind] = max(slowest[kind], (typed, took), key=lambda e: e[1])
                        times["baseline"].append(_timed(lambda: db.execute(newest).fetchall()))
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    base = _p95(times["baseline"])
    print(f"{args.contacts} folded copies (7 in 10 Arabic, 3 in 10 Chinese)")
    for kind in ("numbers", "words", "baseline"):
        each = times[kind]
        line = (
            f"{kind:9} {len(each):3} searches: median {statistics.median(each):6.1f} ms, "
            f"p95 {_p95(each):6.1f} ms, max {max(each):6.1f} ms"
        )
        if kind in slowest:
            line += f" ({slowest[kind][0]!r}), p95 {_p95(each) / max(base, 0.01):.0f}× baseline"
        print(line)


if __name__ == "__main__":
    main()
