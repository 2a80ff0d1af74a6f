"""What a packet and its bundle say of a file withdrawn as added by mistake (gathered by
app/packets/withdrawn_files.py)."""

from __future__ import annotations

from textwrap import wrap

from app.core.clock import shown_time
from app.packets.data import PacketData, WithdrawnFile, unredacted_marks
from app.packets.summary import plural


def withdrawn_file_line(file: WithdrawnFile) -> str:
    """ "chat2.txt, SHA-256 …, attached to contact #2 on 2026-10-02, withdrawn on … (reason
    given: …)": what the packet's corrections and the bundle's README say of one file."""
    return (
        f"{file.filename}, SHA-256 {file.sha256}, {file.size} bytes — attached to contact "
        f"#{file.contact_id} on {shown_time(file.attached_at):%Y-%m-%d}, withdrawn by the owner "
        f"on {shown_time(file.withdrawn_at):%Y-%m-%d} as added by mistake (reason given: "
        f"{file.reason}). It is not an exhibit of this packet; it stays in the log, unchanged."
    )


def withdrawn_file_record(file: WithdrawnFile) -> dict[str, object]:
    """One withdrawn file as the bundle's manifest.json and contacts.json list it."""
    return {
        "original_filename": unredacted_marks(file.filename),
        "sha256": file.sha256,
        "size": file.size,
        "contact": file.contact_id,
        "attached_at": file.attached_at.isoformat(),
        "withdrawn_at": file.withdrawn_at.isoformat(),
        "reason": unredacted_marks(file.reason),
        "in_bundle": False,
    }


def withdrawn_readme_lines(data: PacketData) -> list[str]:
    """README.txt's word on the files withdrawn from the log: none of them is in exhibits/."""
    if not data.withdrawn_files:
        return []
    lines = [
        "FILES WITHDRAWN AS ADDED BY MISTAKE (not in this bundle)",
        "  The owner withdrew these files from the log; they are kept in the log unchanged,",
        "  are not exhibits, and are listed under withdrawn_files in manifest.json:",
    ]
    for file in data.withdrawn_files:
        lines += wrap(
            unredacted_marks(withdrawn_file_line(file)),
            88,
            initial_indent="  - ",
            subsequent_indent="    ",
            break_long_words=False,
        )
    return [*lines, ""]


def files_withdrawn_words(count: int) -> str:
    """What a contact's entry says of the files withdrawn from it."""
    one = count == 1
    return (
        f"{plural(count, 'file')} attached to it {'was' if one else 'were'} withdrawn by the owner "
        f"as added by mistake; {'not an exhibit' if one else 'not exhibits'}"
    )
