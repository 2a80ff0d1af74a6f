"""Import time for a 5,000-message mbox, against parsing the same mbox with the standard
library alone (mailbox + email), measured in the same run on the same machine.

Run: .venv/bin/python bench/bench_import.py
"""

from __future__ import annotations

import mailbox
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.import_fixtures import ANGRY, write_mbox

MESSAGES = 5000


def stdlib_parse(path: Path) -> float:
    started = time.perf_counter()
    box = mailbox.mbox(str(path), create=False)
    for key in box.iterkeys():
        message = box.get_message(key)
        body = message.get_payload(decode=True) or b""
        body.decode("utf-8", "replace")
        for name in ("From", "To", "Subject", "Date", "Message-ID"):
            message.get(name)
    box.close()
    return time.perf_counter() - started


def steady_import(path: Path, folder: Path, name: str) -> tuple[float, float]:
    services = open_services(folder / f"{name}.db")
    services.customers.add(Customer(name="Angry Person", emails=(ANGRY,)))
    started = time.perf_counter()
    report = services.imports.run([str(path)])
    first = time.perf_counter() - started
    assert len(report.imported) == MESSAGES, report.summary()
    started = time.perf_counter()
    again = services.imports.run([str(path)])
    second = time.perf_counter() - started
    assert len(again.skipped) == MESSAGES
    services.close()
    return first, second


def main() -> None:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = write_mbox(folder / "takeout.mbox", MESSAGES)
        size = path.stat().st_size / 1024 / 1024
        baseline = stdlib_parse(path)
        first, second = steady_import(path, folder, "steady")
        print(f"{MESSAGES} messages, {size:.1f} MB mbox")
        print(f"  standard library parse only (baseline): {baseline:6.2f} s")
        print(
            f"  Steady import (parse, match, suggest, save, ledger): {first:6.2f} s "
            f"= {first / baseline:5.1f}x baseline, {first / MESSAGES * 1000:.2f} ms/message"
        )
        print(
            f"  Steady re-import (all skipped as already there):   {second:6.2f} s "
            f"= {second / baseline:5.1f}x baseline"
        )


if __name__ == "__main__":
    main()
