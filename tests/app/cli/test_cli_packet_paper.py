"""`packet --paper a4|letter` prints on the paper asked for, whatever the settings say."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.app.cli.test_cli import steady


def test_packet_paper_flag(db_path: Path, tmp_path: Path) -> None:
    assert steady(db_path, "demo").returncode == 0
    for flag, size in (("letter", (612, 792)), ("A4", (595, 842))):
        out = tmp_path / f"{flag}.pdf"
        made = steady(db_path, "packet", "1", "--kind", "legal", "--out", str(out), "--paper", flag)
        assert made.returncode == 0, made.stderr
        box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size
    wrong = steady(db_path, "packet", "1", "--kind", "legal", "--out", "x.pdf", "--paper", "A3")
    assert wrong.returncode != 0 and "invalid choice" in wrong.stderr
