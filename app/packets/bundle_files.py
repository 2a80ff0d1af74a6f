"""The plain files inside an evidence bundle: texts, manifests, the checksum list, README.txt."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.packets.contact_data import PacketContact
from app.packets.customer_quote import customer_quote
from app.packets.data import PacketData, unredacted_marks
from app.packets.pictures import pictures_left_out
from app.packets.readme_redaction import RedactedFolder, folder_lines, redaction_lines
from app.packets.withdrawn_file_words import withdrawn_file_record, withdrawn_readme_lines
from app.packets.wording import corrections_words, move_words


@dataclass(frozen=True)
class BundleEntry:
    path: str
    sha256: str
    size: int
    role: str  # "packet", "exhibit", "redacted copy", "contacts", "manifest" or "readme"
    exhibit: int | None = None
    source_filename: str = ""
    mime: str = ""
    # An exhibit altered after it was stored: sha256 stays the one recorded then (so a check
    # reports the file as changed), and this is the SHA-256 of the file as it is now.
    sha256_now: str = ""


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading '."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return out.getvalue()


def _whose(contact: PacketContact, own_words: str) -> str:
    """What the text is; `own_words` are the customer's own words in it (customer_quote)."""
    if contact.changed_outside:
        return contact.changed_outside
    if contact.direction_doubt:
        return "direction not confirmed"
    if contact.is_customers_words and contact.corrected_text:
        return "customer's own words, as first received (corrected in Steady since)"
    if contact.is_customers_words and own_words != " ".join(contact.text.split()):
        return (
            "the customer's message; \"customers_words\" are the customer's own words as the "
            "packet quotes them: the text also holds other words (an earlier message it quotes, "
            "a text file shown with it, a forwarder's note, text hidden from the reader or the "
            "mail's other version)"
        )
    if contact.is_customers_words:
        return "customer's own words"
    if contact.direction.value == "outbound":
        return "the business's words"
    if contact.staff.strip():
        return f"staff note by {unredacted_marks(contact.staff)} (not the customer's words)"
    return "written down at the business (not the customer's words)"


def _contact_record(contact: PacketContact) -> dict[str, object]:
    own_words = customer_quote(contact).words if contact.is_customers_words else ""
    return {
        "id": contact.id,
        "occurred_at": contact.occurred_at.isoformat(),
        "zone": contact.zone,
        "channel": contact.channel.value,
        "direction": contact.direction.value,
        "text_is": _whose(contact, own_words),
        "direction_doubt": unredacted_marks(contact.direction_doubt),
        "speaker": unredacted_marks(contact.speaker),
        "staff": unredacted_marks(contact.staff),
        "summary": unredacted_marks(contact.summary),
        "text": unredacted_marks(contact.text),
        "customers_words": unredacted_marks(own_words),
        "categories": [c.value for c in contact.categories],
        "severity": contact.severity,
        "minutes": contact.minutes,
        "url": unredacted_marks(contact.url),
        "exhibits": list(contact.exhibits),
        "revision": contact.revision,
        "corrections": unredacted_marks(corrections_words(contact)),
        "corrected_text": unredacted_marks(contact.corrected_text),
        "moved": unredacted_marks(move_words(contact)),
        "logged_at": contact.logged_at.isoformat() if contact.logged_at else "",
    }


def contacts_json(data: PacketData) -> str:
    records = [
        _contact_record(c)
        | {
            "withdrawn_files": [
                withdrawn_file_record(f) for f in data.withdrawn_files if f.contact_id == c.id
            ]
        }
        for c in data.contacts
    ]
    return (
        json.dumps(
            {"packet_number": data.number, "contacts": records}, ensure_ascii=False, indent=2
        )
        + "\n"
    )


_CONTACT_COLUMNS = (
    "id",
    "occurred_at",
    "zone",
    "channel",
    "direction",
    "text_is",
    "staff",
    "summary",
    "text",
    "categories",
    "severity",
    "minutes",
    "url",
    "exhibits",
    "revision",
    "corrections",
    "corrected_text",
    "moved",
    "logged_at",
)


def contacts_csv(data: PacketData) -> str:
    """UTF-8 with a byte-order mark, so spreadsheet programs read every script correctly."""
    rows = []
    for contact in data.contacts:
        record = _contact_record(contact)
        record["categories"] = "; ".join(record["categories"])  # type: ignore[arg-type]
        record["exhibits"] = " ".join(str(n) for n in record["exhibits"])  # type: ignore[attr-defined]
        rows.append([record[column] for column in _CONTACT_COLUMNS])
    return "\ufeff" + _csv(_CONTACT_COLUMNS, rows)


def manifest_json(data: PacketData, entries: Sequence[BundleEntry]) -> str:
    packet = next((e for e in entries if e.role == "packet"), None)
    manifest = {
        "packet_number": data.number,
        "kind": data.kind.value,
        "customer": unredacted_marks(data.customer.name),
        "business": data.business.name,
        "generated_at": data.generated_at.isoformat(),
        "packet_sha256": packet.sha256 if packet else "",
        "ledger": {
            "verified": data.integrity.verified,
            "entries": data.integrity.entries,
            "head_hash": data.integrity.head_hash,
        },
        "redacted_in_pdf": len(data.redactions) > 0,
        "altered_exhibits": [e.exhibit for e in entries if e.sha256_now],
        "note": "Each file's SHA-256 identifies it: recompute it to check the file is unchanged. "
        "Original files are exactly as stored and are not redacted.",
        "files": [
            {
                "path": e.path,
                "sha256": e.sha256,
                "size": e.size,
                "role": e.role,
                "exhibit": e.exhibit,
                "original_filename": e.source_filename,
                "mime": e.mime,
                **(
                    {"altered": True, "sha256_now": e.sha256_now, "sha256_is": "as recorded"}
                    if e.sha256_now
                    else {}
                ),
            }
            for e in entries
        ],
        # Not in the bundle: named so that nothing once attached to the log goes unseen.
        "withdrawn_files": [withdrawn_file_record(f) for f in data.withdrawn_files],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def manifest_csv(entries: Sequence[BundleEntry]) -> str:
    return _csv(
        ("path", "sha256", "size", "role", "exhibit", "original_filename", "mime", "altered_now"),
        (
            (
                e.path,
                e.sha256,
                e.size,
                e.role,
                e.exhibit or "",
                e.source_filename,
                e.mime,
                e.sha256_now,
            )
            for e in entries
        ),
    )


def sha256sums(entries: Sequence[BundleEntry]) -> str:
    """The format `sha256sum -c` reads: hash, two spaces, path; one file a line."""
    return "".join(f"{e.sha256}  {e.path}\n" for e in entries)


def readme(
    data: PacketData,
    pdf_name: str,
    pdf_sha: str,
    manifest_sha: str,
    altered: Sequence[str] = (),
    folder: RedactedFolder | None = None,
) -> str:
    """altered: the lines naming exhibits that no longer match their record (none: ());
    folder: what redacted/ holds and what the originals still show (none: nothing)."""
    lines = [
        f"Evidence bundle for packet {data.number} ({data.kind.heading.lower()})",
        f"Prepared by {data.business.name} with Steady on "
        f"{data.generated_at.isoformat(timespec='minutes')}.",
        "",
        "WHAT IS IN IT",
        f"  {pdf_name}  the packet itself",
        *(
            ["  exhibits/       every evidence file, byte for byte as it was stored"]
            if data.exhibits
            else []
        ),
        *folder_lines(folder),
        "  contacts.json   the exact text of every contact in the packet (UTF-8)",
        "  contacts.csv    the same for spreadsheets (UTF-8; a cell that starts with = + - or @",
        "                  has a ' put in front so no spreadsheet runs it as a formula)",
        "  manifest.json   every file with its SHA-256, size and original name",
        "  manifest.csv    the same as a table",
        "  SHA256SUMS      the SHA-256 of every file above, for checking",
        "",
        "FINGERPRINTS",
        f"  Packet PDF SHA-256:     {pdf_sha}",
        f"  manifest.json SHA-256:  {manifest_sha}",
        f"  Log (ledger) head:      {data.integrity.head_hash or '-'}",
        f"  Ledger entries:         {data.integrity.entries}",
        "  The ledger head identifies the whole log as it stood when the packet was made; the",
        "  same hash and count are printed in the packet.",
        "",
    ]
    lines += redaction_lines(data, folder)
    lines += withdrawn_readme_lines(data)
    if left_out := pictures_left_out(data):
        lines += [
            "PICTURES",
            "  The packet PDF lists exhibit"
            + ("s " if len(left_out) != 1 else " ")
            + ", ".join(map(str, left_out))
            + " (pictures) by file name, size and SHA-256",
            "  without drawing them; the files themselves are in exhibits/, as received.",
            "",
        ]
    lines += altered
    lines += [
        "HOW TO CHECK THAT NOTHING WAS CHANGED",
        "Unzip the bundle into a folder, open a terminal in that folder, then:",
        "",
        "  Linux:    sha256sum -c SHA256SUMS",
        "  macOS:    shasum -a 256 -c SHA256SUMS",
        "  Both print OK beside every file that is unchanged.",
        "",
        "  Windows (PowerShell, built in):",
        "    Get-Content SHA256SUMS | ForEach-Object {",
        "      $hash, $file = $_ -split '  ', 2",
        "      $now = (Get-FileHash -Algorithm SHA256 -LiteralPath $file).Hash.ToLower()",
        '      if ($now -eq $hash) { "OK      $file" } else { "CHANGED $file" }',
        "    }",
        "  Or one file at a time (Command Prompt): certutil -hashfile FILE SHA256",
        "  and compare with the line for that file in SHA256SUMS.",
        "",
        "The SHA-256 of each exhibit is also printed in the packet, on the exhibit's own pages",
        "and in the exhibit index, so a printed copy can be checked against these files.",
    ]
    return "\r\n".join(lines) + "\r\n"
