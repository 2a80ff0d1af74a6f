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
import re
import sys
from collections.abc import Iterator
from typing import TextIO

from app.core.errors import SteadyError

_told: set[str] = set()

# Every control character but newline and tab. A customer's words can carry ESC sequences that
# hide text ("concealed"), erase or move lines, or retitle the terminal; a carriage return or a
# backspace writes over what came before. The C1 range (U+0080-U+009F) includes the one-byte
# escape CSI some terminals obey.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with its control characters shown as marks ("[U+001B]"), as packets print them,
    so a terminal never obeys a customer's escape codes."""
    return CONTROL_CHARACTERS.sub(lambda found: f"[U+{ord(found.group()):04X}]", text)


def forget_told() -> None:
    """A new command: it tells its own problems, even those an earlier one in this process told."""
    _told.clear()


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


class _Visible(io.TextIOBase):
    """Passes text on to `stream` with its control characters shown visibly."""

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
        self._stream.write(visible(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        """The stream is Python's own; it closes it at exit."""


class _Guarded(_Visible):
    """Passes text on to `stream`, shown visibly; a failed write is an OutputError (a closed
    pipe stays a BrokenPipeError: the reader has what it wanted)."""

    def write(self, text: str) -> int:
        with _as_output_error():
            return super().write(text)

    def flush(self) -> None:
        with _as_output_error():
            super().flush()

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


@contextlib.contextmanager
def visible_stderr() -> Iterator[None]:
    """Errors and notes name files, senders and subjects: shown visibly, as the output is."""
    original = sys.stderr
    if original is None:
        yield
        return
    sys.stderr = _Visible(original)
    try:
        yield
    finally:
        sys.stderr = original


def rewrite_line(text: str) -> None:
    """A progress line written over the previous one on stderr: the carriage return is
    Steady's own, the text is shown visibly like any other."""
    stream = sys.stderr
    if stream is None:
        return
    under = stream._stream if isinstance(stream, _Visible) else stream
    under.write("\r")
    stream.write(visible(text))
    stream.flush()


def discard_unwritten() -> None:
    """After the output failed: what is still buffered goes nowhere, so Python's own flush at
    exit does not fail a second time with a traceback-like message."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        stdout = sys.stdout.fileno()
        nowhere = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nowhere, stdout)
        os.close(nowhere)
