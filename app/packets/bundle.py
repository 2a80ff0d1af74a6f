"""The evidence bundle: the packet PDF, every original file byte for byte, and a manifest.

Anyone can check it without Steady: `SHA256SUMS` lists every file's SHA-256 in the form
`sha256sum -c` and `shasum -a 256 -c` read, and README.txt says how to check it on Windows,
macOS and Linux with the tools they come with. The exact text of every contact is there as
UTF-8 (contacts.json exactly; contacts.csv for spreadsheets).
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import replace

from app.packets.altered import readme_lines
from app.packets.bundle_files import (
    BundleEntry,
    contacts_csv,
    contacts_json,
    manifest_csv,
    manifest_json,
    readme,
    sha256sums,
)
from app.packets.bundle_names import exhibit_path, short_name
from app.packets.bundle_warning import originals_with_redacted_text, pictures_with_location
from app.packets.data import PacketData
from app.packets.readme_redaction import RedactedFolder
from app.packets.redacted_copies import redacted_copies

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
CONTACTS_JSON = "contacts.json"
CONTACTS_CSV = "contacts.csv"
README = "README.txt"
# Known by these names before they had their own modules.
__all__ = ["build_bundle", "exhibit_path", "originals_with_redacted_text", "short_name"]
SHA256SUMS = "SHA256SUMS"


def _entry(path: str, data: bytes, role: str, **more: object) -> BundleEntry:
    return BundleEntry(path, hashlib.sha256(data).hexdigest(), len(data), role, **more)  # type: ignore[arg-type]


def build_bundle(data: PacketData, pdf: bytes, pdf_name: str) -> bytes:
    """The .zip as bytes: the packet, the originals, the texts, the manifests and the sums."""
    pdf_name = short_name(pdf_name, 120)
    files: list[tuple[BundleEntry, bytes]] = [
        (_entry(pdf_name, pdf, "packet", mime="application/pdf"), pdf)
    ]
    for exhibit in data.exhibits:
        entry = _entry(
            exhibit_path(exhibit),
            exhibit.data,
            "exhibit (ALTERED after it was stored)" if exhibit.altered else "exhibit",
            exhibit=exhibit.number,
            source_filename=exhibit.filename,
            mime=exhibit.mime,
        )
        if exhibit.altered:
            # Listed under the SHA-256 recorded when stored: a check must report it changed.
            entry = replace(entry, sha256=exhibit.sha256, sha256_now=exhibit.sha256_now)
        files.append((entry, exhibit.data))
    copies = redacted_copies(data)
    for copy in copies:
        entry = _entry(
            copy.path,
            copy.data,
            "redacted copy",
            exhibit=copy.exhibit.number,
            source_filename=copy.exhibit.filename,
            mime=copy.mime,
        )
        files.append((entry, copy.data))
    for path, text, mime in (
        (CONTACTS_JSON, contacts_json(data), "application/json"),
        (CONTACTS_CSV, contacts_csv(data), "text/csv"),
    ):
        raw = text.encode("utf-8")
        files.append((_entry(path, raw, "contacts", mime=mime), raw))
    entries = [entry for entry, _ in files]
    manifest = manifest_json(data, entries).encode("utf-8")
    files.append((_entry(MANIFEST_JSON, manifest, "manifest", mime="application/json"), manifest))
    table = manifest_csv(entries).encode("utf-8")
    files.append((_entry(MANIFEST_CSV, table, "manifest", mime="text/csv"), table))
    manifest_sha = hashlib.sha256(manifest).hexdigest()
    altered = readme_lines(data, {e.number: exhibit_path(e) for e in data.exhibits})
    note = readme(
        data,
        pdf_name,
        hashlib.sha256(pdf).hexdigest(),
        manifest_sha,
        altered,
        RedactedFolder(copies, originals_with_redacted_text(data), pictures_with_location(data)),
    )
    note_bytes = note.encode("utf-8")
    files.append((_entry(README, note_bytes, "readme", mime="text/plain"), note_bytes))
    sums = sha256sums([entry for entry, _ in files]).encode("utf-8")

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry, raw in files:
            archive.writestr(entry.path, raw)
        archive.writestr(SHA256SUMS, sums)
    return buffer.getvalue()
