"""Whether a photo's capture time, read from its EXIF, came with the photo's own time zone or
was read as local time: found again in the stored file itself, so that a photo logged before
Steady noted it is told as plainly as one logged today."""

from __future__ import annotations

import io
from datetime import datetime

from app.importing.images import exif_capture
from app.packets.capture_time import EXIF, EXIF_NO_ZONE, EXIF_OWN_ZONE


def exif_source(data: bytes, moment: datetime | None, stored_at: datetime) -> str:
    """Where a capture time said to be the photo's EXIF came from, as a packet names it; plain
    "EXIF" when the file no longer gives that very time (the owner kept an earlier reading)."""
    if moment is None or not data:
        return EXIF
    read = exif_capture(io.BytesIO(data), stored_at)
    if read.moment is None or read.moment != moment:
        return EXIF
    return EXIF_OWN_ZONE if read.own_zone else EXIF_NO_ZONE
