"""What the owner is told before a bundle's originals leave Steady, in the window and on the
command line alike: which originals still hold words she redacted (read as their programs
show them: a mail decoded, a picture's metadata), which pictures record where they were taken,
and which pictures left out of the PDF are still in the bundle."""

from __future__ import annotations

from app.packets.data import PacketData
from app.packets.original_text import original_text
from app.packets.picture_metadata import has_location
from app.packets.pictures import pictures_left_out
from app.packets.redaction import Redactor, pictures_warning


def _exhibits(numbers: list[int]) -> str:
    return f"exhibit{'s' if len(numbers) != 1 else ''} " + ", ".join(map(str, numbers))


def originals_with_redacted_text(data: PacketData) -> list[int]:
    """Exhibit numbers whose original file still holds words redacted in the PDF: in its
    decoded text, its attachments, or (a picture) its metadata."""
    if not data.redactions:
        return []
    # The rules as the PDF applied them: a name wrapped over two lines of the saved email is
    # found too, and "Sam" is not found in "same".
    rules = Redactor(tuple(applied.redaction for applied in data.redactions))
    return [
        exhibit.number
        for exhibit in data.exhibits
        if rules.finds(original_text(exhibit), exhibit.contact_id)
    ]


def pictures_with_location(data: PacketData) -> list[int]:
    """Exhibit numbers of the pictures whose original records where it was taken (GPS), in a
    redacted packet (the owner who redacts nothing hands on her own files knowingly)."""
    if not data.redactions:
        return []
    return [e.number for e in data.exhibits if e.is_image and has_location(e.data)]


def originals_sentences(data: PacketData) -> list[str]:
    """The facts about the originals a redacted bundle holds; [] when there is nothing to say."""
    said = []
    if unredacted := originals_with_redacted_text(data):
        said.append(
            "The original files in the bundle are exactly as received, so "
            + _exhibits(unredacted)
            + (" still contains" if len(unredacted) == 1 else " still contain")
            + " words you redacted in the PDF (in their text, their attachments or "
            "a picture's details)."
        )
    if located := pictures_with_location(data):
        said.append(
            f"The original of {_exhibits(located)} records where the picture was taken "
            "(a GPS position)."
        )
    return said


def bundle_warning(data: PacketData) -> str:
    """The warning before a bundle is exported or written; "" when there is nothing to say."""
    said = originals_sentences(data)
    if left_out := pictures_left_out(data):
        # Left out of the PDF, the pictures are still in the bundle: it holds every original.
        said.append(
            f"The bundle holds the original of every picture left out of the PDF "
            f"(Exhibit{'s' if len(left_out) != 1 else ''} {', '.join(map(str, left_out))})."
        )
    if not said:
        return ""
    if pictures := pictures_warning(data):
        said.append(pictures)
    return " ".join(said) + (
        " Hand the bundle only to someone entitled to see them (your lawyer, the police)."
    )
