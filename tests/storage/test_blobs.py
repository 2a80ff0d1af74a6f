"""Evidence files are stored once each, byte for byte, however big."""

from __future__ import annotations

import os

from app.services import Services
from storage.blobs import WRITE_IN_CHUNKS


def test_a_big_file_written_in_chunks_is_kept_byte_for_byte_and_only_once(
    services: Services,
) -> None:
    store = services.store
    data = os.urandom(WRITE_IN_CHUNKS * 2 + 12345)
    small = os.urandom(1000)
    with store.atomic():
        sha = store.blobs.put(data)
        assert store.blobs.put(data) == sha
        store.blobs.put(small)
    assert store.blobs.get(sha) == data
    rows = store.db.execute(  # type: ignore[attr-defined]
        "SELECT count(*), sum(size) FROM blobs"
    ).fetchone()
    assert tuple(rows) == (2, len(data) + len(small))
