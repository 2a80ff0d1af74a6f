"""How fast the log opens and searches on a large database.

Prints ratios against baselines measured in the same run (these machines are noisy):
- search: Steady's search (customers + contacts, snippets, newest first) against a raw
  sqlite3 FTS5 query for the same words on the same file;
- window: starting the main window on the large database against a bare PySide6 window,
  each in a fresh process, offscreen.

    .venv/bin/python bench/bench_log.py                      # builds /tmp/steady-bench-100k.db
    .venv/bin/python bench/bench_log.py --db /tmp/bench-1m.db --skip-window
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.application import open_services
from bench.bench_database import build
from storage.search import match_expression

QUERIES = [
    "the",
    "refund",
    "the order",
    "refund money back",
    "lawyer sue",
    "t",
    "re",
    "ref",
    "chargeback police",
    "acco",
]
REPEATS = 30


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[int(len(ordered) * 0.95) - 1]


def bench_search(path: Path) -> None:
    services = open_services(path)
    raw = sqlite3.connect(path)
    print(
        f"\nsearch on {path.name}: {REPEATS} runs per query, times in ms "
        "(prefix search, as typed in the window)"
    )
    print(f"{'query':<20} {'steady p50':>10} {'steady p95':>10} {'raw p95':>8} {'ratio':>6}")
    all_steady, all_raw = [], []
    for query in QUERIES:
        expression = match_expression(query, prefix=True)
        steady, baseline = [], []
        for _ in range(REPEATS):
            started = time.perf_counter()
            services.search(query, 100, prefix=True)
            steady.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            raw.execute(
                "SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT 100", [expression]
            ).fetchall()
            baseline.append((time.perf_counter() - started) * 1000)
        all_steady += steady
        all_raw += baseline
        print(
            f"{query:<20} {statistics.median(steady):>10.2f} {_p95(steady):>10.2f} "
            f"{_p95(baseline):>8.2f} {_p95(steady) / max(_p95(baseline), 1e-3):>6.1f}"
        )
    print(
        f"{'all queries':<20} {statistics.median(all_steady):>10.2f} {_p95(all_steady):>10.2f} "
        f"{_p95(all_raw):>8.2f} {_p95(all_steady) / max(_p95(all_raw), 1e-3):>6.1f}"
    )
    services.close()


_BARE = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); w = QMainWindow(); w.resize(1200, 760); w.show(); app.processEvents()
print(time.perf_counter() - t)
"""

_STEADY = """
import sys, time; t = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from app.application import open_services
from ui.shell.steady_window import steady_window
app = QApplication([]); services = open_services({db!r})
w = steady_window(services); w.resize(1200, 760); w.show(); app.processEvents()
print(time.perf_counter() - t)
"""


def _run(code: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return float(result.stdout.strip().splitlines()[-1]) * 1000


def bench_window(path: Path, runs: int = 5) -> None:
    bare, steady = [], []
    for _ in range(runs):  # interleaved so both see the same machine load
        bare.append(_run(_BARE))
        steady.append(_run(_STEADY.format(root=str(ROOT), db=str(path))))
    b, s = statistics.median(bare), statistics.median(steady)
    print(f"\nwindow on {path.name} (median of {runs} fresh processes, offscreen):")
    print(f"  bare PySide6 window {b:7.1f} ms")
    print(f"  Steady main window  {s:7.1f} ms   ratio {s / b:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/steady-bench-100k.db"))
    parser.add_argument("--skip-window", action="store_true")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, customers=5000, contacts=100_000)
    bench_search(args.db)
    if not args.skip_window:
        bench_window(args.db)


if __name__ == "__main__":
    main()
