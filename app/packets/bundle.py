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
    redacted_email_text,
    sha256sums,
)
from app.packets.data import Exhibit, PacketData
from app.packets.redaction import Redactor

MANIFEST_JSON = "manifest.json"
MANIFEST_CSV = "manifest.csv"
CONTACTS_JSON = "contacts.json"
CONTACTS_CSV = "contacts.csv"
README = "README.txt"
SHA256SUMS = "SHA256SUMS"
NAME_LIMIT = 60  # characters of the original name kept in a zip entry (the manifest has all)


def _safe(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name).strip("._")
    return cleaned or "file"


def short_name(name: str, limit: int = NAME_LIMIT) -> str:
    """A file name a zip tool and every file system accept: safe characters, kept short.

    The extension survives (so the file still opens with the right program); the full
    original name is in the manifest.
    """
    safe = _safe(name)
    if len(safe) <= limit:
        return safe
    stem, dot, extension = safe.rpartition(".")
    if not dot or len(extension) > 10:
        return safe[:limit].rstrip("._") or "file"
    return f"{stem[: limit - len(extension) - 1].rstrip('._')}.{extension}"


def exhibit_path(exhibit: Exhibit) -> str:
    return f"exhibits/{exhibit.number:03d}-{short_name(exhibit.filename)}"


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
    if data.redactions:
        for exhibit in data.exhibits:
            if exhibit.email is None:
                continue
            raw = redacted_email_text(exhibit).encode("utf-8")
            path = f"redacted/{exhibit.number:03d}-{short_name(exhibit.filename)}.txt"
            entry = _entry(
                path,
                raw,
                "redacted copy",
                exhibit=exhibit.number,
                source_filename=exhibit.filename,
                mime="text/plain",
            )
            files.append((entry, raw))
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
    note = readme(data, pdf_name, hashlib.sha256(pdf).hexdigest(), manifest_sha, altered)
    note_bytes = note.encode("utf-8")
    files.append((_entry(README, note_bytes, "readme", mime="text/plain"), note_bytes))
    sums = sha256sums([entry for entry, _ in files]).encode("utf-8")

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry, raw in files:
            archive.writestr(entry.path, raw)
        archive.writestr(SHA256SUMS, sums)
    return buffer.getvalue()


def originals_with_redacted_text(data: PacketData) -> list[int]:
    """Exhibit numbers whose original file still holds words redacted in the PDF."""
    # The rules as the PDF applied them: a name wrapped over two lines of the saved email is
    # found too, and "Sam" is not found in "same".
    rules = Redactor(tuple(applied.redaction for applied in data.redactions))
    return [
        exhibit.number
        for exhibit in data.exhibits
        if not exhibit.is_image
        and rules.finds(exhibit.data.decode("utf-8", "replace"), exhibit.contact_id)
    ]
