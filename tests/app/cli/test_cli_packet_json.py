"""`steady packet --json` says what the packet states of the log it was made from: whether the
log verified (and why not), each restore that left entries out, and each contact changed
outside Steady with its entry's note, so a script need not read exit code 3 for it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from app.cli.packet import EXIT_NOT_VERIFIED
from tests.app.cli.test_cli import steady
from tests.app.cli.test_cli_restored_log import _integrity, _restored
from tests.helpers.packet_fixtures import flat

LOG = ("log", "--customer", "1", "--channel", "email", "--no-suggest")


def _packet_json(db: Path, out: Path) -> tuple[int, dict[str, object]]:
    made = steady(db, "packet", "1", "--kind", "legal", "--out", str(out), "--json")
    assert "Traceback" not in made.stderr and out.exists(), made.stderr
    return made.returncode, json.loads(made.stdout)


def test_a_packet_from_a_log_that_verifies_says_so(db_path: Path, tmp_path: Path) -> None:
    assert steady(db_path, "customer", "add", "--name", "Max Loud").returncode == 0
    assert steady(db_path, *LOG, "--text", "Refund me.", "--at", "2026-11-20T09:00").returncode == 0
    code, said = _packet_json(db_path, tmp_path / "p.pdf")
    assert code == 0
    assert said["verified"] is True
    assert said["problems"] == [] and said["restores"] == [] and said["changed_outside"] == []


def test_a_restored_log_names_the_restore_as_the_packet_does(db_path: Path, tmp_path: Path) -> None:
    _restored(db_path, tmp_path)
    out = tmp_path / "after.pdf"
    code, said = _packet_json(db_path, out)
    assert code == 0 and said["verified"] is True
    restores = said["restores"]
    assert isinstance(restores, list) and len(restores) == 1
    assert restores[0].startswith("On ") and "restored an older copy of its log" in restores[0]
    assert " ".join(restores[0].split()) in _integrity(out)


def test_a_contact_changed_outside_steady_is_named_with_its_note(
    db_path: Path, tmp_path: Path
) -> None:
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    for text, at in (("I can't log in.", "2026-10-16T16:12"), ("Still out.", "2026-10-17T09:00")):
        assert steady(db_path, *LOG, "--text", text, "--at", at).returncode == 0
    with sqlite3.connect(db_path) as db:
        db.execute("UPDATE contacts SET text = 'I will kill you all.', severity = 5 WHERE id = 1")
    db.close()
    out = tmp_path / "p.pdf"
    code, said = _packet_json(db_path, out)
    assert code == EXIT_NOT_VERIFIED
    assert said["verified"] is False
    problems = said["problems"]
    assert isinstance(problems, list) and any(p.startswith("Contact 1 ") for p in problems)
    note = (
        "CHANGED OUTSIDE STEADY after it was logged: printed as Steady recorded it (saved "
        "version 0), not as the database row now reads"
    )
    assert said["changed_outside"] == [{"contact": 1, "note": note}]
    pdf = flat(" ".join(page.extract_text() or "" for page in PdfReader(out).pages))
    assert note in pdf and "This log does NOT verify" in pdf
