"""Files taken in as they are: which kind of evidence a file is, its size and SHA-256, and how
an image or any other file becomes one item to log.
"""

from __future__ import annotations

import hashlib
import logging
import os

from app.core.domain import Channel
from app.core.errors import SteadyError
from app.core.file_names import file_name, readable
from app.importing.batch_report import LeftOut
from app.importing.email_message import parse_email
from app.importing.found import FoundMessage
from app.importing.images import (
    ImageDetails,
    default_image_details,
    file_time,
    is_image,
    mime_of,
    picture_problem,
)
from app.importing.not_evidence import why_not_evidence
from app.importing.outlook import parse_outlook
from app.importing.sniff import (
    OLE_MAGIC,
    head,
    is_empty,
    looks_like_email,
    looks_like_mbox,
    magic,
)

log = logging.getLogger(__name__)

MBOX_EXTENSIONS = (".mbox", ".mbx", ".mbs")
EMAIL_EXTENSIONS = (".eml", ".emlx")
CSV_EXTENSIONS = (".csv", ".tsv")
PASTED = "<pasted text>"
EMPTY = "Nothing was imported: the file is empty."


def _named_kind(path: str, image_extensions: frozenset[str]) -> str:
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
    return "file"


def kind_of(path: str, image_extensions: frozenset[str] = frozenset()) -> str:
    """What kind of source a file is: email, mbox, outlook, csv, image, file, or empty.

    The file's first bytes decide before its name does: a picture or PDF is one whatever it is
    called, and so is an email saved under a picture's name. `image_extensions` adds formats
    the window can show (Qt's readers) to the usual ones.
    """
    data = head(path)
    if not data.strip() and is_empty(path):
        return "empty"
    found = magic(data)
    if found is not None:
        return found.kind
    named = _named_kind(path, image_extensions)
    if named == "email" and data.startswith(OLE_MAGIC):
        return "outlook"
    if named in ("email", "mbox", "csv"):
        return named
    if named == "outlook" and data.startswith(OLE_MAGIC):
        return named
    if looks_like_mbox(data) or (not os.path.splitext(path)[1] and data.startswith(b"From ")):
        return "mbox"
    if looks_like_email(data):
        return "email"
    return named


def misnamed(path: str, kind: str) -> str:
    """What to tell the owner when the file's name says one kind and its bytes another."""
    extension = os.path.splitext(path)[1]
    if not extension or _named_kind(path, frozenset()) == kind:
        return ""
    what = {"email": "an email", "outlook": "an Outlook message", "mbox": "a mailbox"}.get(kind)
    found = magic(head(path))
    what = found.what if found is not None else what
    if what is None:
        return ""
    return f"Its name ends in “{extension}”, but it is {what}, so it is read as one."


def files_in(
    paths: list[str], left_out: list[LeftOut] | None = None, empty: list[str] | None = None
) -> list[str]:
    """The paths, with each folder replaced by the files inside it (and its subfolders), in
    name order; hidden files such as .DS_Store are left out, and so are a mail program's index
    and settings files and empty files (added to `left_out`, with why). A folder with no
    files at all is added to `empty`: the owner may have picked the wrong one."""
    found: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        before = (len(found), len(left_out or ()))
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            for name in sorted(n for n in names if not n.startswith(".")):
                inside = os.path.join(folder, name)
                reason = why_not_evidence(inside)
                if not reason:
                    found.append(inside)
                elif left_out is not None:
                    shown = readable(
                        os.path.join(os.path.basename(path), os.path.relpath(inside, path))
                    )
                    left_out.append(LeftOut(shown, reason))
        if empty is not None and (len(found), len(left_out or ())) == before:
            empty.append(path)
    return found


def capture_note(details: ImageDetails) -> str:
    note = "The file exactly as imported."
    if details.captured_at is not None:
        note += f" Captured {details.captured_at.isoformat()} ({details.captured_from})."
        if details.captured_from != "entered" and details.captured_note:
            note += f" {details.captured_note}"  # read as local time, or the photo's was wrong
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
    name = file_name(path)
    found_magic = magic(head(path))
    warnings: list[str] = []
    if kind == "image":
        details = details or default_image_details(path)
        problem = picture_problem(path, known_picture=found_magic is not None)
        warnings += [problem] if problem else []
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
        original_mime=found_magic.mime if found_magic is not None else mime_of(path),
        original_note=capture_note(details),
        content_sha256=sha256_file(path),
        warnings=([details.note] if details.note else []) + warnings,
    )


def single_found(path: str, kind: str, details: ImageDetails | None) -> FoundMessage:
    """A file that is one item (an email, an Outlook message, a picture, any other file)."""
    if kind == "empty":
        raise SteadyError(EMPTY)
    name = file_name(path)
    if kind in ("email", "outlook"):
        with open(path, "rb") as handle:
            data = handle.read()
        found = parse_email(data, name) if kind == "email" else parse_outlook(path, data)
    else:
        found = file_found(path, kind, details)
    note = misnamed(path, kind)
    if note:
        found.warnings.insert(0, note)
    return found


def unreadable(source: str, error: BaseException) -> SteadyError:
    """A file or message the readers could not make sense of: one failure line, and the
    details in the log for a bug report."""
    log.warning("Could not read %s", source, exc_info=error)
    return SteadyError(
        f"It could not be read ({type(error).__name__}); nothing from it was saved, and the "
        "file itself is unchanged."
    )
