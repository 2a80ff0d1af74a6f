"""`packet` tells the owner when the log does not verify, and when it cannot record the packet."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.application import open_services
from app.cli import main
from app.cli.packet import EXIT_NOT_VERIFIED
from app.core.domain import Customer
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 1, tzinfo=UTC)


def _log(db_path: Path) -> int:
    services = open_services(db_path)
    customer_id = services.customers.add(Customer(name="Pat Example"))
    for _ in range(2):
        services.contacts.log(customer_id, inbound("You will regret this.", AT), [])
    services.close()
    return customer_id


def _number(pdf: Path) -> str:
    return str(PdfReader(pdf).metadata.title).rsplit(" ", 1)[-1]


def test_a_packet_from_a_log_that_does_not_verify_is_warned_about_and_marked_on_the_cover(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE contacts SET text = 'I am sorry, thank you' WHERE id = 1")
    conn.commit()
    conn.close()
    out = tmp_path / "l.pdf"
    capsys.readouterr()
    argv = ["--db", str(db_path), "packet", str(customer_id), "--kind", "legal", "--out", str(out)]
    assert main(argv) == EXIT_NOT_VERIFIED  # saved, but not a clean result
    error = capsys.readouterr().err
    assert (
        "steady: This log does NOT verify: Contact 1 was changed outside Steady (it no longer "
        "matches its ledger entry). The packet says so on its cover and in its integrity "
        "statement; keep the log file as it is and check it before you hand the packet on.\n"
    ) in error
    cover = flat(pdf_text(out.read_bytes())[0])
    assert "This log does NOT verify — see the integrity statement." in cover


def test_a_packet_from_a_verified_log_carries_no_warning(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    out = tmp_path / "l.pdf"
    argv = ["--db", str(db_path), "packet", str(customer_id), "--kind", "legal", "--out", str(out)]
    assert main(argv) == 0
    assert "NOT verify" not in capsys.readouterr().err
    assert "does NOT verify" not in flat(pdf_text(out.read_bytes())[0])


def test_a_packet_from_a_read_only_log_says_so_and_never_takes_a_recorded_number(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer_id = _log(db_path)
    writable = tmp_path / "writable.db"
    read_only = tmp_path / "read-only.db"
    for copy in (writable, read_only):
        copy.write_bytes(db_path.read_bytes())
    os.chmod(read_only, 0o444)
    try:
        capsys.readouterr()
        made = []
        for kind in ("legal", "termination"):
            out = tmp_path / f"{kind}-ro.pdf"
            argv = ["packet", str(customer_id), "--kind", kind, "--out", str(out)]
            assert main(["--db", str(read_only), *argv]) == 0
            assert (
                "steady: This log is read-only: the packet is saved but not recorded as handed "
                "on; its number ends in “-unrecorded”."
            ) in capsys.readouterr().err
            made.append(_number(out))
        later = tmp_path / "legal-w.pdf"
        argv = ["packet", str(customer_id), "--kind", "legal", "--out", str(later)]
        assert main(["--db", str(writable), *argv]) == 0
        assert "read-only" not in capsys.readouterr().err
    finally:
        os.chmod(read_only, 0o644)
    assert all(number.endswith("-unrecorded") for number in made), made
    assert _number(later) not in made
    assert not _number(later).endswith("-unrecorded")
