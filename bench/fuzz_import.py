"""Fuzzing the importer: thousands of mangled messages, as .eml files and inside mailboxes.

Each must become an imported contact, a skip or one failure line for its file; no traceback
may escape, and the database must verify afterwards.

Run: .venv/bin/python bench/fuzz_import.py [--messages 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.application import open_services
from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from tests.helpers.hostile_mail import SEEDS, SENDER, mutate

PER_MBOX = 50


def _mbox(messages: list[bytes]) -> bytes:
    out = bytearray()
    for raw in messages:
        out += b"From " + SENDER.encode() + b" Mon Mar  2 10:00:00 2026\n"
        body = raw.replace(b"\r\n", b"\n")
        out += b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in body.split(b"\n")
        )
        out += b"\n\n"
    return bytes(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        services = open_services(root / "fuzz.db")
        customer_id = services.customers.add(Customer(name="Angry Person", emails=(SENDER,)))
        # Half the files are dropped onto the customer, so even a mangled sender is logged.
        dropped = ImportOptions(customer_id=customer_id)
        messages = [mutate(rng.choice(SEEDS), rng) for _ in range(args.messages)]
        paths: list[str] = []
        half = len(messages) // 2
        for number, raw in enumerate(messages[:half]):
            path = root / f"m{number}.eml"
            path.write_bytes(raw)
            paths.append(str(path))
        rest = messages[half:]
        for start in range(0, len(rest), PER_MBOX):
            path = root / f"box{start}.mbox"
            path.write_bytes(_mbox(rest[start : start + PER_MBOX]))
            paths.append(str(path))
        tracebacks = 0
        imported = skipped = failed = unmatched = 0
        started = time.perf_counter()
        # One file at a time, so every escaping error is counted.
        for number, path in enumerate(paths):
            try:
                report = services.imports.run([path], dropped if number % 2 else None)
            except Exception:  # counting what escapes is the point
                tracebacks += 1
                traceback.print_exc()
                continue
            imported += len(report.imported)
            skipped += len(report.skipped)
            failed += len(report.failed)
            unmatched += len(report.unmatched)
        elapsed = time.perf_counter() - started
        verified = services.verify()
        services.close()
    print(
        f"{args.messages} mutated messages in {len(paths)} files ({half} .eml, "
        f"{len(paths) - half} mailboxes): imported {imported}, skipped {skipped}, "
        f"failed {failed}, no customer {unmatched}; tracebacks {tracebacks}; "
        f"database {'verifies' if verified.ok else 'DOES NOT verify: ' + verified.problems[0]} "
        f"({verified.entries} ledger entries); {elapsed:.0f} s"
    )
    return 0 if tracebacks == 0 and verified.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
