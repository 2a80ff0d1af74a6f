"""A piece the import doubted the writer of (a chat line from a name Steady does not know, a
pasted quote claiming the owner's address) reaches the legal packet and the bundle as
doubted: never the worst of what the customer wrote, never "customer's own words", the chat
speaker named on every chat line. The doubt is ledgered with the contact: `verify` catches
its row changed or removed, and the owner's "Did you send these?" tick settles it on record."""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

from pypdf import PdfReader

from app.application import open_services
from app.core.domain import Channel, Direction
from app.importing.sent_by_owner import SentByOwner
from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat

TOM = "Mr Marlow, if you speak to us like that again I will come round and sort you out myself."
CHAT = f"""[20/11/2025 14:02] Rex Marlow: Where is my bike? You lot are useless.
[20/11/2025 14:03] Anna Hale: Tom is looking into it now.
[20/11/2025 14:05] Tom: {TOM}
[20/11/2025 14:06] Rex Marlow: Is that a threat? I am keeping this."""
BAN = "Mr Marlow, you are banned from the shop. If you come in again I will have you removed by force."
THREAD = f"""From: Rex Marlow <rex@mail.example>
Date: Tue, 25 Nov 2025 18:00
Subject: Re: Your visit

You cannot ban me. See you in court.

On Tue, 25 Nov 2025 at 17:12, Anna Hale <anna@halebikes.example> wrote:
> {BAN}
"""


def _log(db_path: Path, pasted: str, channel: Channel) -> list[int]:
    services = open_services(db_path)
    services.settings.update(
        {
            "business_name": "Hale Bikes",
            "business_email": "anna@halebikes.example",
            "owner_name": "Anna Hale",
        }
    )
    services.close()
    added = steady(
        db_path, "customer", "add", "--name", "Rex Marlow", "--email", "rex@mail.example"
    )
    assert added.returncode == 0, added.stderr
    services = open_services(db_path)
    try:
        report = services.imports.import_pasted(1, pasted, channel)
    finally:
        services.close()
    return [item.contact_id for item in report.imported]


def _packet(db_path: Path, tmp_path: Path) -> tuple[str, dict[int, dict]]:
    out, bundle = tmp_path / "p.pdf", tmp_path / "p.zip"
    made = steady(
        db_path, "packet", "1", "--kind", "legal", "--out", str(out), "--bundle", str(bundle)
    )
    assert made.returncode == 0 and out.exists(), made.stderr
    pages = PdfReader(io.BytesIO(out.read_bytes())).pages
    text = flat(" ".join(page.extract_text() or "" for page in pages))
    contacts = json.loads(zipfile.ZipFile(bundle).read("contacts.json"))["contacts"]
    return text, {record["id"]: record for record in contacts}


def _worst(text: str) -> str:
    start = text.index("The worst of what the customer wrote")
    return text[start : text.index("Reports already", start)]


def test_a_chat_line_from_an_unknown_speaker_is_printed_as_doubted_and_named(
    db_path: Path, tmp_path: Path
) -> None:
    assert _log(db_path, CHAT, Channel.CHAT) == [1, 2, 3, 4]
    text, records = _packet(db_path, tmp_path)
    assert TOM not in _worst(text) and "Is that a threat?" in _worst(text)
    # The narrative does not count Tom's line as one of the customer's contacts.
    assert (
        "Rex Marlow contacted us twice (and 1 message more whose writer we have not "
        "confirmed); we replied once." in text
    )
    assert "#1 · 2025-11-20 14:02 UTC+00:00 · Chat · Rex Marlow · From the customer ·" in text
    assert (
        "#3 · 2025-11-20 14:05 UTC+00:00 · Chat · Tom · From the customer (not confirmed)" in text
    )
    assert (
        "Who wrote this is not confirmed by the owner: “Tom” in the chat is neither your name, "
        "your business's, nor the customer's"
    ) in text
    assert records[3]["text_is"] == "direction not confirmed"
    assert records[3]["customers_words"] == "" and records[3]["speaker"] == "Tom"
    assert records[4]["text_is"] == "customer's own words"
    assert records[4]["speaker"] == "Rex Marlow" and records[4]["direction_doubt"] == ""
    assert steady(db_path, "verify").returncode == 0


def test_a_pasted_quote_claiming_the_owner_is_printed_as_doubted(
    db_path: Path, tmp_path: Path
) -> None:
    assert _log(db_path, THREAD, Channel.EMAIL) == [1, 2]
    text, records = _packet(db_path, tmp_path)
    assert "removed by force" not in _worst(text) and "See you in court." in _worst(text)
    assert "· Email · From the customer (not confirmed) ·" in text
    assert (
        "Who wrote this is not confirmed by the owner: it says it is from Anna Hale "
        "<anna@halebikes.example>, but it is quoted inside pasted message 1"
    ) in text
    quoted = next(r for r in records.values() if BAN in r["text"])
    assert quoted["text_is"] == "direction not confirmed" and quoted["customers_words"] == ""
    assert steady(db_path, "verify").returncode == 0


def test_confirming_the_owner_sent_it_settles_the_doubt_on_record(
    db_path: Path, tmp_path: Path
) -> None:
    _log(db_path, CHAT, Channel.CHAT)
    services = open_services(db_path)
    try:
        SentByOwner(services.store).confirm(3)
        assert services.contacts.get(3).direction is Direction.OUTBOUND
    finally:
        services.close()
    with sqlite3.connect(db_path) as db:
        rows = db.execute(
            "SELECT doubt <> '', speaker, settled FROM direction_doubts WHERE contact_id = 3 "
            "ORDER BY id"
        ).fetchall()
    db.close()
    assert rows == [(1, "Tom", ""), (1, "Tom", "confirmed sent by the business")]
    text, records = _packet(db_path, tmp_path)
    assert "not confirmed" not in text
    assert "#3 · 2025-11-20 14:05 UTC+00:00 · Chat · Tom · From us" in text
    assert records[3]["text_is"] == "the business's words"
    assert steady(db_path, "verify").returncode == 0


def test_verify_catches_a_doubt_row_changed_or_removed(db_path: Path) -> None:
    _log(db_path, CHAT, Channel.CHAT)
    with sqlite3.connect(db_path) as db:
        db.execute("DROP TRIGGER direction_doubts_no_update")
        db.execute("UPDATE direction_doubts SET doubt = '' WHERE contact_id = 3")
    db.close()
    changed = steady(db_path, "verify")
    assert changed.returncode != 0 and "Direction doubt" in changed.stdout + changed.stderr
    with sqlite3.connect(db_path) as db:
        db.execute("DROP TRIGGER direction_doubts_no_delete")
        db.execute("DELETE FROM direction_doubts WHERE contact_id = 1")
    db.close()
    removed = steady(db_path, "verify")
    assert removed.returncode != 0 and "Direction doubt 1" in removed.stdout + removed.stderr


def test_a_doubted_threat_is_never_told_in_the_narrative(db_path: Path, tmp_path: Path) -> None:
    burn = "I know where you live and I will burn your house down tonight."
    _log(db_path, CHAT.replace(TOM, burn), Channel.CHAT)
    text, _ = _packet(db_path, tmp_path)
    start = text.index("Rex Marlow has been a customer of Hale Bikes")
    told = text[start : text.index("Five signs", start)]
    assert "Rex Marlow contacted us" in told and "burn your house" not in told
    assert "Chat · Tom · From the customer (not confirmed)" in text
