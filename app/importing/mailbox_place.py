"""Where a message imported from a mailbox came from: the mailbox file's name, size and
SHA-256, and the message's number and bytes in it. Recorded with the message's stored original
(its note and its ledger entry), so a lawyer can slice the mailbox at the offset and compare.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MailboxFile:
    filename: str
    size: int
    sha256: str

    def detail(self) -> dict[str, object]:
        return {"filename": self.filename, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class MailboxPlace:
    """Where one message's stored original stands in its mailbox: `length` bytes from byte
    `offset` (counted from 0, just after the message's "From " line) are the original."""

    mailbox: MailboxFile
    number: int  # 1 for the first message in the mailbox
    offset: int
    length: int

    def detail(self) -> dict[str, object]:
        """As the ledger entry of the stored original records it."""
        return {
            **self.mailbox.detail(),
            "message": self.number,
            "offset": self.offset,
            "length": self.length,
        }

    @classmethod
    def from_detail(cls, detail: object) -> MailboxPlace | None:
        if not isinstance(detail, dict):
            return None
        try:
            mailbox = MailboxFile(
                str(detail["filename"]), int(detail["size"]), str(detail["sha256"])
            )
            return cls(
                mailbox, int(detail["message"]), int(detail["offset"]), int(detail["length"])
            )
        except (KeyError, TypeError, ValueError):
            return None

    def described(self) -> str:
        """What the owner, and a lawyer, read about where the message came from."""
        return (
            f"Message {self.number:,} of the mailbox file “{self.mailbox.filename}” "
            f"({self.mailbox.size:,} bytes, SHA-256 {self.mailbox.sha256}). The original "
            f"stored here is that file's {self.length:,} bytes from byte offset "
            f"{self.offset:,} (counted from 0, just after the message's “From ” line), unchanged."
        )
