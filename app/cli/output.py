"""Standard output that fails in words: a full disk, a closed stdout, a broken device.

`steady customer show 2 > stick/gordon.txt` on a full stick must end in one line on stderr
and a non-zero exit, like every other error, not in a traceback; a reader that closed the
pipe (`| head`) is no error at all.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from app.core.errors import SteadyError

_told: set[str] = set()


def tell(problem: str) -> None:
    """Print one line on stderr, once: a damaged log is found by the day's backup before the
    command meets it, and the owner needs to read it only once."""
    if problem not in _told:
        _told.add(problem)
        print(f"steady: {problem}", file=sys.stderr)


class OutputError(SteadyError):
    """What the command printed could not be written."""

    def __init__(self, error: OSError) -> None:
        full = error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        super().__init__(
            f"cannot write the output: {error.strerror or error}. Anything the command saved "
            "is kept; " + ("free some space, or " if full else "") + "send the output elsewhere."
        )


class StdoutClosedError(SteadyError):
    def __init__(self) -> None:
        super().__init__(
            "cannot write the output: standard output is closed; nothing was done. "
            "Run the command again with its output going to a terminal, a file or a pipe."
        )


class _Guarded(io.TextIOBase):
    """Passes text on to `stream`; a failed write is an OutputError (a closed pipe stays a
    BrokenPipeError: the reader has what it wanted)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    def write(self, text: str) -> int:
        with _as_output_error():
            return self._stream.write(text)

    def flush(self) -> None:
        with _as_output_error():
            self._stream.flush()

    def close(self) -> None:
        """Never flushes: called when the guard is dropped, after it has said what failed."""


@contextlib.contextmanager
def _as_output_error() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(error) from error


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a command with its output guarded, and written out before it is said to be done."""
    if sys.stdout is None:
        # Python gives no stdout at all when the shell closed it (`>&-`): every print would
        # vanish, and a script would take the silence for "nothing to report".
        raise StdoutClosedError()
    original = sys.stdout
    sys.stdout = _Guarded(original)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = original


def discard_unwritten() -> None:
    """After the output failed: what is still buffered goes nowhere, so Python's own flush at
    exit does not fail a second time with a traceback-like message."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        stdout = sys.stdout.fileno()
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, stdout)
        os.close(nowhere)
