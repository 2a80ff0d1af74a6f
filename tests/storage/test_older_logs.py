"""An owner's log written by an earlier version of Steady opens for writing and verifies.

The logs in older_logs/ were written by earlier versions (see its README.txt). A trigger
whose SQL text changed between versions once made today's Steady call such a log's own
triggers "added outside Steady" and open it read-only.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from storage.schema_expected import EARLIER, INDEXES, TRIGGERS
from storage.verify_schema import _fingerprint
from tests.helpers.fixtures import inbound

OLDER = sorted((Path(__file__).parent / "older_logs").glob("*.db.gz"))


def _unpacked(packed: Path, folder: Path) -> Path:
    path = folder / "steady.db"
    with gzip.open(packed) as source, path.open("wb") as target:
        shutil.copyfileobj(source, target)
    return path


@pytest.mark.parametrize("packed", OLDER, ids=[p.name.split(".")[0] for p in OLDER])
def test_a_log_from_an_earlier_version_opens_for_writing_and_verifies(
    packed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    path = _unpacked(packed, tmp_path)
    services = open_services(path)
    try:
        assert services.read_only_reason == ""
        assert services.verify().ok
        services.contacts.log(
            1, inbound("Quarrelsome kumquat delivery", datetime(2026, 11, 27, 9, tzinfo=UTC))
        )
        assert [hit.kind for hit in services.search("kumquat")] == [
            "contact"
        ]  # its search triggers run
        report = services.verify()
        assert report.ok, report.problems
    finally:
        services.close()


def test_every_trigger_an_earlier_version_wrote_is_known(tmp_path: Path) -> None:
    """Changing a trigger's SQL keeps the old fingerprint in EARLIER: these logs hold them."""
    for packed in OLDER:
        folder = tmp_path / packed.name
        folder.mkdir()
        db = sqlite3.connect(_unpacked(packed, folder))
        for kind, known in (("trigger", TRIGGERS), ("index", INDEXES)):
            for name, sql in db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL "
                "AND name NOT LIKE 'idx__sqlite%'",
                [kind],
            ):
                assert name in known, (packed.name, name)
                accepted = (known[name][2], *EARLIER.get(name, ()))
                assert _fingerprint(sql) in accepted, (packed.name, name, _fingerprint(sql))
        db.close()


@pytest.mark.parametrize("packed", OLDER[:2], ids=[p.name.split(".")[0] for p in OLDER[:2]])
def test_on_a_read_only_drive_a_log_from_an_earlier_version_is_read_up_to_date(
    packed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It cannot be brought up to date where it is: it is read through a copy in memory that
    is, and the file keeps every byte."""
    monkeypatch.setenv("STEADY_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("storage.store.file_is_read_only", lambda path: True)
    path = _unpacked(packed, tmp_path)
    before = path.read_bytes()
    services = open_services(path)
    try:
        assert services.read_only
        report = services.verify()
        assert report.ok, report.problems
        assert services.search("refund")
        assert services.customers.count() == 4
    finally:
        services.close()
    assert path.read_bytes() == before
