"""Pictures left out of a packet.

No rule can black out the words in a screenshot: they are pixels. So the owner may leave every
picture out of a packet instead of leaving out the whole contact. A picture left out keeps its
exhibit number, its page (and so its Bates number) and its SHA-256, and its page says in words
that it was left out: the packet still proves the file exists, and the other side can ask for
it. The contact's own text still prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.core.domain import Contact
from app.packets.contacts import in_period
from app.packets.data import Exhibit, PacketData
from app.packets.summary import plural

if TYPE_CHECKING:
    from app.core.settings import Settings
    from app.services import Services

SETTING = "packet_pictures"  # declared in app/core/settings.py, beside the paper size
PRINT_THEM = "Print them"
LEAVE_THEM_OUT = "Leave them out"
OPTION = "Leave pictures out"  # the option's name, as the packet dialog shows it


def left_out_by_default(settings: Settings) -> bool:
    """What the owner chose last: a packet leaves pictures out until they tick it off again."""
    return settings.text(SETTING) == LEAVE_THEM_OUT


def remember_choice(services: Services, leave_out: bool) -> None:
    """Kept in the settings, as the paper size is, for the next packet (not in a read-only
    log, which cannot be written)."""
    if not services.read_only:
        services.settings.update({SETTING: LEAVE_THEM_OUT if leave_out else PRINT_THEM})


def is_left_out(exhibit: Exhibit, data: PacketData) -> bool:
    # An altered file is not printed whatever the choice, and its page says why.
    return data.pictures_left_out and exhibit.is_image and not exhibit.altered


def pictures_left_out(data: PacketData) -> tuple[int, ...]:
    """Exhibit numbers of the pictures this packet does not draw."""
    return tuple(exhibit.number for exhibit in data.exhibits if is_left_out(exhibit, data))


def left_out_count(data: PacketData) -> str:
    """ " (2 pictures left out)" after the count of exhibits; "" when none were."""
    numbers = pictures_left_out(data)
    return f" ({plural(len(numbers), 'picture')} left out)" if numbers else ""


def left_out_line(exhibit: Exhibit) -> str:
    """What an exhibit's page says in place of the picture (the name is already redacted)."""
    return (
        f"Picture left out of this packet: “{exhibit.filename}”, {exhibit.mime}, "
        f"{exhibit.size:,} bytes, SHA-256 {exhibit.sha256}. The owner left the pictures out "
        "of this copy. The file is kept unchanged in the business's records and can be asked "
        f"for as {exhibit.label}; its SHA-256 identifies it."
    )


def left_out_statement(data: PacketData) -> str:
    """Said on the cover and in the integrity statement, so no reader takes a picture left out
    for one lost; empty when the packet draws every picture it has."""
    numbers = pictures_left_out(data)
    if not numbers:
        return ""
    which = ", ".join(str(n) for n in numbers)
    many = len(numbers) != 1
    # The reason is given only when it is the packet's: a redacted copy.
    why = ", as words in a picture cannot be redacted" if data.redactions else ""
    return (
        f"{plural(len(numbers), 'picture')} (Exhibit{'s' if many else ''} {which}) "
        f"{'were' if many else 'was'} left out of this copy at the owner's choice{why}. "
        "Nothing was lost: each is listed in the exhibit index and on "
        f"{'their' if many else 'its'} own exhibit page with file name, size and SHA-256, and "
        "the originals are kept unchanged in the business's records."
    )


@dataclass(frozen=True)
class PicturesOnFile:
    """The pictures attached to a customer's contacts, to count those a packet would hold."""

    contacts: tuple[Contact, ...] = ()  # only contacts with pictures
    counts: dict[int, int] = field(default_factory=dict)  # contact id -> pictures attached

    def in_packet(self, start: date | None, end: date | None, ticked: Set[int] | None) -> int:
        """How many a packet of that period and those contacts (None: all) would hold."""
        return sum(
            self.counts[c.id]
            for c in in_period(self.contacts, start, end)
            if ticked is None or c.id in ticked
        )


def pictures_on_file(services: Services, contacts: Iterable[Contact]) -> PicturesOnFile:
    with_pictures: list[Contact] = []
    counts: dict[int, int] = {}
    for contact in contacts:
        if not contact.attachment_count:  # most contacts have no files: no query for them
            continue
        withdrawn = services.contacts.withdrawn_files(contact.id)  # not printed: not counted
        pictures = sum(
            1
            for a in services.contacts.attachments(contact.id)
            if a.mime.startswith("image/") and a.id not in withdrawn
        )
        if pictures:
            with_pictures.append(contact)
            counts[contact.id] = pictures
    return PicturesOnFile(tuple(with_pictures), counts)
