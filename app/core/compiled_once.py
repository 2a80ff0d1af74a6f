"""Code Python would compile again at every start, kept compiled between starts.

Python keeps the bytecode of a module's file, but not of code made while the program runs:
PySide6's support modules (stored inside its library) and the methods `dataclasses` writes
for each record class (`__init__`, `__eq__`, `__repr__` … as text, compiled one by one) are
compiled from source at every start, some 20 ms of the window's. A `CompiledOnce` keeps that
code in a file in Steady's cache folder, keyed by its source, as Python's own bytecode files
are: changed source is compiled again, and a cache that cannot be read or written costs only
the compiling.
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any

_Source = bytes | str
# Taken as Python starts: PySide6's start hands its compiling to a CompiledOnce.
_compile = builtins.compile


class CompiledOnce:
    """Compiled code by its source (and file name), read from `path` and written back."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.known = _read(path)
        self.used: set[Any] = set()
        self.fresh: dict[Any, tuple[_Source, CodeType]] = {}

    def compile(self, source: _Source, filename: str, key: Any = None) -> CodeType:
        """`compile(source, filename, "exec")`, from the cache when `source` is unchanged.
        `key` names the entry (the file name when not given)."""
        key = filename if key is None else key
        entry = self.known.get(key) or self.fresh.get(key)
        if entry is not None and entry[0] == source:
            self.used.add(key)
            return entry[1]
        code = _compile(source, filename, "exec")
        self.fresh[key] = (source, code)
        return code

    def save(self) -> None:
        """Write the code used or compiled so far, when any was compiled (never an error):
        what a start needs stays, what an older Steady needed goes."""
        if not self.fresh:
            return
        kept = {key: self.known[key] for key in self.used if key in self.known}
        self.known = {**kept, **self.fresh}
        self.used |= set(self.fresh)
        self.fresh = {}
        part = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            part.write_bytes(marshal.dumps({"python": MAGIC_NUMBER, "entries": self.known}))
            os.replace(part, self.path)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def _read(path: Path) -> dict[Any, tuple[_Source, CodeType]]:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict) or stored.get("python") != MAGIC_NUMBER:
        return {}
    entries = stored.get("entries")
    return entries if isinstance(entries, dict) else {}


_records: CompiledOnce | None = None


def compile_records_once(cache: Path) -> CompiledOnce:
    """From now on, the methods `dataclasses` writes come from (and go to) the cache at
    `cache` (`save_compiled_records` writes it, once the classes that matter are made)."""
    global _records
    import dataclasses

    if _records is None:
        _records = CompiledOnce(cache)
        records = _records

        def exec_once(source: Any, globals_: Any = None, locals_: Any = None) -> None:
            if isinstance(source, str):
                source = records.compile(source, "<string>", key=source)
            exec(source, globals_, locals_)

        # dataclasses finds `exec` among its own names before the builtins.
        dataclasses.exec = exec_once  # type: ignore[attr-defined]
    return _records


def save_compiled_records() -> None:
    """Write the record classes' methods compiled so far (the window: once it is painted)."""
    if _records is not None:
        _records.save()
