"""Half-typed contacts kept on disk so a crash or power cut loses nothing.

One JSON file per customer in the drafts folder, written whole and then renamed into place
(never a half-written draft). Pasted screenshots are written beside it as PNG files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.contact_changes import NewAttachment


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    fields: dict[str, object]
    files: list[dict[str, str]]  # {"path", "filename", "mime", "note"}


class ContactDrafts:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, customer_id: int) -> Path:
        return self.folder / f"contact-for-customer-{customer_id}.json"

    def save(
        self,
        customer_id: int,
        fields: dict[str, object],
        files: list[tuple[NewAttachment, str | None]],
    ) -> None:
        """Files with no path of their own (pasted images) are written into the folder."""
        import hashlib  # loaded with the first draft kept, not with the window

        self.folder.mkdir(parents=True, exist_ok=True)
        entries = []
        for attachment, path in files:
            if path is None:
                sha = hashlib.sha256(attachment.data).hexdigest()
                kept = self.folder / f"pasted-{customer_id}-{sha[:20]}.png"
                if not kept.exists():
                    kept.write_bytes(attachment.data)
                path = str(kept)
            entries.append(
                {
                    "path": path,
                    "filename": attachment.filename,
                    "mime": attachment.mime,
                    "note": attachment.note,
                }
            )
        record = {
            "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "fields": fields,
            "files": entries,
        }
        target = self._path(customer_id)
        partial = target.with_suffix(".partial")
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(record, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)

    def load(self, customer_id: int) -> Draft | None:
        try:
            record = json.loads(self._path(customer_id).read_text(encoding="utf-8"))
            return Draft(
                saved_at=datetime.fromisoformat(record["saved_at"]),
                fields=dict(record["fields"]),
                files=list(record.get("files", [])),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def pending(self) -> list[tuple[int, Draft]]:
        """Every kept draft, newest first, with the customer it is for."""
        found = []
        for path in self.folder.glob("contact-for-customer-*.json"):
            try:
                customer_id = int(path.stem.rsplit("-", 1)[1])
            except ValueError:
                continue
            draft = self.load(customer_id)
            if draft is not None:
                found.append((customer_id, draft))
        return sorted(found, key=lambda pair: pair[1].saved_at, reverse=True)

    def discard(self, customer_id: int) -> None:
        for pasted in self.folder.glob(f"pasted-{customer_id}-*.png"):
            pasted.unlink(missing_ok=True)
        self._path(customer_id).unlink(missing_ok=True)
