"""Locking, changing or removing the passphrase: never under a Steady that has the log open,
and never through a copy another account could read, even one a crash left behind."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services, passphrase_lock
from app.core.domain import Customer
from app.core.errors import StorageError
from tests.helpers.fixtures import inbound

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery"
SECRET = "Zebediah Quartermaine"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and renames are POSIX")


def _fill(path: Path, passphrase: str | None = None) -> None:
    services = open_services(path, passphrase=passphrase)
    customer = services.customers.add(Customer(name=SECRET))
    services.contacts.log(customer, inbound("Before", datetime(2026, 11, 2, 9, tzinfo=UTC)))
    services.close()


def _texts(path: Path, passphrase: str | None) -> list[str]:
    services = open_services(path, passphrase=passphrase)
    try:
        return [
            row[0] for row in services.store.db.execute("SELECT text FROM contacts ORDER BY id")
        ]
    finally:
        services.close()


@pytest.fixture
def shared_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


_WINDOW = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    sys.path.insert(0, {root!r})
    from app.application import open_services
    from tests.helpers.fixtures import inbound
    services = open_services({path!r}, passphrase={passphrase!r})
    print("open", flush=True)
    for line in sys.stdin:
        services.contacts.log(1, inbound(line.strip(), datetime(2026, 11, 3, tzinfo=UTC)))
        print("logged", flush=True)
    services.close()
    """
)


class Window:
    """Another Steady (the window) with the log open, saving what it is sent."""

    def __init__(self, path: Path, passphrase: str | None) -> None:
        script = _WINDOW.format(root=str(ROOT), path=str(path), passphrase=passphrase)
        self.process = subprocess.Popen(
            [sys.executable, "-c", script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._said() == "open"

    def _said(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def save(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text + "\n")
        self.process.stdin.flush()
        assert self._said() == "logged"

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()
        self.process.stdout.close()
        assert self.process.wait(timeout=60) == 0


@pytest.mark.parametrize("action", ["set", "change", "remove"])
def test_refused_while_another_steady_has_the_log_open(tmp_path: Path, action: str) -> None:
    path = tmp_path / "shop.db"
    old = None if action == "set" else PASSPHRASE
    _fill(path, old)
    window = Window(path, old)
    lock = passphrase_lock()
    try:
        before = path.read_bytes()
        with pytest.raises(StorageError) as refused:
            if action == "set":
                lock.set(str(path), "new secret words")
            elif action == "change":
                lock.change(str(path), PASSPHRASE, "new secret words")
            else:
                lock.remove(str(path), PASSPHRASE)
        said = str(refused.value)
        assert "Close Steady first" in said and "nothing was changed" in said
        assert path.read_bytes() == before
        # The window goes on saving into the log the owner uses.
        window.save("Typed in the window")
    finally:
        window.close()
    assert _texts(path, old) == ["Before", "Typed in the window"]
    assert [p.name for p in tmp_path.iterdir() if "locking" in p.name] == []


def test_the_command_line_refuses_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _fill(path)
    window = Window(path, None)
    try:
        ran = subprocess.run(
            [sys.executable, "-m", "app", "--db", str(path), "passphrase", "set"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "STEADY_NEW_PASSPHRASE": "new words!"},
            timeout=120,
        )
    finally:
        window.close()
    assert ran.returncode == 1
    assert ran.stderr.startswith("steady: The log is open in another Steady")
    assert "Close Steady first" in ran.stderr and "Traceback" not in ran.stderr
    assert len(ran.stderr.strip().splitlines()) == 1
    assert not passphrase_lock().is_locked(str(path))


def test_once_closed_the_passphrase_is_set_and_nothing_is_lost(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    _fill(path)
    passphrase_lock().set(str(path), PASSPHRASE)
    assert passphrase_lock().is_locked(str(path))
    passphrase_lock().change(str(path), PASSPHRASE, "another passphrase")
    passphrase_lock().remove(str(path), "another passphrase")
    assert _texts(path, None) == ["Before"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("shop.db")) == ["shop.db"]


_DIES_AT_THE_SWAP = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, {root!r})
    os.umask(0o022)
    # Killed once the copy is written, before anything else is done with it (no clean-up
    # runs, as after a kill or a power cut).
    def power_cut(real):
        def cut(source, *args, **kwargs):
            if ".unlocking" in str(source):
                os._exit(9)
            return real(source, *args, **kwargs)
        return cut
    os.replace = power_cut(os.replace)
    os.chmod = power_cut(os.chmod)
    from app.application import passphrase_lock
    passphrase_lock().remove({path!r}, {passphrase!r})
    """
)


def _remove_cut_short(path: Path) -> None:
    script = _DIES_AT_THE_SWAP.format(root=str(ROOT), path=str(path), passphrase=PASSPHRASE)
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120)
    assert ran.returncode == 9, ran.stderr


def _others_can_read(folder: Path) -> list[str]:
    return [
        p.name for p in folder.iterdir() if stat.S_IMODE(p.stat().st_mode) & 0o044 and p.is_file()
    ]


def test_an_unlocking_copy_cut_short_is_the_owner_s_only_and_removed_next_time(
    tmp_path: Path, shared_umask: None
) -> None:
    path = tmp_path / "shop.db"
    _fill(path, PASSPHRASE)
    _remove_cut_short(path)
    left = [p for p in tmp_path.iterdir() if ".unlocking" in p.name]
    assert left, "the crash left the copy it was writing"
    assert SECRET.encode() in b"".join(p.read_bytes() for p in left)  # plain text
    assert [p.name for p in left if p.name in _others_can_read(tmp_path)] == []
    # The log itself is still locked and whole.
    assert passphrase_lock().is_locked(str(path))
    assert _texts(path, PASSPHRASE) == ["Before"]  # a start soon after leaves a fresh copy be
    old = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    for leftover in left:
        if leftover.exists():
            os.utime(leftover, (old, old))
    _texts(path, PASSPHRASE)  # the next start, later on
    assert [p.name for p in tmp_path.iterdir() if ".unlocking" in p.name] == []


def test_the_next_passphrase_command_removes_what_a_crashed_one_left(
    tmp_path: Path, shared_umask: None
) -> None:
    path = tmp_path / "shop.db"
    _fill(path, PASSPHRASE)
    _remove_cut_short(path)
    assert [p for p in tmp_path.iterdir() if ".unlocking" in p.name]
    passphrase_lock().change(str(path), PASSPHRASE, "another passphrase")
    assert [p.name for p in tmp_path.iterdir() if "locking" in p.name] == []
    assert _texts(path, "another passphrase") == ["Before"]
