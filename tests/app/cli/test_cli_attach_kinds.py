"""`log --attach` takes each file in as what its bytes are, as import does, and refuses an
empty one: a screenshot saved as .eml must not be printed as pages of binary "headers"."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.application import open_services
from app.cli import main
from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat, png


def _log(db_path: Path, *files: Path) -> tuple[int, str]:
    logged = steady(
        db_path,
        *("log", "--customer", "1", "--channel", "email", "--text", "Here are my files."),
        *(part for path in files for part in ("--attach", str(path))),
    )
    return logged.returncode, logged.stderr


def test_attached_files_are_typed_by_their_bytes_not_their_names(
    db_path: Path, tmp_path: Path
) -> None:
    picture = tmp_path / "real-picture.eml"
    picture.write_bytes(png(40, 30))
    pdf = tmp_path / "screenshot.png"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj <<>> endobj\n")
    notes = tmp_path / "notes.eml"
    notes.write_text("Called at 9, he shouted again.\n")
    mail = tmp_path / "forwarded.jpg"
    mail.write_text("From: a@example.com\nTo: b@example.com\nSubject: hi\n\nbody\n")
    assert steady(db_path, "customer", "add", "--name", "Pat Example").returncode == 0
    code, stderr = _log(db_path, picture, pdf, notes, mail)
    assert code == 0, stderr

    services = open_services(str(db_path))
    try:
        kept = {a.filename: a.mime for a in services.contacts.attachments(1)}
    finally:
        services.close()
    assert kept == {
        "real-picture.eml": "image/png",
        "screenshot.png": "application/pdf",
        "notes.eml": "text/plain",
        "forwarded.jpg": "message/rfc822",
    }

    out = tmp_path / "legal.pdf"
    made = steady(db_path, "packet", "1", "--kind", "legal", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = flat(
        " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    )
    assert "IHDR" not in text and "PNG" not in text.replace("PNG picture", "")


def test_an_empty_attached_file_is_refused_and_nothing_is_logged(
    db_path: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.eml"
    blank.write_bytes(b"\n  \r\n")
    assert steady(db_path, "customer", "add", "--name", "Pat Example").returncode == 0
    for path in (empty, blank):
        code, stderr = _log(db_path, path)
        assert code != 0
        assert f"{path.name} is empty, so it was not added. Nothing was saved." in stderr
    services = open_services(str(db_path))
    try:
        assert services.contacts.count_for_customer(1) == 0
    finally:
        services.close()


def _zip_holding(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, b"MZ\x90\x00 not a real program")
    return out.getvalue()


def test_a_file_not_what_its_name_says_is_kept_as_its_bytes_and_the_owner_told(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(_zip_holding("invoice.exe"))
    page = tmp_path / "photo.jpg"
    page.write_bytes(b"<!DOCTYPE html><html><body>Click here</body></html>")
    fine = tmp_path / "door.png"
    fine.write_bytes(png(40, 30))
    db = ["--db", str(db_path)]
    assert main([*db, "customer", "add", "--name", "Pat Example"]) == 0
    capsys.readouterr()
    logged = [*db, "log", "--customer", "1", "--channel", "email", "--text", "See attached."]
    files = ["--attach", str(receipt), "--attach", str(page), "--attach", str(fine)]
    assert main([*logged, *files]) == 0
    out, err = capsys.readouterr()
    assert out == "1\n"  # the id alone, for scripts
    assert err == (
        "warning: receipt.pdf is named as a PDF document, but its bytes are a zip archive "
        "holding a program (invoice.exe). Kept, as what its bytes are.\n"
        "warning: photo.jpg is named as a picture, but its bytes are a web page (HTML). Kept, "
        "as what its bytes are.\n"
    )
    services = open_services(str(db_path))
    try:
        kept = {a.filename: (a.mime, a.note) for a in services.contacts.attachments(1)}
    finally:
        services.close()
    assert kept["receipt.pdf"] == (
        "application/zip",
        "receipt.pdf is named as a PDF document, but its bytes are a zip archive holding a "
        "program (invoice.exe).",
    )
    assert kept["photo.jpg"][0] == "text/html"
    assert kept["door.png"] == ("image/png", "")

    assert main([*logged, "--attach", str(receipt), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == [
        "receipt.pdf is named as a PDF document, but its bytes are a zip archive holding a "
        "program (invoice.exe)."
    ]
