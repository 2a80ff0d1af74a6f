"""When an exhibit was captured, in the same words wherever a packet says it.

"Captured" is only ever a capture time the owner entered or the file gave (its EXIF time, its
file time). The time Steady stored the file is a different fact: a screenshot stored six
weeks after the post says nothing of when the post was seen, so where no capture time is
known the packet says so and gives the stored time under its own name.
"""

from __future__ import annotations

import re
from datetime import datetime

from app.core.clock import in_recorded_zone, shown_time, stamped, zone_label

# Where a capture time came from, when it is a photo's EXIF: with the photo's own time zone,
# or the camera's clock alone (read as the owner's local time), or not known (app/packets/
# exif_zone.py reads the stored file again).
EXIF = "EXIF"
EXIF_OWN_ZONE = "EXIF, own time zone"
EXIF_NO_ZONE = "EXIF, no time zone"

# The importer's note on a file: "The file exactly as imported. Captured <ISO time> (<from>)."
# (app/importing/files.py capture_note; tests/app/packets/test_capture_time.py reads one back.)
_NOTED = re.compile(r"\bCaptured (\S+) \((EXIF|file time|entered)\)\.")


def capture_in_note(note: str) -> tuple[datetime | None, str]:
    """The capture time and where it came from, as the importer noted them on the file."""
    found = _NOTED.search(note)
    if found is None:
        return None, ""
    try:
        moment = datetime.fromisoformat(found[1])
    except ValueError:
        return None, ""
    if moment.tzinfo is None:
        return None, ""
    # Shown in the zone the file gave it in, as the note beside it says it.
    return in_recorded_zone(moment, zone_label(moment)), found[2]


def captured_value(at: datetime | None, source: str, stored_at: datetime | None) -> str:
    """What follows "Captured": the time and where it came from, or that none is known."""
    if at is not None:
        return stamped(at) + (f" ({_told(at, source)})" if source else "")
    return not_recorded(stored_at)


def _told(at: datetime, source: str) -> str:
    """A reader must know whether the zone printed is the photo's or Steady's reading."""
    if source == EXIF_NO_ZONE:
        return (
            f"EXIF: taken {shown_time(at):%H:%M} by the camera's own clock, no time zone in the "
            "file, read as local time"
        )
    if source == EXIF_OWN_ZONE:
        return f"EXIF: the photo's own time zone, UTC{zone_label(shown_time(at))}"
    return source


def captured_clause(at: datetime | None, source: str, stored_at: datetime | None) -> str:
    """The same inside a sentence: "captured …" or "capture time not recorded (…)"."""
    return f"captured {captured_value(at, source, stored_at)}" if at else not_recorded(stored_at)


def not_recorded(stored_at: datetime | None) -> str:
    stored = f" (stored in Steady on {stamped(stored_at)})" if stored_at else ""
    return f"capture time not recorded{stored}"
