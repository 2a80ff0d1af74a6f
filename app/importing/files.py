"""Files taken in as they are: which kind of evidence a file is, its size and SHA-256, and how
an image or any other file becomes one item to log.
"""

from __future__ import annotations

import hashlib
import logging
import os

from app.core.domain import Channel
from app.core.errors import SteadyError
from app.importing.found import FoundMessage
from app.importing.images import ImageDetails, default_image_details, file_time, is_image

log = logging.getLogger(__name__)

MBOX_EXTENSIONS = (".mbox", ".mbx", ".mbs")
EMAIL_EXTENSIONS = (".eml", ".emlx")
CSV_EXTENSIONS = (".csv", ".tsv")
PASTED = "<pasted text>"


def kind_of(path: str, image_extensions: frozenset[str] = frozenset()) -> str:
    """What kind of source a file is: email, mbox, outlook, csv, image or file.

    `image_extensions` adds formats the window can show (Qt's readers) to the usual ones.
    """
    extension = os.path.splitext(path)[1].lower()
    if extension in EMAIL_EXTENSIONS:
        return "email"
    if extension in MBOX_EXTENSIONS:
        return "mbox"
    if extension == ".msg":
        return "outlook"
    if extension in CSV_EXTENSIONS:
        return "csv"
    if is_image(path) or extension in image_extensions:
        return "image"
    if not extension:
        try:
            with open(path, "rb") as handle:
                if handle.read(5) == b"From ":
                    return "mbox"
        except OSError:
            pass
    return "file"


def files_in(paths: list[str]) -> list[str]:
    """The paths, with each folder replaced by the files inside it (and its subfolders), in
    name order; hidden files such as .DS_Store are left out."""
    found: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            found += [os.path.join(folder, n) for n in sorted(names) if not n.startswith(".")]
    return found


def capture_note(details: ImageDetails) -> str:
    note = "The file exactly as imported."
    if details.captured_at is not None:
        note += f" Captured {details.captured_at.isoformat()} ({details.captured_from})."
    return note


def size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def sha256_file(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def file_found(path: str, kind: str, details: ImageDetails | None) -> FoundMessage:
    """An image or any other file as one item to log, kept exactly as it is."""
    name = os.path.basename(path)
    if kind == "image":
        details = details or default_image_details(path)
    else:
        details = details or ImageDetails(captured_at=file_time(path), captured_from="file time")
    post = details.post
    if details.is_post:
        who = f" by {post.handle}" if post.handle else ""
        where = f" on {post.platform}" if post.platform else ""
        subject = f"Screenshot of a post{where}{who}"
    else:
        subject = f"{'Image' if kind == 'image' else 'File'}: {name}"
    return FoundMessage(
        kind=kind,
        text="",
        subject=subject,
        occurred_at=(post.posted_at if details.is_post else None) or details.captured_at,
        handle=post.handle,
        channel=Channel.SOCIAL if details.is_post else Channel.OTHER,
        url=post.url,
        original_path=path,
        original_note=capture_note(details),
        content_sha256=sha256_file(path),
        warnings=[details.note] if details.note else [],
    )


def unreadable(source: str, error: BaseException) -> SteadyError:
    """A file or message the readers could not make sense of: one failure line, and the
    details in the log for a bug report."""
    log.warning("Could not read %s", source, exc_info=error)
    return SteadyError(
        f"It could not be read ({type(error).__name__}); nothing from it was saved, and the "
        "file itself is unchanged."
    )
