"""What a source yields before it is logged: one message or file, read as well as it could be."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel, Direction
from app.importing.forwards import Forwarded
from app.importing.mailbox_place import MailboxPlace
from app.importing.written_time import ReadAsLocal


@dataclass
class FoundMessage:
    """One message, post or file found in an imported file, not yet assigned to a customer."""

    kind: str  # "email", "outlook", "csv", "image", "file", "paste"
    text: str = ""
    subject: str = ""
    occurred_at: datetime | None = None
    sender_address: str = ""
    sender_name: str = ""
    recipients: tuple[str, ...] = ()
    # A Bcc line is only in the sender's own copy: who the business's own sent mail went to.
    blind: tuple[str, ...] = ()
    handle: str = ""
    channel: Channel = Channel.EMAIL
    url: str = ""
    # Known from the source itself (a helpdesk's "type" column); else decided from addresses.
    direction: Direction | None = None
    attachments: list[NewAttachment] = field(default_factory=list)
    # The file or message exactly as received (an .eml with its headers, the .msg, the image).
    original: NewAttachment | None = None
    # A big file kept by path and streamed into the database instead of read into memory.
    original_path: str = ""
    # What the kept file is, from its bytes (a picture named ".eml" is still a picture).
    original_mime: str = ""
    original_note: str = "The file exactly as imported."
    message_id: str = ""
    # Where in its file the message stands, as a spreadsheet numbers it ("row 672").
    place: str = ""
    # Where in its mailbox the message's bytes stand (a message from an mbox).
    mailbox_place: MailboxPlace | None = None
    warnings: list[str] = field(default_factory=list)
    # A time written without its zone, read as local time: the zone and the warning saying so.
    read_as_local: ReadAsLocal | None = None
    # Content hash used when there is no Message-ID (set by the source).
    content_sha256: str = ""
    # Typed by the owner beside a pasted thread (app/importing/pasted_thread.py).
    summary: str = ""
    staff: str = ""
    minutes: int = 0
    # Why a claim to be the business's own is doubted where the message sits: inside the
    # words of a message from someone else (a pasted quote, a mailbox line split from a body).
    outbound_doubt: str = ""
    # Why the message's own header lines show it was delivered to the business ("" when none
    # do): read where the message was parsed, for a claim to be the business's own.
    delivered: str = ""
    # A message passed on inside this one (app/importing/forwards.py), read before its
    # sender's address is weighed (app/importing/forwarded_by_us.py).
    forwarded: Forwarded | None = None
    # The forwarded message this became (app/importing/forward_pairs.py: the same message
    # imported on its own is one contact with it).
    taken_forward: Forwarded | None = None
    # Why a forward claiming the business's address is not believed until the owner says so.
    forward_doubt: str = ""
    # The forwarded message's words in that forward, read for threats as the sender's.
    forward_words: str = ""
    # The note written above a forwarded message in a paste: whoever forwarded it wrote it.
    forward_note: bool = False
    # A chat name that is neither the business's nor the customer's, or both.
    unsure_speaker: str = ""
    # The customer's name, when the unsure speaker's name is both the owner's and theirs.
    speaker_shared_with: str = ""

    @property
    def external_id(self) -> str:
        """What makes importing the same message twice do nothing."""
        if self.message_id:
            return f"message-id:{self.message_id}"
        if self.content_sha256:
            return f"sha256:{self.content_sha256}"
        data = self.original.data if self.original else self.text.encode("utf-8")
        return f"sha256:{hashlib.sha256(data).hexdigest()}"

    @property
    def label(self) -> str:
        """A short name for the owner: the subject, else the start of the words, else the file."""
        if self.subject.strip():
            return self.subject.strip()
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        if first:
            return first[:80] + ("…" if len(first) > 80 else "")
        return self.original.filename if self.original else self.kind
