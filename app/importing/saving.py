"""Saving the messages of one mailbox in batches: a transaction per batch, a savepoint each.

Committing once per message waits for the disk every time (the log is written with a full
sync); a batch of messages waits once. Each message still has its own savepoint inside the
batch (`store.atomic()` nests as a savepoint), so a message that fails is rolled back alone,
and a crash or a power cut loses at most the open batch: whole messages only, never half of
one. What the report calls imported is kept only once its batch is saved; if the batch
cannot be saved (a full disk), its messages are reported as failed instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from types import TracebackType

from app.core.errors import SteadyError
from app.core.ports import Store
from app.importing.batch_report import ImportFailure, ImportReport
from app.importing.tally import stop_reason

BATCH_MESSAGES = 100
# The window writes on its own connection and waits for an open batch: keep batches short.
BATCH_SECONDS = 0.5


class MessageBatches:
    """`with MessageBatches(...) as batches:` then `before_message()`/`after_message()`
    around the saving of each message."""

    def __init__(
        self, store: Store, report: ImportReport, lost: Callable[[int], None] = lambda _n: None
    ) -> None:
        self._store = store
        self._report = report
        self._lost_count = lost
        self._open: ExitStack | None = None
        self._started = 0.0
        self._first = 0  # where the open batch's messages start in report.imported

    def __enter__(self) -> MessageBatches:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.commit()
        elif self._open is not None:
            opened, self._open = self._open, None
            opened.__exit__(kind, error, trace)  # rolls the whole batch back
            self._lost(stop_reason(error))

    def before_message(self) -> None:
        if self._open is None:
            self._open = ExitStack()
            self._open.enter_context(self._store.atomic())
            self._started = time.monotonic()
            self._first = len(self._report.imported)

    def after_message(self) -> None:
        waiting = len(self._report.imported) - self._first
        if waiting >= BATCH_MESSAGES or time.monotonic() - self._started >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._open is None:
            return
        opened, self._open = self._open, None
        try:
            opened.close()
        except SteadyError as error:
            self._lost(stop_reason(error))
            raise

    def _lost(self, reason: str) -> None:
        lost = self._report.imported[self._first :]
        del self._report.imported[self._first :]
        self._report.failed += [ImportFailure(item.source, f"Not saved: {reason}") for item in lost]
        self._lost_count(len(lost))
