"""A mailbox as the source of its messages: the file's name, size and SHA-256, and where each
message stands in it, so every stored original can be traced to the exact bytes of the
mailbox without keeping a second copy of a file that may be gigabytes long.

The file's SHA-256 is taken before its messages are read (each message's record names it),
and the bytes read are hashed again on the way: a mailbox that a mail program was still
writing while it was imported is told, not silently recorded under the wrong hash.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from app.core.errors import SteadyError
from app.core.file_names import file_name
from app.core.ports import Store
from app.importing.batch_report import FileNote
from app.importing.email_message import parse_email
from app.importing.files import sha256_file, size, unreadable
from app.importing.found import FoundMessage
from app.importing.mailbox_place import MailboxFile, MailboxPlace
from app.importing.mbox import MboxReader


def mailbox_file(path: str) -> MailboxFile:
    # The size before the hash: a file that grows meanwhile then fails the check at the end.
    length = size(path)
    return MailboxFile(file_name(path), length, sha256_file(path))


def mbox_items(
    reader: MboxReader, mailbox: MailboxFile, max_bytes: int
) -> Iterator[tuple[int, str, FoundMessage | SteadyError]]:
    """Each message of the mailbox as (number, source, what was found or why it failed)."""
    name = mailbox.filename
    for message in reader:
        source = f"{name}, message {message.index}"
        if message.raw is None:
            yield (
                message.index,
                source,
                SteadyError(
                    f"The message is {message.size / 1024 / 1024:.0f} MB; Steady keeps messages "
                    f"up to {max_bytes // 1024 // 1024} MB. It was not imported."
                ),
            )
            continue
        try:
            found = parse_email(message.raw, f"{os.path.splitext(name)[0]}-{message.index}.eml")
        except Exception as error:  # one hostile message must not stop the mailbox
            yield message.index, source, unreadable(source, error)
            continue
        found.kind = "mbox"
        found.warnings[:0] = message.warnings
        # Only a claim to be the business's is doubted (app/importing/direction.py).
        found.outbound_doubt = found.outbound_doubt or message.doubt
        found.mailbox_place = MailboxPlace(mailbox, message.index, message.offset, len(message.raw))
        yield message.index, source, found


def changed_while_read(reader: MboxReader, mailbox: MailboxFile) -> str:
    """What to tell the owner when the bytes read are not the file whose hash was recorded."""
    if reader.sha256 == mailbox.sha256 and reader.position == mailbox.size:
        return ""
    return (
        "The mailbox changed while it was being imported (a mail program may still be writing "
        "it). The messages saved are kept, each with where it stood in the file, but the file "
        "no longer matches the SHA-256 recorded with them. Close the mail program and import "
        "it again: messages already in the log are not added twice."
    )


def mailbox_read(
    store: Store, reader: MboxReader, mailbox: MailboxFile, skipped: int
) -> FileNote | None:
    """A mailbox read to its end: why it gave nothing (raised), or that all was there."""
    changed = changed_while_read(reader, mailbox)
    if changed:
        raise SteadyError(changed)
    if not reader.messages:
        raise SteadyError(reader.why_no_messages())
    if skipped != reader.messages:
        return None
    earlier = next(
        (
            record.filename
            for record in store.imports.file_records()
            if record.sha256 == mailbox.sha256 and record.kind == "mbox"
        ),
        "",
    )
    return FileNote(mailbox.filename, all_there_text(reader.messages, earlier))


def all_there_text(messages: int, earlier: str) -> str:
    """A mailbox whose every message was already in the log: say so, not just "Imported 0"."""
    text = (
        "Its only message was already in the log"
        if messages == 1
        else f"All {messages:,} messages were already in the log"
    )
    text += "; nothing new was added."
    if earlier:
        text += f" The same mailbox (the same SHA-256) was imported before, as “{earlier}”."
    return text
