"""`packet --bundle --redact`: the command line says, as the window asks before Export bundle,
which originals in the bundle still hold the redacted words (a base64 mail read decoded), and
exits as it did."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from tests.app.cli.test_cli import steady

MAIL = (
    b"From: =?utf-8?q?Zo=C3=AB_=C3=85gren?= <zoe@mail.example>\r\n"
    b"To: shop@example.com\r\n"
    b"Subject: final warning\r\n"
    b"Date: Tue, 06 Oct 2026 10:00:00 +0000\r\n"
    b"Message-ID: <w1@mail.example>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes(b"Tell Mayfield that I know where she parks.\n")
)
SAID = (
    "steady: note: The original files in the bundle are exactly as received, so exhibit 1 "
    "still contains words you redacted in the PDF"
)


def test_the_command_line_names_the_originals_that_still_hold_redacted_words(
    db_path: Path, tmp_path: Path
) -> None:
    mail = tmp_path / "warning.eml"
    mail.write_bytes(MAIL)
    assert steady(db_path, "customer", "add", "--name", "Zoë Ågren").returncode == 0
    imported = steady(db_path, "import", "--customer", "1", str(mail))
    assert imported.returncode == 0, imported.stderr
    out, bundle = tmp_path / "p.pdf", tmp_path / "p.zip"
    made = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--bundle", str(bundle)),
        *("--redact", "Mayfield", "--json"),
    )
    assert made.returncode == 0, made.stderr
    assert SAID in made.stderr
    assert json.loads(made.stdout)["originals_with_redacted_words"] == [1]

    # Without a bundle no original leaves Steady: nothing is said about originals.
    alone = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--force"),
        *("--redact", "Mayfield"),
    )
    assert alone.returncode == 0 and "original files" not in alone.stderr
