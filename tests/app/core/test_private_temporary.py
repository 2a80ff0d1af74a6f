"""Temporary copies of evidence and packets stay private and do not outlive Steady."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from app.core.paths import (
    data_folder,
    empty_private_temporary_folder,
    private_temporary_folder,
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_temporary_copies_are_readable_by_the_owner_only(home: Path) -> None:
    folder = private_temporary_folder("packet-")
    assert folder.parent == data_folder() / "temporary"
    assert stat.S_IMODE(folder.stat().st_mode) & 0o077 == 0
    assert stat.S_IMODE(folder.parent.stat().st_mode) & 0o077 == 0


def test_every_temporary_copy_is_gone_after_emptying(home: Path) -> None:
    pasted = private_temporary_folder("pasted-") / "pasted-image.png"
    pasted.write_bytes(b"\x89PNG screenshot of a threat")
    evidence = private_temporary_folder("evidence-") / "threat.eml"
    evidence.write_bytes(b"From: someone")
    evidence.chmod(0o444)
    empty_private_temporary_folder()
    assert not pasted.exists() and not evidence.exists()
    assert not (data_folder() / "temporary").exists()
