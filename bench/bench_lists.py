"""The parts of the window's lists that bench_window.py cannot see from outside, on a large
log (5,000 customers, 100,000 contacts). What the owner waits for when choosing a customer,
selection to the log painted, is timed from outside the program by bench_window.py; this
script does not stand in for it.

Each Steady step is timed beside a baseline measured in the same run on the same file:
- customer list: building the model (count + first page of 200) and each further page,
  against a raw sqlite3 read of 200 customer rows;
- filter: one debounced filter step as typed, against the same raw read;
- select: showing a customer at the end of the list (as opening a search result does);
- repeats: finding the same message sent again and again in the busiest customer's whole log
  (on the assessment's worker thread), and folding 100 groups into the timeline's rows.

    .venv/bin/python bench/bench_lists.py                 # builds /tmp/steady-bench-100k.db
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication

from app.application import open_services
from app.log.repeats import RepeatGroup, group_repeats
from bench.bench_database import build
from ui.log.customer_list import CustomerListModel, CustomerListPanel
from ui.log.timeline import TimelineModel

REPEATS = 15


def _median_ms(step: Callable[[], object], repeats: int = REPEATS) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        step()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/steady-bench-100k.db"))
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, customers=5000, contacts=100_000)
    QApplication([])
    services = open_services(args.db)
    raw = sqlite3.connect(args.db)
    baseline = _median_ms(
        lambda: raw.execute("SELECT id, name, status FROM customers LIMIT 200").fetchall()
    )
    busiest = raw.execute(
        "SELECT customer_id, count(*) FROM contacts GROUP BY customer_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    rows: list[tuple[str, float]] = []

    model = CustomerListModel(services.customers)
    rows.append(("customer list: open (count + 200)", _median_ms(model.reload)))

    def next_page() -> None:
        if not model.canFetchMore(QModelIndex()):
            model.reload()
        model.fetchMore(QModelIndex())

    rows.append(("customer list: next page of 200", _median_ms(next_page)))
    for order in ("name", "contacts"):
        model.set_order(order)
        rows.append((f"customer list: order by {order}", _median_ms(model.reload)))

    timeline = TimelineModel(services.contacts)
    # The same message again and again: found off the window's thread with the assessment,
    # then folded into the rows already read on the window's thread.
    everything = services.contacts.page_for_customer(busiest[0], 0, busiest[1])
    rows.append(
        (
            f"repeats: group {busiest[1]} contacts (worker)",
            _median_ms(lambda: group_repeats(everything), 3),
        )
    )
    groups = [RepeatGroup(tuple(everything[i : i + 23][::-1])) for i in range(0, 2300, 23)]

    def fold() -> None:
        timeline.show_customer(busiest[0])
        timeline.set_repeats(busiest[0], groups)

    rows.append(("timeline: first 200, then fold 100 groups", _median_ms(fold)))
    panel = CustomerListPanel(services.customers)
    rows.append(("filter: 'tay' typed", _median_ms(lambda: panel.model.set_filter("tay", None))))
    panel.order_box.setCurrentIndex(panel.order_box.findData("name"))
    last = raw.execute("SELECT id FROM customers ORDER BY name COLLATE NOCASE DESC").fetchone()[0]

    def select_last() -> None:
        panel.filter_box.clear()
        panel.model.set_filter("", None)
        assert panel.select_customer(last)

    rows.append(("select the last customer (from search)", _median_ms(select_last, 5)))

    print(f"\nlists on {args.db.name}; raw read of 200 customers: {baseline:.2f} ms (baseline)")
    print(f"{'step':<40} {'median ms':>10} {'× baseline':>11}")
    for name, ms in rows:
        print(f"{name:<40} {ms:>10.2f} {ms / max(baseline, 1e-3):>11.1f}")
    services.close()


if __name__ == "__main__":
    main()
