"""What a mail's attachment really is, from its bytes rather than the sender's label.

The sender writes an attachment's Content-Type and name, so both can lie: a web page named
"receipt.pdf", a zip archive with a program inside named "broken-part.jpg". A file imported
on its own is taken in as what its bytes are (sniff.py); an attachment is too. The sender's
name and type stay beside it as evidence of what was claimed, and the owner is told when the
claim was false or when a PDF runs something the moment it is opened.
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
import zipfile
import zlib
from dataclasses import dataclass

from app.importing.images import IMAGE_EXTENSIONS
from app.importing.sniff import HEAD_BYTES, Magic, looks_like_email, magic

OCTET = "application/octet-stream"
_ZIP = Magic("file", "application/zip", "a zip archive")
# Formats sniff.py leaves to the name; here a lying name is the sender's doing, not a slip.
_MORE_MAGIC: tuple[tuple[bytes, Magic], ...] = (
    (b"PK\x03\x04", _ZIP),
    (b"PK\x05\x06", _ZIP),
    (b"MZ", Magic("file", "application/x-msdownload", "a Windows program")),
    (b"\x7fELF", Magic("file", "application/x-executable", "a program")),
    (b"\xcf\xfa\xed\xfe", Magic("file", "application/x-mach-binary", "a Mac program")),
    (b"Rar!\x1a\x07", Magic("file", "application/vnd.rar", "a RAR archive")),
    (b"7z\xbc\xaf\x27\x1c", Magic("file", "application/x-7z-compressed", "a 7-Zip archive")),
    (b"\x1f\x8b", Magic("file", "application/gzip", "a gzip archive")),
)
_HTML_MAGIC = Magic("file", "text/html", "a web page (HTML)")
_HTML = re.compile(rb"<(?:!doctype\s+html|html|head|body|script|iframe|meta|svg)[\s>/]", re.I)
_EMAIL = Magic("file", "message/rfc822", "an email")
# Zip is also the inside of these; a .docx that is a zip is what it says.
_ZIP_BASED = re.compile(
    r"zip|openxmlformats|opendocument|epub|java-archive|android\.package|ms-xpsdocument|"
    r"vnd\.ms-.*\.macroenabled|x-xpinstall|vnd\.apple\.keynote|vnd\.apple\.pages",
    re.I,
)
_ZIP_NAMES = frozenset(
    ".zip .docx .xlsx .pptx .docm .xlsm .pptm .odt .ods .odp .odg .epub .jar .apk .xps .oxps "
    ".kmz .pages .numbers .key .3mf .vsdx".split()
)
_PROGRAM_NAMES = frozenset(
    ".exe .dll .scr .com .pif .msi .bat .cmd .ps1 .vbs .vbe .js .jse .wsf .hta .lnk .jar "
    ".app .elf .so .dylib .sh .apk .reg .cpl .iso .img".split()
)
# What a PDF can run by itself (a "#xx" in a name is a letter). An OpenAction alone is common
# and harmless (it opens the page at a zoom), so it is said only as what sets one of these off.
_PDF_ACTIONS = {
    b"JavaScript": "JavaScript",
    b"JS": "JavaScript",
    b"Launch": "a command to start another program (Launch)",
    b"RichMedia": "media that plays by itself (RichMedia)",
}
_PDF_TRIGGERS = {
    b"OpenAction": "when it is opened (OpenAction)",
    b"AA": "when a page or form field is used (AA)",
}
_FIXED_PICTURES = frozenset(["image/png", "image/jpeg", "image/pjpeg", "image/gif", "image/webp"])
_FIXED_PICTURE_NAMES = frozenset([".png", ".jpg", ".jpeg", ".jfif", ".gif", ".webp"])
_PDF_NAME = re.compile(rb"/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)")
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
# Compressed parts of a PDF are opened up to these limits: the actions hide in them too, but
# a hostile PDF must not fill the laptop's memory.
_INFLATE_LIMIT = 16 * 1024 * 1024
_STREAMS_LIMIT = 2000


@dataclass(frozen=True)
class CheckedAttachment:
    mime: str  # what the bytes are; the sender's own type when they say nothing else
    note: str  # kept with the file: what the sender claimed, when the bytes said otherwise
    warning: str  # for the owner, at import; "" when the attachment is what it claims


def _sniffed(data: bytes) -> Magic | None:
    found = magic(data)
    if found is not None:
        return found
    if b"%PDF-" in data[:1024]:  # readers accept a little junk before the header
        return Magic("file", "application/pdf", "a PDF document")
    for start, more in _MORE_MAGIC:
        if data.startswith(start):
            return more
    if looks_like_email(data):
        return _EMAIL
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML.match(start) or (start[:1] == b"<" and _HTML.search(data[:HEAD_BYTES])):
        return _HTML_MAGIC
    return None


def _claim(mime: str) -> str:
    """The kind of file a type promises, in the owner's words; "" when it promises nothing."""
    if mime.startswith("image/"):
        return "a picture"
    if mime == "application/pdf":
        return "a PDF document"
    if mime == "message/rfc822":
        return "an email"
    if mime == "text/html":
        return "a web page"
    if mime.startswith("text/"):
        return "a text file"
    return ""


def _name_claim(name: str) -> str:
    extension = os.path.splitext(name)[1].lower()
    if extension in IMAGE_EXTENSIONS:
        return "a picture"
    return _claim(mimetypes.guess_type(name)[0] or "") if extension else ""


def _agrees(found: Magic, declared: str, name: str, data: bytes) -> bool:
    """The bytes are what the sender's type or name say (a .docx is a zip, a page is text)."""
    extension = os.path.splitext(name)[1].lower()
    if found.mime in (declared, mimetypes.guess_type(name)[0]):
        return True
    if found is _ZIP:
        return bool(_ZIP_BASED.search(declared)) or extension in _ZIP_NAMES
    if found is _HTML_MAGIC:
        # A drawing in SVG is markup too: a picture that says so is what it claims.
        svg = declared == "image/svg+xml" or extension == ".svg"
        if svg and b"<svg" in data[:4096].lower():
            return True
        return declared.startswith("text/") or extension in (".htm", ".html", ".txt", ".xhtml")
    if found.what.endswith("program"):
        return extension in _PROGRAM_NAMES
    # A PNG named .jpg is still the picture it promised.
    return _claim(found.mime) in (_claim(declared), _name_claim(name))


def _programs_inside(data: bytes) -> list[str]:
    """The programs named in a zip archive's list of files (nothing is unpacked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError):
        return []
    return [n for n in names if os.path.splitext(n)[1].lower() in _PROGRAM_NAMES][:5]


def _pdf_names(data: bytes) -> set[bytes]:
    def read(name: bytes) -> bytes:
        if b"#" not in name:
            return name
        return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m[1], 16)]), name)

    names = {read(m[1]) for m in _PDF_NAME.finditer(data)}
    budget = _INFLATE_LIMIT
    for count, found in enumerate(_STREAM.finditer(data)):
        if count >= _STREAMS_LIMIT or budget <= 0:
            break
        end = data.find(b"endstream", found.end())
        try:
            # Only the stream itself is handed over: the rest of a large file is not copied.
            inflated = zlib.decompressobj().decompress(
                data[found.end() : end if end >= 0 else len(data)], budget
            )
        except zlib.error:
            continue
        budget -= len(inflated)
        names |= {read(m[1]) for m in _PDF_NAME.finditer(inflated)}
    return names


def pdf_actions(data: bytes) -> str:
    """What the PDF runs by itself, in the owner's words; "" when nothing."""
    names = _pdf_names(data)
    actions = list(dict.fromkeys(what for key, what in _PDF_ACTIONS.items() if key in names))
    if not actions:
        return ""
    triggers = [when for key, when in _PDF_TRIGGERS.items() if key in names]
    said = " and ".join(actions)
    return said + (", set to run " + " or ".join(triggers) if triggers else "")


def _claimed(declared: str, name: str) -> str:
    """How the sender presented it: "named and declared as a picture"; "" when as nothing."""
    named, typed = _name_claim(name), _claim(declared)
    if named and typed and named != typed:
        return f"named as {named} and declared as {typed}"
    how = " and ".join(h for h, c in (("named", named), ("declared", typed)) if c)
    return f"{how} as {named or typed}" if how else ""


def check_attachment(data: bytes, declared: str, name: str) -> CheckedAttachment:
    """An attachment's type by its bytes; `declared` and `name` are what the sender wrote."""
    found = _sniffed(data)
    shown = name or "An attachment with no name"
    claimed = _claimed(declared, name)
    mime, what, warning = declared or OCTET, "", ""
    if found is not None and not _agrees(found, declared, name, data):
        mime, what = found.mime, found.what
        if found is _ZIP and (programs := _programs_inside(data)):
            what += " holding a program (" + ", ".join(programs) + ")"
        if claimed:
            warning = f"{shown} is {claimed}, but its bytes are {what}."
        elif found.what.endswith("program"):
            warning = f"{shown} is {what}: open it only if you know it is safe."
    elif found is not None and (found.kind == "image" or found.mime == "application/pdf"):
        mime = found.mime
    elif found is not None:
        # A .docx is a zip, and a .txt may hold markup: the narrower type the sender gave stays.
        generic = declared in ("", OCTET)
        mime = (mimetypes.guess_type(name)[0] or found.mime) if generic else declared
    elif promise := _provable(declared, name):
        mime, what = OCTET, f"not {promise}"
        warning = f"{shown} is {claimed}, but its bytes are {what}."
    actions = pdf_actions(data) if mime == "application/pdf" else ""
    if actions:
        warning = (warning + " " if warning else "") + (
            f"{shown} is a PDF holding {actions}: open it only in a viewer that does not run "
            "scripts."
        )
    note = ""
    if mime != declared or warning:
        note = f"Sent as “{name}”" if name else "Sent with no name"
        note += f", with the type {declared or 'none'}"
        note += f"; its bytes are {what}." if what else "."
        if actions:
            note += f" The PDF holds {actions}."
    return CheckedAttachment(mime=mime, note=note, warning=warning)


def _provable(declared: str, name: str) -> str:
    """The format promised, when its first bytes never vary (so their absence disproves it)."""
    extension = os.path.splitext(name)[1].lower()
    if declared == "application/pdf" or extension == ".pdf":
        return "a PDF document"
    if declared in _FIXED_PICTURES or extension in _FIXED_PICTURE_NAMES:
        return "a picture"
    return ""
