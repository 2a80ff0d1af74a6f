"""The evidence bundle: the packet PDF, every original file byte for byte, and a manifest.

A lawyer can check each file against manifest.json / manifest.csv (and against the hashes
printed in the packet) with any SHA-256 tool.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from dataclasses import dataclass

from app.packets.data import Exhibit, PacketData

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"


@dataclass(frozen=True)
class BundleEntry:
    path: str
    sha256: str
    size: int
    role: str  # "packet" or "exhibit"
    exhibit: int | None = None
    source_filename: str = ""
    mime: str = ""


def _safe(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).strip("._")
    return cleaned or "file"


def exhibit_path(exhibit: Exhibit) -> str:
    return f"exhibits/{exhibit.number:03d}-{_safe(exhibit.filename)}"


def build_bundle(data: PacketData, pdf: bytes, pdf_name: str) -> bytes:
    """The .zip as bytes: the packet, the originals and the manifests (compressed losslessly)."""
    entries = [
        BundleEntry(
            path=pdf_name,
            sha256=hashlib.sha256(pdf).hexdigest(),
            size=len(pdf),
            role="packet",
            mime="application/pdf",
        )
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(pdf_name, pdf)
        for exhibit in data.exhibits:
            path = exhibit_path(exhibit)
            archive.writestr(path, exhibit.data)
            entries.append(
                BundleEntry(
                    path=path,
                    sha256=hashlib.sha256(exhibit.data).hexdigest(),
                    size=len(exhibit.data),
                    role="exhibit",
                    exhibit=exhibit.number,
                    source_filename=exhibit.filename,
                    mime=exhibit.mime,
                )
            )
        archive.writestr(MANIFEST_JSON, _manifest_json(data, entries))
        archive.writestr(MANIFEST_CSV, _manifest_csv(entries))
    return buffer.getvalue()


def _manifest_json(data: PacketData, entries: list[BundleEntry]) -> str:
    manifest = {
        "packet_number": data.number,
        "kind": data.kind.value,
        "customer": data.customer.name,
        "business": data.business.name,
        "generated_at": data.generated_at.isoformat(),
        "ledger": {
            "verified": data.integrity.verified,
            "entries": data.integrity.entries,
            "head_hash": data.integrity.head_hash,
        },
        "redacted_in_pdf": len(data.redactions) > 0,
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
            }
            for e in entries
        ],
    }
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"


def _manifest_csv(entries: list[BundleEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["path", "sha256", "size", "role", "exhibit", "original_filename", "mime"])
    for e in entries:
        writer.writerow(
            [e.path, e.sha256, e.size, e.role, e.exhibit or "", e.source_filename, e.mime]
        )
    return out.getvalue()


def originals_with_redacted_text(data: PacketData) -> list[int]:
    """Exhibit numbers whose original file still holds words redacted in the PDF."""
    words = [a.redaction.text.strip().lower() for a in data.redactions if a.redaction.text.strip()]
    if not words:
        return []
    found = []
    for exhibit in data.exhibits:
        if exhibit.is_image:
            continue
        text = exhibit.data.decode("utf-8", "replace").lower()
        if any(word in text for word in words):
            found.append(exhibit.number)
    return found
