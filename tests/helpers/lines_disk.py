"""The disk under the small files beside the log (its heads, its packet numbers) fills up while
a line is written: its first half lands, the rest meets ENOSPC, as on a real full disk."""

from __future__ import annotations

import errno
from collections.abc import Callable
from types import TracebackType
from typing import IO, Any

import pytest

import app.core.appended_lines


class _FillsUp:
    """A file open for appending whose disk runs out half way through the next write."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._handle.close()


def fill_disk_of(monkeypatch: pytest.MonkeyPatch, suffix: str) -> Callable[[], None]:
    """Lines appended to files ending in `suffix` meet a full disk until the returned function
    frees some space."""
    full = [True]

    def opened(path: str, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = open(path, mode, *args, **kwargs)  # noqa: SIM115 - closed by its wrapper
        return _FillsUp(handle) if full[0] and str(path).endswith(suffix) else handle

    monkeypatch.setattr(app.core.appended_lines, "open", opened, raising=False)
    return lambda: full.__setitem__(0, False)
