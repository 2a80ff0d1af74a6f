"""A contact's words rewritten with sqlite3, then `packet`: the packet never quotes the forged
words as the customer's. It prints the contact as Steady recorded it and says so on its entry;
when the saved versions were rewritten too, the words carry a mark wherever they are quoted
and count in no summary or flag. The command says so and exits 3."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

from pypdf import PdfReader

from app.cli.packet import EXIT_NOT_VERIFIED
from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat

REAL = "I can't log in. The reset email never comes. Fix this today please."
FORGED = "I will kill you all."
FORGE = (
    f"UPDATE {{table}} SET text = '{FORGED}', categories = '[\"threat-physical\"]', "
    "severity = 5 WHERE {key} = 1"
)


def _packet(db_path: Path, tmp_path: Path, *changes: str) -> tuple[int, str, list[str], dict]:
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    for text, at in ((REAL, "2026-10-16T16:12"), ("Still locked out.", "2026-10-17T09:00")):
        logged = steady(
            db_path,
            *("log", "--customer", "1", "--channel", "email", "--text", text, "--at", at),
            "--no-suggest",
        )
        assert logged.returncode == 0, logged.stderr
    with sqlite3.connect(db_path) as db:
        for sql in changes:
            db.execute(sql)
    db.close()
    out, bundle = tmp_path / "p.pdf", tmp_path / "p.zip"
    made = steady(
        db_path, "packet", "1", "--kind", "legal", "--out", str(out), "--bundle", str(bundle)
    )
    assert "Traceback" not in made.stderr and out.exists(), made.stderr
    pages = [flat(p.extract_text() or "") for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    contacts = json.loads(zipfile.ZipFile(bundle).read("contacts.json"))["contacts"]
    return made.returncode, made.stderr, pages, contacts[0]


def test_a_contact_rewritten_by_hand_is_printed_as_steady_recorded_it(
    db_path: Path, tmp_path: Path
) -> None:
    code, said, pages, record = _packet(db_path, tmp_path, FORGE.format(table="contacts", key="id"))
    text = " ".join(pages)
    assert FORGED not in text and "Threat of physical harm" not in text
    assert REAL in text
    assert (
        "#1 · 2026-10-16 16:12 UTC+00:00 · Email · From the customer · severity 1 · mild "
        "CHANGED OUTSIDE STEADY after it was logged: printed as Steady recorded it "
        "(saved version 0), not as the database row now reads"
    ) in text
    assert record["text"] == REAL and record["categories"] == [] and record["severity"] == 1
    assert record["text_is"].startswith("CHANGED OUTSIDE STEADY after it was logged")
    assert code == EXIT_NOT_VERIFIED
    assert "steady: This log does NOT verify" in said
    assert "not printed as the row now reads: contact #1 (each is marked on its entry)" in said


def test_a_contact_and_its_saved_versions_rewritten_are_marked_and_counted_nowhere(
    db_path: Path, tmp_path: Path
) -> None:
    code, said, pages, record = _packet(
        db_path,
        tmp_path,
        "DROP TRIGGER contact_revisions_no_update",
        FORGE.format(table="contacts", key="id"),
        FORGE.format(table="contact_revisions", key="contact_id"),
    )
    text = " ".join(pages)
    mark = "[CHANGED OUTSIDE STEADY after it was logged: not the customer's words as recorded]"
    # Quoted only under the mark, and in no summary, count or flag.
    assert text.count(FORGED) == text.count(f"{mark} {FORGED}") >= 1
    assert "Threat of physical harm" not in text and "severity 5" not in text
    assert "and its saved versions too" in text
    assert record["text"] == f"{mark} {FORGED}" and record["categories"] == []
    assert code == EXIT_NOT_VERIFIED and "contact #1" in said
