"""What each evidence file is, in the owner's words: its kind as Steady found it from the bytes,
the note kept with it, and what a file added by hand turned out to be.

A file chosen with Add files… is checked as a mail's attachment is: a zip archive named
"receipt.pdf" or a program named "photo.jpg" is kept, under what its bytes are, and the owner
is told. Evidence is never refused for its kind, only named right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.core.contact_changes import NewAttachment
from app.core.direction_controls import without_direction_controls
from app.core.errors import SteadyError
from app.importing.attachment_check import OCTET
from app.log.attachment_kinds import checked_attachment
from app.log.contacts import attachment_from_file
from ui.shell.images import encode_png


@dataclass(frozen=True)
class PendingFile:
    """A file chosen for a contact not saved yet; `path` lets a draft find it again."""

    attachment: NewAttachment
    path: str | None = None


def image_attachment(image: QImage, when: datetime) -> NewAttachment:
    return NewAttachment(
        filename=f"screenshot-{when.astimezone():%Y%m%d-%H%M%S}.png",
        data=encode_png(image),
        mime="image/png",
        note="Pasted from the clipboard",
    )


# Opened by the system, these run as a program (or a script, or a shortcut to one) rather
# than show a document: a customer's attachment can carry a virus.
PROGRAM_EXTENSIONS = frozenset(
    ".app .bat .cmd .com .command .cpl .exe .hta .jar .js .jse .lnk .msc .msi .msp .pif .ps1 "
    ".reg .scr .sh .url .vb .vbe .vbs .ws .wsc .wsf .wsh".split()
)


def is_program(filename: str) -> bool:
    """Whether opening the file would run it (judged by the name the system would go by)."""
    name = without_direction_controls(filename).strip().rstrip(". ").lower()
    return any(name.endswith(extension) for extension in PROGRAM_EXTENSIONS)


KINDS = {
    "application/pdf": "PDF document",
    "image/jpeg": "JPEG photo",
    "image/pjpeg": "JPEG photo",
    "image/png": "PNG picture",
    "image/gif": "GIF picture",
    "image/webp": "WebP picture",
    "image/heic": "HEIC photo",
    "image/svg+xml": "SVG drawing",
    "application/zip": "ZIP archive",
    "application/vnd.rar": "RAR archive",
    "application/x-7z-compressed": "7-Zip archive",
    "application/gzip": "gzip archive",
    "application/x-msdownload": "Windows program",
    "application/x-executable": "Program",
    "application/x-mach-binary": "Mac program",
    "message/rfc822": "Email",
    "application/vnd.ms-outlook": "Outlook message",
    "text/html": "Web page (HTML)",
    "text/plain": "Text",
    "text/csv": "Spreadsheet (CSV)",
    "application/msword": "Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.ms-excel": "Excel spreadsheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
    "application/vnd.oasis.opendocument.text": "Text document",
    OCTET: "Unknown kind",
    "": "Unknown kind",
}
_FAMILIES = {"image": "Picture", "audio": "Sound recording", "video": "Video", "text": "Text"}


def kind_words(mime: str) -> str:
    """A file's kind as the owner says it ("JPEG photo", "ZIP archive")."""
    mime = mime.split(";", 1)[0].strip().lower()
    if mime in KINDS:
        return KINDS[mime]
    family = _FAMILIES.get(mime.split("/", 1)[0])
    return family or "Other file"


def kind_tooltip(mime: str) -> str:
    # The bytes decide wherever they can: a zip named "receipt.pdf" is a ZIP archive.
    return f"{kind_words(mime)} ({mime or OCTET}): what the file was found to be when it was kept"


def note_line(note: str) -> str:
    """The note on one line, as a row shows it; its whole text goes in the row's tooltip."""
    return " ".join(without_direction_controls(note).split())


class NoteElide(QStyledItemDelegate):
    """A note cut at its end ("Pasted from the cl…"): the beginning says what it is about,
    where the rest of the list cuts long codes in the middle."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight  # type: ignore[attr-defined]


@dataclass(frozen=True)
class CheckedFile:
    path: str
    attachment: NewAttachment
    warning: str  # for the owner: the name said one kind, the bytes another; "" when not


def checked_file(path: str) -> CheckedFile:
    """A file the owner chose, typed by its bytes as an imported attachment is (SteadyError
    when it cannot be read or is empty)."""
    attachment, warning = checked_attachment(attachment_from_file(path))
    return CheckedFile(path, attachment, warning)


def checked_files(paths: list[str]) -> tuple[list[CheckedFile], list[tuple[str, SteadyError]]]:
    """The files that can be kept, and for each that cannot its path and the reason."""
    files: list[CheckedFile] = []
    refused: list[tuple[str, SteadyError]] = []
    for path in paths:
        try:
            files.append(checked_file(path))
        except SteadyError as error:
            refused.append((path, error))
    return files, refused


def copy_failed(verb: str, shown: str, error: OSError) -> SteadyError:
    """One sentence for the owner: the system's reason without its error number or path."""
    reason = (error.strerror or "the system refused").rstrip(".")
    what = "open" if verb == "open" else "save a copy of"
    return SteadyError(
        f"Cannot {what} “{shown}”: {reason[:1].lower()}{reason[1:]}. The kept file is unchanged."
    )
