"""A real small filesystem for full-disk tests: a tmpfs of its own, filled to the last byte."""

from __future__ import annotations

import errno
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(name="small_disk")
def small_disk_fixture(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs of its own (needs the right to mount: root, as on the test machines)."""
    where = tmp_path / "small disk"
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("a small filesystem cannot be mounted here")
    try:
        yield where
    finally:
        # Lazily: a file still open on it must not leave the mount behind.
        subprocess.run(["umount", "--lazy", str(where)], check=True)


def fill(folder: Path) -> Path:
    """Write until the disk refuses: nothing is left free. Returns the file that fills it."""
    filler = folder / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler
