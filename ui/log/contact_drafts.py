"""Half-typed contacts and corrections kept on disk so a crash or power cut loses nothing.

Each dialog writes its own file in the drafts folder (never another dialog's), whole and then
renamed into place, so a draft kept after a crash is never written over by new typing and
never deleted by saving another contact. While a window writes a draft it holds a lock beside
it: a second Steady on the same log does not offer a draft that is still being written.
Pasted screenshots are written beside the draft as PNG files. The folder and its files are
readable by the owner's account only; they are not encrypted (see README).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

if TYPE_CHECKING:
    from app.core.contact_changes import NewAttachment

CONTACT = "contact-for-customer"
CORRECTION = "correction-of-contact"
REPLY = "calm-reply"  # a reply's words the log could not take yet (ui/reply/kept_words.py)
ACTION = "action-for-customer"  # "Log an action" (ui/log/typing_drafts.py)
NEW_CUSTOMER = "new-customer"  # its key is 0: there is no customer yet
CUSTOMER_DETAILS = "details-of-customer"  # "Edit customer"
SET_ASIDE = "unreadable-"
KINDS = (CONTACT, CORRECTION, REPLY, ACTION, NEW_CUSTOMER, CUSTOMER_DETAILS)
_NAME = re.compile(rf"^({'|'.join(KINDS)})-(\d+)(?:-([0-9a-f]+))?\.json$")
_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_NO_WRITING = (errno.EROFS, errno.EACCES, errno.EPERM)


def drafts_folder_for(database: str) -> Path:
    """Drafts live beside the database they belong to, e.g. steady-drafts/ for steady.db."""
    path = Path(database)
    return path.parent / f"{path.stem}-drafts"


def why_not_kept(error: OSError) -> str:
    """Why a draft could not be written, in a few words for the owner."""
    if error.errno in _DISK_FULL:
        return "the disk is full"
    if error.errno in _NO_WRITING:
        return "the drafts folder cannot be written to"
    return (error.strerror or str(error)).lower()


@dataclass(frozen=True)
class Draft:
    saved_at: datetime
    fields: dict[str, object]
    files: list[dict[str, str]]  # {"path", "filename", "mime", "note"}
    path: Path | None = None  # the file it is kept in
    kind: str = CONTACT
    key: int = 0  # the customer (a new contact) or the contact (a correction) it is for
    token: str = ""
    written_ns: int = 0  # orders drafts kept within the same second


def _owner_only_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(0o700)  # made by an earlier Steady with everyone's read permission


def _write_owner_only(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


class DraftSlot:
    """The one draft file a dialog writes, locked while the dialog is open."""

    def __init__(self, folder: Path, kind: str, key: int, token: str | None = None) -> None:
        self.folder = folder
        self.kind = kind
        self.key = key
        # A new draft gets a name of its own; "" is a draft kept by an earlier Steady.
        self.token = os.urandom(8).hex() if token is None else token
        self._lock: QLockFile | None = None

    @property
    def path(self) -> Path:
        suffix = f"-{self.token}" if self.token else ""
        return self.folder / f"{self.kind}-{self.key}{suffix}.json"

    def _pasted_prefix(self) -> str:
        return f"pasted-{self.key}-{self.token}-"

    def lock(self) -> bool:
        """Hold this draft for this window; False if another window holds it."""
        if self._lock is not None:
            return True
        _owner_only_folder(self.folder)
        lock = QLockFile(str(self.path.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it lasts
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def release(self) -> None:
        """Keep the file as a kept draft, offered to whoever opens Steady next."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def save(
        self,
        fields: dict[str, object],
        files: list[tuple[NewAttachment, str | None]],
    ) -> None:
        """Files with no path of their own (pasted images) are written into the folder."""
        import hashlib  # loaded with the first draft kept, not with the window

        self.lock()
        entries = []
        for attachment, path in files:
            if path is None:
                sha = hashlib.sha256(attachment.data).hexdigest()
                kept = self.folder / f"{self._pasted_prefix()}{sha[:20]}.png"
                if not kept.exists():
                    try:
                        _write_owner_only(kept, attachment.data)
                    except OSError:
                        # Cut short, it would be taken for the whole screenshot next time.
                        with contextlib.suppress(OSError):
                            kept.unlink(missing_ok=True)
                        raise
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
        partial = self.path.with_suffix(".partial")
        try:
            _write_owner_only(partial, json.dumps(record, ensure_ascii=False, indent=1).encode())
            os.replace(partial, self.path)
        except OSError:
            # A half-written copy is no draft: the kept one (if any) stays as it was.
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise

    def written(self) -> bool:
        return self.path.exists()

    def discard(self) -> None:
        """Delete this draft and the screenshots pasted into it, and let go of it."""
        try:
            listed = json.loads(self.path.read_text(encoding="utf-8")).get("files", [])
        except (OSError, ValueError, AttributeError):
            listed = []
        for entry in listed if isinstance(listed, list) else []:
            kept = Path(str(entry.get("path", ""))) if isinstance(entry, dict) else None
            if kept is not None and kept.parent == self.folder and kept.name.startswith("pasted-"):
                kept.unlink(missing_ok=True)
        if self.token:
            for pasted in self.folder.glob(f"{self._pasted_prefix()}*.png"):
                pasted.unlink(missing_ok=True)
        self.path.unlink(missing_ok=True)
        self.release()


class ContactDrafts:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.set_aside: list[Path] = []  # drafts that could not be read, kept under a new name

    def new_slot(self, customer_id: int) -> DraftSlot:
        return DraftSlot(self.folder, CONTACT, customer_id)

    def new_correction_slot(self, contact_id: int) -> DraftSlot:
        return DraftSlot(self.folder, CORRECTION, contact_id)

    def take(self, draft: Draft) -> DraftSlot | None:
        """The kept draft's own file for a window that restores it; None if another has it."""
        slot = DraftSlot(self.folder, draft.kind, draft.key, draft.token)
        return slot if slot.lock() else None

    def pending(self, kind: str = CONTACT, key: int | None = None) -> list[Draft]:
        """Kept drafts no running window is writing, newest first."""
        found = []
        if not self.folder.is_dir():
            return []
        for path in self.folder.glob(f"{kind}-*.json"):
            match = _NAME.match(path.name)
            if match is None or (key is not None and int(match[2]) != key):
                continue
            slot = DraftSlot(self.folder, kind, int(match[2]), match[3] or "")
            if not slot.lock():
                continue  # being written by a window open now, in this Steady or another
            try:
                draft = self._read(slot)
            finally:
                slot.release()
            if draft is not None:
                found.append(draft)
        return sorted(found, key=lambda draft: (draft.saved_at, draft.written_ns), reverse=True)

    def _read(self, slot: DraftSlot) -> Draft | None:
        path = slot.path
        try:
            written_ns = path.stat().st_mtime_ns
            record = json.loads(path.read_text(encoding="utf-8"))
            fields = record["fields"]
            if not isinstance(fields, dict):
                raise ValueError("no fields")
        except OSError:
            return None
        except (ValueError, KeyError, TypeError):
            # Damaged or from another program: kept under another name for the owner to open,
            # never offered again (and never crashing Steady at every start).
            aside = path.with_name(SET_ASIDE + path.name)
            os.replace(path, aside)
            self.set_aside.append(aside)
            return None
        try:
            saved_at = datetime.fromisoformat(str(record.get("saved_at")))
        except ValueError:
            saved_at = datetime.fromtimestamp(written_ns / 1e9).astimezone()
        if saved_at.tzinfo is None:
            saved_at = saved_at.astimezone()
        files = record.get("files", [])
        return Draft(
            saved_at=saved_at,
            fields=dict(fields),
            files=[f for f in files if isinstance(f, dict)] if isinstance(files, list) else [],
            path=path,
            kind=slot.kind,
            key=slot.key,
            token=slot.token,
            written_ns=written_ns,
        )

    def load(self, customer_id: int) -> Draft | None:
        """The newest kept draft for a new contact with this customer."""
        found = self.pending(CONTACT, customer_id)
        return found[0] if found else None
