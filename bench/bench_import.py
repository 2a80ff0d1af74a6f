"""Importing a mailbox of real-looking customer mail, file to database, against the least an
importer must do, measured in the same run on the same file.

The mailbox (bench/corpus.py) holds 3,000 messages as mail clients write them: plain text
with an HTML alternative, quoted replies, quoted-printable and base64, four charsets, encoded
subjects, screenshots and PDFs attached. The baseline splits the same file with the same
reader and parses every message with `email.policy.default`, calling `get_content()` on every
part. Steady also matches the customer, suggests categories, keeps the original bytes and
every attachment, indexes the text and writes the hash-chained ledger, all durably.

    .venv/bin/python bench/bench_import.py [--messages 3000] [--rants 0]

--rants N makes N of the messages long threatening rants (56,000 characters, about 900 threat
phrases each, bench/corpus.py), spread through the mailbox.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.application import open_services
from app.core.domain import Customer
from app.importing.mbox import MboxReader
from bench.corpus import write_customer_mbox

SENDERS = [f"customer{n}@mail.example" for n in range(40)]
OWN = "support@shop.example"


def parse_only(path: Path) -> float:
    started = time.perf_counter()
    for message in MboxReader(str(path), 1 << 30):
        assert message.raw is not None
        parsed = email.message_from_bytes(message.raw, policy=email.policy.default)
        for part in parsed.walk():
            if not part.is_multipart():
                part.get_content()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def steady_import(path: Path, folder: Path, messages: int) -> tuple[float, float]:
    services = open_services(folder / "bench.db")
    for sender in SENDERS:
        services.customers.add(Customer(name=sender.split("@")[0], emails=(sender,)))
    started = time.perf_counter()
    report = services.imports.run([str(path)])
    first = time.perf_counter() - started
    assert len(report.imported) == messages, report.summary()
    started = time.perf_counter()
    again = services.imports.run([str(path)])
    second = time.perf_counter() - started
    assert len(again.skipped) == messages
    services.close()
    return first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--rants", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = write_customer_mbox(
            folder / "takeout.mbox", args.messages, SENDERS, OWN, rants=args.rants
        )
        size = path.stat().st_size / 1024 / 1024
        baseline = min(parse_only(path), parse_only(path))  # warm, as the import is
        first, second = steady_import(path, folder, args.messages)
    rants = f", {args.rants} of them long rants" if args.rants else ""
    print(f"\n{args.messages} messages{rants}, {size:.1f} MB mbox")
    print(f"  parse every message and part (baseline) {baseline:7.2f} s")
    print(
        f"  Steady import, file to database         {first:7.2f} s  = {first / baseline:4.2f}x, "
        f"{first / args.messages * 1000:.2f} ms/message"
    )
    print(f"  Steady re-import (all already there)    {second:7.2f} s  = {second / baseline:4.2f}x")


if __name__ == "__main__":
    main()
