"""Images and other files: kept as they are, with the time they were captured.

The capture time comes from the photo's EXIF data when it has one, else the file's time is
offered as the default. A screenshot of a post also needs its platform, URL, handle and post
time (see post_details.py).
"""

from __future__ import annotations

import mimetypes
import os
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import BinaryIO

from app.importing.exif_time import ExifTime, exif_time
from app.importing.records import PostDetails

# Formats Qt and Pillow read besides what mimetypes knows on every platform.
IMAGE_EXTENSIONS = frozenset(
    [
        ".png",
        ".jpg",
        ".jpeg",
        ".jfif",
        ".webp",
        ".gif",
        ".bmp",
        ".tif",
        ".tiff",
        ".heic",
        ".heif",
        ".avif",
        ".ico",
        ".svg",
    ]
)
_EXIF_IFD = 0x8769


def is_image(path: str) -> bool:
    extension = os.path.splitext(path)[1].lower()
    mime = mimetypes.guess_type(path)[0] or ""
    return extension in IMAGE_EXTENSIONS or mime.startswith("image/")


def mime_of(path: str) -> str:
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


# Formats Pillow reads: a file with one of these names that Pillow cannot even recognise is
# not the picture its name says (an HEIC or SVG file may simply be one Pillow does not read).
_PILLOW_READS = frozenset(
    [".png", ".jpg", ".jpeg", ".jfif", ".gif", ".webp", ".bmp", ".tif", ".tiff"]
)
# Decoded fully up to this size to find a picture cut off part-way; bigger ones are checked
# without decoding every pixel.
_DECODE_PIXELS = 40_000_000
CANNOT_DRAW = (
    "The picture cannot be drawn: the file stops part-way or is damaged (was it copied before "
    "it was finished?)."
)
NOT_A_PICTURE = "The file is named as a picture, but it is not one Steady can draw."


def picture_problem(path: str, known_picture: bool = False) -> str:
    """Why the picture cannot be drawn, or "" when it can (or its format is not Pillow's).

    `known_picture`: its first bytes are a picture format's, whatever its name.
    """
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                if image.format == "JPEG":
                    # Decoding at an eighth of the size still reads every byte of the file.
                    image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
                if image.width * image.height <= _DECODE_PIXELS:
                    image.load()
                else:
                    image.verify()
    except Image.DecompressionBombError:
        return ""  # a scrolling screenshot too big to decode is still evidence, kept as it is
    except UnidentifiedImageError:
        if known_picture:
            return CANNOT_DRAW
        named_as_one = os.path.splitext(path)[1].lower() in _PILLOW_READS
        return NOT_A_PICTURE if named_as_one else ""
    except Exception:  # a hostile or damaged picture may fail in any way inside a decoder
        return CANNOT_DRAW
    return ""


def file_time(path: str) -> datetime:
    """When the file was last written, in the laptop's local time."""
    return datetime.fromtimestamp(os.stat(path).st_mtime).astimezone()


def exif_capture(path: str | BinaryIO, now: datetime | None = None) -> ExifTime:
    """The time the camera or phone recorded, with what the owner must be told about it; no
    moment when the file has none (or no EXIF, or one that cannot be right). `now`: the time
    it is read at (a packet reads a stored photo again as of when it was stored)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # A huge image only warns about its size; the header is all that is read here.
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                exif = image.getexif()
                details = dict(exif.get_ifd(_EXIF_IFD)) if exif else {}
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return ExifTime(None)
    except Image.DecompressionBombError:
        # A scrolling screenshot 100,000 pixels tall is real evidence; it is kept as it is,
        # and its time is taken from the file.
        return ExifTime(None)
    return exif_time(dict(exif), details, now or datetime.now(UTC))


@dataclass(frozen=True)
class ImageDetails:
    """What the owner says about an image before it is imported."""

    captured_at: datetime | None = None
    captured_from: str = ""  # "EXIF", "file time" or "entered"
    # What the owner is told about the capture time: read in their zone, or unreadable.
    captured_note: str = ""
    is_post: bool = False
    post: PostDetails = field(default_factory=PostDetails)
    note: str = ""


def default_image_details(path: str) -> ImageDetails:
    """The EXIF time when there is one, else the file's time, to be confirmed by the owner."""
    exif = exif_capture(path)
    if exif.moment is not None:
        return ImageDetails(captured_at=exif.moment, captured_from="EXIF", captured_note=exif.note)
    return ImageDetails(
        captured_at=file_time(path), captured_from="file time", captured_note=exif.note
    )
