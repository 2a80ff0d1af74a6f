"""A packet's corrections: the contacts withdrawn as logged by mistake, and the files withdrawn
as added by mistake (each named with its SHA-256 and the contact it was attached to), each with
when and why, so a reader knows what was taken back and that nothing was quietly removed."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.packets.data import PacketData
from app.packets.summary import plural
from app.packets.withdrawn_file_words import withdrawn_file_line
from reports.blocks import p, section
from reports.styles import styles

HEADING = "Corrections: files withdrawn as added by mistake"


def withdrawn_contacts_section(data: PacketData) -> list[Flowable]:
    """The contacts the owner withdrew as logged by mistake, each with when and why."""
    if not data.withdrawn:
        return []
    sheet = styles()
    story = section("Corrections: contacts withdrawn as logged by mistake", sheet)
    story.append(
        p(
            "The owner marked these contacts as logged by mistake. They are kept in the log "
            "and its ledger as first saved, and are not counted or quoted anywhere else in "
            "this packet.",
            sheet.body,
        )
    )
    story += [p(line, sheet.body) for line in data.withdrawn]
    return story


def withdrawn_files_section(data: PacketData) -> list[Flowable]:
    if not data.withdrawn_files:
        return []
    sheet = styles()
    story = section(HEADING, sheet)
    story.append(
        p(
            "The owner marked these files as attached by mistake. Each is kept in the log and "
            "its ledger byte for byte as first stored; none is an exhibit of this packet.",
            sheet.body,
        )
    )
    story += [p(withdrawn_file_line(file), sheet.body) for file in data.withdrawn_files]
    return story


def withdrawn_files_note(data: PacketData) -> list[Flowable]:
    """Under the exhibit index: the files that are not exhibits because they were withdrawn."""
    count = len(data.withdrawn_files)
    if not count:
        return []
    one = count == 1
    return [
        p(
            f"{plural(count, 'file')} {'was' if one else 'were'} withdrawn by the owner as added "
            f"by mistake and {'is' if one else 'are'} not an exhibit: see “{HEADING}”.",
            styles().muted,
        )
    ]
