"""Evidence files altered in the log after they were stored.

A stored file is kept under the SHA-256 it had when Steady stored it. If its bytes were
changed outside Steady, the packet must not hand the new bytes on as that exhibit: the
exhibit keeps the SHA-256 recorded when it was stored, its page says plainly that the file no
longer matches it (and what it is now), its picture is not drawn, and the bundle names it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from app.packets.data import Exhibit, PacketData


def checked(exhibit: Exhibit) -> Exhibit:
    """The exhibit with sha256_now set when the bytes read now are not the ones stored."""
    now = hashlib.sha256(exhibit.data).hexdigest()
    return exhibit if now == exhibit.sha256 else replace(exhibit, sha256_now=now)


def checked_all(exhibits: Iterable[Exhibit]) -> list[Exhibit]:
    return [checked(exhibit) for exhibit in exhibits]


def altered_exhibits(data: PacketData) -> tuple[Exhibit, ...]:
    return tuple(exhibit for exhibit in data.exhibits if exhibit.altered)


def altered_line(exhibit: Exhibit) -> str:
    """What the exhibit's own page says of a file that no longer matches its record."""
    return (
        "ALTERED: this file no longer matches the SHA-256 recorded when it was stored "
        f"({exhibit.sha256}). The file the log holds now has SHA-256 {exhibit.sha256_now}: it "
        "was changed outside Steady after it was stored, and is not the file as stored."
    )


def not_drawn_line(exhibit: Exhibit) -> str:
    """Printed where the picture or text of an altered file would be."""
    return (
        f"{exhibit.label} is not printed here: the file the log holds now is not the one "
        "stored (see ALTERED above). The altered file is in the evidence bundle only so it "
        "can be examined; it is not evidence of what was received."
    )


def altered_statement(data: PacketData) -> str:
    """For the integrity statement: which exhibits no longer match; "" when none."""
    altered = altered_exhibits(data)
    if not altered:
        return ""
    which = ", ".join(str(e.number) for e in altered)
    many = len(altered) != 1
    return (
        f"Exhibit{'s' if many else ''} {which} no longer match{'' if many else 'es'} the "
        "SHA-256 recorded when stored: the file was changed outside Steady after it was "
        "stored. Each such exhibit's page says so and gives both SHA-256s; it is not printed "
        "as evidence."
    )


def readme_lines(data: PacketData, path_of: dict[int, str]) -> list[str]:
    """README.txt's section naming each altered exhibit; [] when none."""
    altered = altered_exhibits(data)
    if not altered:
        return []
    lines = ["ALTERED FILES: READ THIS FIRST"]
    for exhibit in altered:
        lines += [
            f"  Exhibit {exhibit.number} ({path_of.get(exhibit.number, '')}) NO LONGER MATCHES",
            f"  the SHA-256 recorded when it was stored: {exhibit.sha256}.",
            f"  The file in this bundle is what the log holds now: SHA-256 {exhibit.sha256_now}.",
        ]
    lines += [
        "  It was changed outside Steady after it was stored. SHA256SUMS and the manifests",
        "  list the SHA-256 recorded when it was stored, so the check below reports it as",
        "  FAILED (or CHANGED): that is the truth, not a fault of the bundle.",
        "",
    ]
    return lines
