"""Evidence files are stored once each, byte for byte, however big, in a plain or locked log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.application import open_services
from storage.blobs import WRITE_IN_CHUNKS


@pytest.mark.parametrize("passphrase", [None, "Correct horse battery staple"])
def test_a_big_file_written_in_chunks_is_kept_byte_for_byte_and_only_once(
    tmp_path: Path, passphrase: str | None
) -> None:
    data = os.urandom(WRITE_IN_CHUNKS * 2 + 12345)
    small = os.urandom(1000)
    services = open_services(tmp_path / "log.db", passphrase=passphrase)
    store = services.store
    with store.atomic():
        sha = store.blobs.put(data)
        assert store.blobs.put(data) == sha
        store.blobs.put(small)
    services.close()
    reopened = open_services(tmp_path / "log.db", passphrase=passphrase)
    try:
        assert reopened.store.blobs.get(sha) == data
        rows = reopened.store.db.execute(  # type: ignore[attr-defined]
            "SELECT count(*), sum(size) FROM blobs"
        ).fetchone()
        assert tuple(rows) == (2, len(data) + len(small))
        assert reopened.verify().ok
    finally:
        reopened.close()
