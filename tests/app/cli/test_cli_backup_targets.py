"""`steady backup` onto something that is not a file, or onto a file that is already there."""

from __future__ import annotations

import os
import socket
import stat
import tempfile
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.errors import StorageError
from tests.app.cli.test_cli_backup_restore import _error, _log


@pytest.fixture
def logged(db_path: Path) -> Path:
    _log(db_path)
    return db_path


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_named_pipe_is_never_replaced(
    logged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], force: list[str]
) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    capsys.readouterr()
    assert main(["--db", str(logged), "backup", str(pipe), *force]) == 2
    assert _error(capsys) == (
        f"steady: {pipe} is a named pipe, not a file: a backup is never written over it. "
        "Give a file name (a new one, or an existing file to replace)."
    )
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_socket_is_never_replaced(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A socket's name must be short: made in a short temporary folder of its own.
    with tempfile.TemporaryDirectory(prefix="sk") as folder:
        name = os.path.join(folder, "s")
        server = socket.socket(socket.AF_UNIX)
        try:
            server.bind(name)
            capsys.readouterr()
            assert main(["--db", str(logged), "backup", name, "--force"]) == 2
            assert "is a socket, not a file" in _error(capsys)
            assert stat.S_ISSOCK(os.lstat(name).st_mode)
        finally:
            server.close()


def test_an_empty_file_needs_force(
    logged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    capsys.readouterr()
    assert main(["--db", str(logged), "backup", str(empty)]) == 2
    assert _error(capsys) == (
        f"steady: {empty} is already a file; choose another name, or add --force to replace it."
    )
    assert empty.read_bytes() == b""

    assert main(["--db", str(logged), "backup", str(empty), "--force"]) == 0
    assert "(verified: " in capsys.readouterr().out
    assert empty.read_bytes().startswith(b"SQLite format 3\x00")


def test_the_copy_is_never_renamed_over_a_pipe_from_storage_either(
    logged: Path, tmp_path: Path
) -> None:
    """The window's "Make a copy to work on…" writes through the store, not the command."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    services = open_services(logged)
    try:
        with pytest.raises(StorageError, match="is a named pipe, not a file"):
            services.store.backup_to(str(pipe))
    finally:
        services.close()
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def test_a_named_pipe_where_the_heads_go_is_left_alone(
    logged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "b.db"
    pipe = tmp_path / "b.db.heads"
    os.mkfifo(pipe)
    # A reader kept open, so that writing into the pipe (were it done) could not wait for ever.
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert main(["--db", str(logged), "backup", str(target)]) == 0
        assert "(verified: " in capsys.readouterr().out
        try:
            written = os.read(reader, 65536)
        except BlockingIOError:
            written = b""
        assert written == b""
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
