"""What a picture file says besides its pixels: EXIF (author, description, GPS position), XMP,
IPTC, PNG text and JPEG comments.

A photo taken at home carries where it was taken; a screenshot tool writes who made it. The
original is kept byte for byte (its SHA-256 proves it unchanged), so a redacted bundle gets a
copy re-encoded from the pixels alone, and the owner is told which originals carry a
location or words she redacted.
"""

from __future__ import annotations

import html
import io
import re
import warnings
from collections.abc import Iterator

from PIL import Image, ImageFile, ImageOps, IptcImagePlugin

_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
# Windows writes these as UTF-16 (XPTitle, XPComment, XPAuthor, XPKeywords, XPSubject).
_UTF16_TAGS = frozenset({0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F})
_USER_COMMENT = 0x9286
_TAG = re.compile(r"<[^>]*>")
# Formats written back as they came; any other (GIF, TIFF, BMP…) becomes a PNG.
_KEPT_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
# What Pillow raises on a file it cannot read, or one too large to decode safely.
_UNREADABLE = (OSError, ValueError, SyntaxError, Image.DecompressionBombError)


def _opened(data: bytes) -> ImageFile.ImageFile | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except (*_UNREADABLE, Image.DecompressionBombWarning):
        return None


def _words(value: object, tag: int = 0) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        if tag in _UTF16_TAGS:
            return value.decode("utf-16-le", "replace").rstrip("\x00")
        if tag == _USER_COMMENT:
            code, text = value[:8], value[8:]
            codec = "utf-16" if code.startswith(b"UNICODE") else "utf-8"
            return text.decode(codec, "replace").rstrip("\x00")
        return value.decode("utf-8", "replace").rstrip("\x00")
    # Some writers store the XP tags as a tuple of bytes.
    numbers = [v for v in value if isinstance(v, int)] if isinstance(value, tuple | list) else []
    if tag in _UTF16_TAGS and numbers:
        return bytes(numbers).decode("utf-16-le", "replace").rstrip("\x00")
    return ""


def _exif_words(image: Image.Image) -> Iterator[str]:
    exif = image.getexif()
    for ifd in (exif, exif.get_ifd(_EXIF_IFD), exif.get_ifd(_GPS_IFD)):
        for tag, value in ifd.items():
            if words := _words(value, tag):
                yield words


def _info_words(image: Image.Image) -> Iterator[str]:
    for key, value in image.info.items():
        if key in ("exif", "icc_profile", "transparency"):
            continue  # read above as tags, or not words at all
        if words := _words(value):
            # XMP is XML: its characters may be written as entities ("Zo&#xEB;").
            xml = "xmp" in str(key).lower()
            yield html.unescape(_TAG.sub(" ", words)) if xml else words
    text = getattr(image, "text", None)  # PNG tEXt, zTXt and iTXt chunks
    if isinstance(text, dict):
        yield from (str(value) for value in text.values())


def _iptc_words(image: ImageFile.ImageFile) -> Iterator[str]:
    try:
        found = IptcImagePlugin.getiptcinfo(image) or {}
    except _UNREADABLE:
        return
    for value in found.values():
        for item in value if isinstance(value, list) else [value]:
            if words := _words(item):
                yield words


def metadata_text(data: bytes) -> str:
    """Every word a picture's metadata holds, one piece a line ("" for none or not a picture)."""
    image = _opened(data)
    if image is None:
        return ""
    with image:
        try:
            pieces = [*_exif_words(image), *_info_words(image), *_iptc_words(image)]
        except _UNREADABLE:
            return ""
    return "\n".join(piece.strip() for piece in pieces if piece.strip())


def has_location(data: bytes) -> bool:
    """Whether the picture records where it was taken (an EXIF GPS position)."""
    image = _opened(data)
    if image is None:
        return False
    with image:
        try:
            gps = image.getexif().get_ifd(_GPS_IFD)
        except _UNREADABLE:
            return False
    return any(tag in gps for tag in (1, 2, 3, 4))  # latitude and longitude, with their N/E


def without_metadata(data: bytes) -> tuple[bytes, str] | None:
    """The picture re-encoded from its pixels alone, and its MIME type; None when it cannot be
    read. Turned upright first, as its EXIF orientation said, since that tag goes too."""
    image = _opened(data)
    if image is None:
        return None
    with image:
        try:
            upright = ImageOps.exif_transpose(image) or image
            kind = _KEPT_FORMATS.get(image.format or "", "image/png")
            if kind == "image/jpeg" and upright.mode not in ("RGB", "L", "CMYK"):
                upright = upright.convert("RGB")
            elif upright.mode not in ("RGB", "RGBA", "L", "LA", "I", "I;16", "1"):
                upright = upright.convert("RGBA")
            # A new image from the bytes of the pixels: nothing of the file's info comes along.
            clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
            out = io.BytesIO()
            if kind == "image/jpeg":
                clean.save(out, "JPEG", quality=95)
            else:
                clean.save(out, kind.split("/")[1].upper())
        except _UNREADABLE:
            return None
    return out.getvalue(), kind


def extension_for(mime: str) -> str:
    return _EXTENSIONS.get(mime, ".png")
