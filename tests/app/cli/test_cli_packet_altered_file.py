"""An evidence file altered in the database with sqlite3, then `packet`: the packet is made
without a traceback, the exhibit's own page says the file no longer matches the SHA-256
recorded when it was stored (and what it is now), and the bundle names that exhibit instead
of handing the altered file on under a fresh hash that a check would call OK."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat, png


def _flip_a_byte(db: sqlite3.Connection, sha: str) -> bytes:
    data = bytearray(db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha]).fetchone()[0])
    data[len(data) // 2] ^= 0xFF  # inside the pixels: the header still reads
    db.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", [bytes(data), sha])
    return bytes(data)


def _as_text(db: sqlite3.Connection, sha: str) -> bytes:
    # `||` makes the column TEXT holding bytes that are not UTF-8.
    db.execute("UPDATE blobs SET data = data || x'00' WHERE sha256 = ?", [sha])
    return bytes(
        db.execute("SELECT CAST(data AS BLOB) FROM blobs WHERE sha256 = ?", [sha]).fetchone()[0]
    )


@pytest.mark.parametrize("alter", [_flip_a_byte, _as_text])
@pytest.mark.parametrize("pictures", ["print", "leave-out"])
def test_a_packet_from_a_log_with_an_altered_picture_names_that_exhibit(
    db_path: Path, tmp_path: Path, alter: object, pictures: str
) -> None:
    shot = tmp_path / "post.png"
    original = png(600, 400)
    shot.write_bytes(original)
    recorded = hashlib.sha256(original).hexdigest()
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    logged = steady(
        db_path,
        *("log", "--customer", "1", "--channel", "social", "--category", "harassment-social"),
        *("--text", "Posted by @tmorrow", "--attach", str(shot), "--at", "2026-11-20T09:00"),
    )
    assert logged.returncode == 0, logged.stderr
    with sqlite3.connect(db_path) as db:
        db.execute("DROP TRIGGER blobs_no_update")
        now_bytes = alter(db, recorded)  # type: ignore[operator]
    db.close()
    now = hashlib.sha256(now_bytes).hexdigest()

    out, bundle = tmp_path / "p.pdf", tmp_path / "p.zip"
    made = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--bundle", str(bundle)),
        *("--pictures", pictures),
    )
    assert "Traceback" not in made.stderr
    assert out.exists() and bundle.exists(), made.stderr
    pages = [flat(p.extract_text() or "") for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    (page,) = [p for p in pages if "Exhibits Exhibit 1 — post.png SHA-256" in p]
    assert (
        f"this file no longer matches the SHA-256 recorded when it was stored ({recorded}). "
        f"The file the log holds now has SHA-256 {now}" in page
    )
    assert "unchanged since" not in page and "kept unchanged" not in page
    assert "Exhibit 1 is not printed here" in page
    assert any("Exhibit 1 no longer matches the SHA-256 recorded when stored" in p for p in pages)

    archive = zipfile.ZipFile(bundle)
    path = "exhibits/001-post.png"
    assert archive.read(path) == now_bytes
    # Every list a recipient checks gives the SHA-256 recorded when it was stored, never the
    # altered file's: the check reports exactly this exhibit as changed.
    assert f"{recorded}  {path}\n" in archive.read("SHA256SUMS").decode()
    assert now not in archive.read("SHA256SUMS").decode()
    rows = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode())))
    (row,) = [r for r in rows if r["path"] == path]
    assert (row["sha256"], row["altered_now"]) == (recorded, now)
    assert "ALTERED" in row["role"]
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["altered_exhibits"] == [1]
    (entry,) = [f for f in manifest["files"] if f["path"] == path]
    assert (entry["sha256"], entry["sha256_now"], entry["altered"]) == (recorded, now, True)
    readme = archive.read("README.txt").decode()
    assert f"Exhibit 1 ({path}) NO LONGER MATCHES" in readme
    assert f"when it was stored: {recorded}." in readme and f"SHA-256 {now}." in readme


def test_verify_calls_a_file_rewritten_as_text_altered_not_damaged(db_path: Path) -> None:
    shot = db_path.parent / "post.png"
    shot.write_bytes(png(60, 40))
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    logged = steady(
        db_path,
        "log",
        "--customer",
        "1",
        "--channel",
        "email",
        "--text",
        "Hi",
        "--attach",
        str(shot),
    )
    assert logged.returncode == 0, logged.stderr
    with sqlite3.connect(db_path) as db:
        db.execute("DROP TRIGGER blobs_no_update")
        _as_text(db, hashlib.sha256(shot.read_bytes()).hexdigest())
    db.close()
    checked = steady(db_path, "verify")
    said = checked.stdout + checked.stderr
    assert checked.returncode == 1 and "Traceback" not in said
    assert "was altered (its SHA-256 no longer matches)" in said
    assert "damaged" not in said and "decode" not in said
