"""What the owner waits for in the window, timed from outside the process.

Each run spawns a fresh Python process and times, from the moment it was spawned:
- start: Steady started as `python -m app --db DB`, until the main window is mapped and the
  first customer's log is painted, against a bare PySide6 window (QApplication +
  QMainWindow) spawned the same way, interleaved so both see the same machine load; also
  the CPU time each used until then, which a busy machine inflates far less;
- select: once the first customer's assessment has filled in (the owner reads it first),
  selecting the customer with 10,000 contacts (customer 2 in bench_database.py) until their
  log is painted, and until the assessment and charts have filled in;
- memory: the process's peak resident size once that customer is shown, against the bare
  window's.

Sources are compiled to bytecode first, as an installed Steady is, and Steady is started once
untimed: its first start keeps compiled code in its cache folder (app/core/compiled_once.py),
as an installed Steady's first start does. The first start's own time, with an empty cache, is
measured too.

    .venv/bin/python bench/bench_window.py                   # builds /tmp/steady-bench-100k.db
    .venv/bin/python bench/bench_window.py --db /tmp/bench-1m.db --runs 3
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_database import BUSY_CUSTOMER, build

PROBE = ROOT / "bench" / "window_probe.py"


def _probe(*args: str, cold: bool = False) -> dict[str, float]:
    """Spawn the probe; every event as milliseconds since the spawn (peak_mib as MiB).
    `cold`: with an empty cache folder, as at Steady's very first start."""
    home = tempfile.mkdtemp(prefix="steady-bench-home-")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STEADY_HOME": home}
    if cold:
        env["STEADY_CACHE"] = tempfile.mkdtemp(prefix="steady-bench-cache-")
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, str(PROBE), *args], capture_output=True, text=True, env=env, check=True
    )
    events: dict[str, float] = {}
    for line in result.stdout.splitlines():
        name, value = line.split()
        if name == "peak_mib":
            events["peak_mib"] = float(value)
        elif name.startswith("cpu_"):
            events[name] = float(value) * 1000
        else:
            events[name] = (float(value) - spawned) * 1000
    return events


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/steady-bench-100k.db"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, customers=5000, contacts=100_000)
    for folder in ("app", "ui", "storage", "reports"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    _probe("steady", str(args.db))  # the first open upgrades the file if it is older
    bare: list[dict[str, float]] = []
    steady: list[dict[str, float]] = []
    first: list[dict[str, float]] = []
    for _ in range(args.runs):  # interleaved: both see the same machine load
        bare.append(_probe("bare"))
        steady.append(_probe("steady", str(args.db), str(BUSY_CUSTOMER)))
        first.append(_probe("steady", str(args.db), cold=True))

    def median(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    bare_start = median(bare, "painted")
    start = median(steady, "painted")
    mapped = median(steady, "mapped")
    selected = statistics.median(run["painted_2"] - run["select"] for run in steady)
    assessed = statistics.median(run["assessed"] - run["select"] for run in steady)
    print(f"\nwindow on {args.db.name}: median of {args.runs} fresh processes, offscreen")
    print(f"  bare PySide6 window, spawn to painted    {bare_start:8.0f} ms")
    print(f"  Steady, spawn to window mapped           {mapped:8.0f} ms")
    print(
        f"  Steady, spawn to first customer's log    {start:8.0f} ms   "
        f"ratio {start / bare_start:.2f}"
    )
    cold = median(first, "painted")
    print(
        f"  the same, first start (empty cache)      {cold:8.0f} ms   ratio {cold / bare_start:.2f}"
    )
    cpu_bare, cpu = median(bare, "cpu_painted"), median(steady, "cpu_painted")
    print(
        f"  CPU time until painted: bare {cpu_bare:.0f} ms, Steady {cpu:.0f} ms   "
        f"ratio {cpu / cpu_bare:.2f}"
    )
    print(f"  select 10,000-contact customer -> log painted       {selected:6.0f} ms")
    print(f"  select 10,000-contact customer -> assessment shown  {assessed:6.0f} ms")
    print(
        f"  peak memory: Steady {median(steady, 'peak_mib'):.0f} MiB, "
        f"bare window {median(bare, 'peak_mib'):.0f} MiB"
    )


if __name__ == "__main__":
    main()
