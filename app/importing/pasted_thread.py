"""What the owner typed beside a pasted thread in Log a contact, carried to its messages.

"Log them one by one" turns one form into several contacts. Nothing typed may vanish on the
way: the channel (a website chat is not an email) and where it came from go to every message,
the summary too (marked with the message's place in the thread), and what happened once, the
files kept as evidence and the minutes it cost, go to the first message logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel
from app.importing.found import FoundMessage


@dataclass(frozen=True)
class TypedBeside:
    channel: Channel = Channel.EMAIL
    summary: str = ""
    url: str = ""
    staff: str = ""
    minutes: int = 0
    files: tuple[NewAttachment, ...] = ()

    def give(self, found: FoundMessage, number: int, total: int, *, first: bool) -> None:
        """Fill `found`, message `number` of `total`; `first` when none was logged before it."""
        found.channel = self.channel
        found.url = self.url
        found.staff = self.staff
        if self.summary.strip():
            found.summary = f"{self.summary.strip()} (message {number} of {total})"
        if first:
            found.attachments = list(self.files)
            found.minutes = self.minutes
