"""`packet --redact` with screenshots: the pictures are printed as received, and the owner is
told so on the command line and in the PDF, not left to believe the whole copy is redacted."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat, png

PICTURES = (
    "Screenshots and other pictures are printed as received and are not redacted: "
    "1 picture (Exhibit 1)."
)


def _pages(path: Path) -> list[str]:
    return [
        flat(page.extract_text() or "") for page in PdfReader(io.BytesIO(path.read_bytes())).pages
    ]


def test_a_redacted_packet_with_a_screenshot_says_the_picture_is_not_redacted(
    db_path: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "post.png"
    shot.write_bytes(png())
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    logged = steady(
        db_path,
        *("log", "--customer", "1", "--channel", "social", "--category", "harassment-social"),
        *("--text", "Posted by @tmorrow_official", "--attach", str(shot)),
    )
    assert logged.returncode == 0, logged.stderr

    out = tmp_path / "redacted.pdf"
    made = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--redact", "tmorrow_official"),
    )
    assert made.returncode == 0, made.stderr
    assert PICTURES in made.stderr and made.stdout.splitlines()[0] == str(out)
    pages = _pages(out)
    assert PICTURES in pages[0]  # the cover, beside "This copy is redacted"
    (redactions,) = [page for page in pages if "Redactions The owner removed" in page]
    assert PICTURES in redactions
    assert "this picture is printed as received, not redacted" in pages[-1]

    scripted = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--force"),
        *("--redact", "x", "--json"),
    )
    assert json.loads(scripted.stdout)["pictures_not_redacted"] == [1]
    assert PICTURES in scripted.stderr

    plain = tmp_path / "plain.pdf"
    unredacted = steady(db_path, "packet", "1", "--kind", "legal", "--out", str(plain))
    assert unredacted.returncode == 0 and "picture" not in unredacted.stderr
    assert not any("not redacted: 1 picture" in page for page in _pages(plain))


def test_packet_pictures_leave_out_lists_the_picture_and_warns_of_none(
    db_path: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "post.png"
    shot.write_bytes(png())
    assert steady(db_path, "customer", "add", "--name", "Tasha Morrow").returncode == 0
    logged = steady(
        db_path,
        *("log", "--customer", "1", "--channel", "social", "--text", "Posted by @tmorrow"),
        *("--attach", str(shot)),
    )
    assert logged.returncode == 0, logged.stderr
    out = tmp_path / "left-out.pdf"
    made = steady(
        db_path,
        *("packet", "1", "--kind", "legal", "--out", str(out), "--redact", "tmorrow"),
        *("--pictures", "leave-out", "--json"),
    )
    assert made.returncode == 0, made.stderr
    assert "picture" not in made.stderr
    result = json.loads(made.stdout)
    assert result["pictures_left_out"] == [1] and result["pictures_not_redacted"] == []
    pages = _pages(out)
    assert "1 picture (Exhibit 1) was left out of this copy" in pages[0]
    assert "Picture left out of this packet: “post.png”" in pages[-1]
