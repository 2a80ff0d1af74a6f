"""A forward the owner has not yet said she made reaches the legal packet as doubted: who
wrote it not confirmed, never the worst of what the customer wrote, its words never printed
as the business's note. Her answer settles it, and the packet then prints the message she
forwarded as the customer's."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from pypdf import PdfReader

from app.application import open_services
from tests.app.cli.test_cli import steady
from tests.helpers.hale_bikes import OWN, hale_bikes
from tests.helpers.packet_fixtures import flat

FORWARD = (
    "Received: from evil.example (evil.example [203.0.113.9]) by mx.halebikes.example; "
    "Fri, 27 Nov 2026 09:00:05 +0000\n"
    f"From: Hale Bikes <{OWN}>\nTo: {OWN}\nSubject: Fwd: You will pay\n"
    "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <fwd@halebikes.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Our staff will visit you tonight.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Rex Marlow <rex@mail.example>\nDate: Mon, 23 Nov 2026 at 22:14\n"
    f"Subject: You will pay\nTo: <{OWN}>\n\nI will burn your shop down tonight.\n"
)


def _packet(db_path: Path, tmp_path: Path, name: str) -> tuple[str, dict]:
    out, bundle = tmp_path / f"{name}.pdf", tmp_path / f"{name}.zip"
    made = steady(
        db_path, "packet", "1", "--kind", "legal", "--out", str(out), "--bundle", str(bundle)
    )
    assert made.returncode == 0 and out.exists(), made.stderr
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = flat(" ".join(page.extract_text() or "" for page in pages))
    (record,) = json.loads(zipfile.ZipFile(bundle).read("contacts.json"))["contacts"]
    return text, record


def test_an_unanswered_forward_is_printed_as_doubted_until_she_says_she_forwarded_it(
    db_path: Path, tmp_path: Path
) -> None:
    hale_bikes(db_path)
    path = tmp_path / "forward.eml"
    path.write_text(FORWARD)
    services = open_services(db_path)
    try:
        (item,) = services.imports.run([str(path)]).imported
    finally:
        services.close()
    text, record = _packet(db_path, tmp_path, "before")
    assert (
        f"Who wrote this is not confirmed by the owner: it says Hale Bikes <{OWN}> forwarded "
        "it, but it was passed on by another mail server"
    ) in text
    assert record["text_is"] == "direction not confirmed" and record["customers_words"] == ""
    assert "Our staff will visit you tonight." in record["text"]
    assert "the business's words" not in text

    answered = steady(db_path, "contact", "forwarded", str(item.contact_id))
    assert answered.returncode == 0, answered.stderr
    text, record = _packet(db_path, tmp_path, "after")
    assert "Who wrote this is not confirmed" not in text
    # The packet prints what was imported and the owner's correction of it.
    assert record["corrected_text"] == "I will burn your shop down tonight."
    assert record["text_is"].startswith("customer's own words")
    assert steady(db_path, "verify").returncode == 0
