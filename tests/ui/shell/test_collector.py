"""Garbage with Qt objects in it is freed on the window's thread, never on a worker's."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from ui.shell.collector import MainThreadCollector, collect_on_this_thread


class _Cycle(QObject):
    freed_on: ClassVar[list[threading.Thread]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector frees it

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread())


class _Allocating(QThread):
    """A worker that makes plenty of garbage, as reading a long log does."""

    def run(self) -> None:
        for _ in range(20_000):
            junk: list[object] = []
            junk.append(junk)


def test_a_worker_never_collects_the_windows_garbage(qtbot: QtBot, qapp: object) -> None:
    collector = collect_on_this_thread(qapp)  # type: ignore[arg-type]
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    for _ in range(50):
        _Cycle()
    worker = _Allocating()
    worker.start()
    assert worker.wait(30_000)
    # Nothing was freed while the worker allocated; the window's thread frees it on its timer.
    assert _Cycle.freed_on == []
    qtbot.waitUntil(lambda: len(_Cycle.freed_on) == 50, timeout=5000)
    assert set(_Cycle.freed_on) == {threading.main_thread()}
    assert collect_on_this_thread(qapp) is collector  # type: ignore[arg-type]


def test_collection_comes_back_when_the_collector_stops(qapp: object) -> None:
    collector = MainThreadCollector()
    collector.stop()
    try:
        assert gc.isenabled()
    finally:
        gc.disable()  # the session's own collector keeps running
