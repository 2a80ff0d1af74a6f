"""Several programs writing at once (the window's autosave, an import, the command line):
each write waits its turn; nothing is refused and nothing is lost."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.fixtures import inbound

WRITERS = 3
EACH = 40


def _write_many(db_path: str, customer_id: int, writer: int, start: object) -> None:
    services = open_services(db_path)
    try:
        start.wait()  # type: ignore[attr-defined]
        for number in range(EACH):
            services.contacts.log(
                customer_id,
                inbound(f"writer {writer} message {number}", datetime(2026, 3, 1, tzinfo=UTC)),
                [],
            )
    finally:
        services.close()


@pytest.mark.slow
def test_three_processes_logging_at_once_lose_nothing(tmp_path: Path) -> None:
    db_path = str(tmp_path / "steady.db")
    services = open_services(db_path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    services.close()
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [
        context.Process(target=_write_many, args=(db_path, customer_id, writer, start))
        for writer in range(WRITERS)
    ]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=300)
    assert [worker.exitcode for worker in workers] == [0] * WRITERS
    reopened = open_services(db_path)
    try:
        assert reopened.contacts.count_for_customer(customer_id) == WRITERS * EACH
        report = reopened.verify()
        assert report.ok, report.problems
    finally:
        reopened.close()
