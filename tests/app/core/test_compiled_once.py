"""Code kept compiled between starts (app/core/compiled_once.py): the same code as compiling
it, compiled again when its source changes, and never in the way when the cache is not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.core.compiled_once import CompiledOnce

ROOT = Path(__file__).resolve().parents[3]

_RECORDS = """
import sys
from pathlib import Path
from app.core.compiled_once import compile_records_once, save_compiled_records
records = compile_records_once(Path(sys.argv[1]))
import dataclasses

@dataclasses.dataclass(frozen=True, order=True)
class Contact:
    customer: str
    minutes: int = 5
    tags: tuple[str, ...] = ()

first = Contact("Kim Lee", 3)
assert first == Contact("Kim Lee", 3) and first < Contact("Kim Lee", 4)
assert repr(first) == "Contact(customer='Kim Lee', minutes=3, tags=())"
assert hash(first) == hash(Contact("Kim Lee", 3))
try:
    first.minutes = 9
except dataclasses.FrozenInstanceError:
    pass
else:
    raise AssertionError("a frozen record was changed")
print(len(records.fresh), len(records.used))
save_compiled_records()
"""


def _run(cache: Path) -> tuple[int, int]:
    run = subprocess.run(
        [sys.executable, "-c", _RECORDS, str(cache)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
    )
    assert run.returncode == 0, run.stderr
    fresh, used = run.stdout.split()
    return int(fresh), int(used)


def test_record_classes_behave_the_same_with_their_methods_from_the_cache(tmp_path: Path) -> None:
    cache = tmp_path / "records.bin"
    fresh, used = _run(cache)
    assert fresh > 3 and used == 0  # __init__, __repr__, __eq__, the order, __hash__ …
    assert cache.exists()
    fresh_again, used_again = _run(cache)
    assert (fresh_again, used_again) == (0, fresh)  # every method from the cache


def test_a_cache_keeps_only_what_its_last_start_used(tmp_path: Path) -> None:
    path = tmp_path / "c.bin"
    cache = CompiledOnce(path)
    cache.compile("A = 1\n", "a.py")
    cache.compile("B = 2\n", "b.py")
    cache.save()
    later = CompiledOnce(path)  # a newer Steady needs a.py and c.py only
    namespace: dict[str, int] = {}
    exec(later.compile("A = 1\n", "a.py"), namespace)
    later.compile("C = 3\n", "c.py")
    later.save()
    assert set(CompiledOnce(path).known) == {"a.py", "c.py"}
    assert namespace["A"] == 1


def test_changed_source_under_the_same_name_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "c.bin"
    cache = CompiledOnce(path)
    cache.compile("A = 1\n", "a.py")
    cache.save()
    namespace: dict[str, int] = {}
    exec(CompiledOnce(path).compile("A = 2\n", "a.py"), namespace)
    assert namespace["A"] == 2


def test_a_cache_on_a_full_or_read_only_disk_is_only_not_written(tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    cache = CompiledOnce(blocked / "c.bin")  # its folder cannot be made
    cache.compile("A = 1\n", "a.py")
    cache.save()
    assert list(tmp_path.iterdir()) == [blocked]
