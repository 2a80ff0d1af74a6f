"""`log --attach` takes each file in as what its bytes are, as import does, and refuses an
empty one: a screenshot saved as .eml must not be printed as pages of binary "headers"."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from app.application import open_services
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
