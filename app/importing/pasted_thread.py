"""What the owner typed beside a pasted thread in Log a contact, carried to its messages.

"Log them one by one" turns one form into several contacts. Nothing typed may vanish on the
way: the channel (a website chat is not an email) and where it came from go to every message,
the summary too (marked with the message's place in the thread), and what happened once, the
files kept as evidence and the minutes it cost, go to the first message logged.

Logging them again after one message failed logs only the rest, and what happened once stays
where it went the first time: a file is never on two of the thread's messages.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.contact_changes import NewAttachment
from app.core.domain import Channel
from app.core.ports import Store
from app.importing.found import FoundMessage
from app.importing.paste import PastedMessage
from app.importing.sameness import for_customer


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


def thread_identities(messages: Sequence[PastedMessage]) -> list[str]:
    """Each message's content id: pasting the same thread again adds nothing. The same words
    at the same written time are separate messages (a customer sending "where is my refund"
    three times in a minute), told apart by their occurrence."""
    seen: Counter[str] = Counter()
    identities = []
    for pasted in messages:
        identity = "\x1f".join([pasted.sender, pasted.sent, pasted.subject, pasted.text])
        seen[identity] += 1
        if seen[identity] > 1:
            identity += f"\x1foccurrence:{seen[identity]}"
        identities.append(hashlib.sha256(identity.encode("utf-8")).hexdigest())
    return identities


def given_before(
    store: Store, customer_id: int, identities: Sequence[str], typed: TypedBeside
) -> bool:
    """True when a message of this thread already in the customer's log carries what happened
    once (one of the files, else the minutes): logged on an earlier try that stopped part way,
    so it is not given to another message now."""
    if not typed.files and not typed.minutes:
        return False
    wanted = {hashlib.sha256(file.data).hexdigest() for file in typed.files}
    for identity in identities:
        plain = f"sha256:{identity}"
        contact_id = store.contacts.find_external(plain)
        if contact_id is not None and store.contacts.get(contact_id).customer_id != customer_id:
            contact_id = store.contacts.find_external(for_customer(plain, customer_id))
        if contact_id is None:
            continue
        if wanted:
            if wanted & {a.sha256 for a in store.blobs.attachments(contact_id)}:
                return True
        elif store.contacts.get(contact_id).details.minutes == typed.minutes:
            return True
    return False
