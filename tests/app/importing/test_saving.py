"""Messages of a mailbox are saved in batches: never half a message, never reported saved
when the batch they were in was not."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.core.errors import DiskFullError
from app.importing.batch_report import ImportedItem, ImportReport, ItemRef
from app.importing.saving import BATCH_MESSAGES, MessageBatches
from app.services import Services
from tests.helpers.import_fixtures import write_mbox


class _DiskFillsAtCommit:
    """A store whose transactions open and nest, and whose outer commit finds the disk full."""

    def __init__(self) -> None:
        self.depth = 0

    @contextmanager
    def atomic(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if self.depth == 0:
            raise DiskFullError()


def _imported(report: ImportReport, number: int) -> None:
    report.imported.append(
        ImportedItem(ItemRef("inbox.mbox", number), f"message {number}", number, 1, "")
    )


def test_a_batch_that_cannot_be_saved_reports_its_messages_failed() -> None:
    report = ImportReport()
    lost: list[int] = []
    batches = MessageBatches(_DiskFillsAtCommit(), report, lost.append)  # type: ignore[arg-type]
    with pytest.raises(DiskFullError), batches:
        for number in range(1, 4):
            batches.before_message()
            _imported(report, number)
            batches.after_message()
    assert report.imported == []
    assert [f.source for f in report.failed] == ["message 1", "message 2", "message 3"]
    assert all(f.reason.startswith("Not saved:") for f in report.failed)
    assert lost == [3]


def test_a_long_mailbox_is_saved_in_batches_of_whole_messages(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    mbox = write_mbox(tmp_path / "inbox.mbox", BATCH_MESSAGES * 2 + 7)
    report = shop.imports.run([str(mbox)])
    assert len(report.imported) == BATCH_MESSAGES * 2 + 7 and not report.failed
    assert shop.contacts.count_for_customer(angry_customer_id) == BATCH_MESSAGES * 2 + 7
    assert shop.verify().ok
