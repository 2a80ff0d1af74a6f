"""Who wrote each piece of a pasted thread or chat.

A chat line's name is the chat program's: the owner's name, the business's name (Settings ›
Business profile) or the customer's tell who wrote it; any other name is logged as the
customer's and the owner is asked. In a pasted email thread a piece under a header block or
an "On … wrote:" line is quoted inside the message above it, whose writer chose every word
of it: one that claims to be the business's, quoted inside a message from someone else, is
that someone's claim, and the owner is asked before it is logged as hers
(app/importing/direction.py). A Gmail web copy's messages stand side by side, not quoted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.core.domain import Direction
from app.core.ports import Store
from app.core.settings import Settings
from app.importing.found import FoundMessage
from app.importing.paste import PastedMessage


@dataclass(frozen=True)
class PastedClaim:
    direction: Direction | None = None  # decided here (a chat name), else from the addresses
    outbound_doubt: str = ""
    unsure_speaker: str = ""
    speaker: str = ""  # the business's own speaker, kept as the staff who wrote it

    def apply(self, found: FoundMessage) -> None:
        found.direction = self.direction if found.direction is None else found.direction
        found.outbound_doubt = self.outbound_doubt
        found.unsure_speaker = self.unsure_speaker
        if self.speaker and not found.staff:
            found.staff = self.speaker


def _folded(name: str) -> str:
    # One form for accented letters: a Mac's copy may give "é" as "e" and a combining accent.
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def pasted_claims(
    store: Store, customer_id: int, messages: list[PastedMessage]
) -> list[PastedClaim]:
    """One claim per message pasted onto the customer."""
    settings = Settings(store)
    own = settings.own_addresses()
    # The names the business writes under: the owner's and the business's.
    business = (settings.text("owner_name"), settings.text("business_name"))
    ours = {_folded(name) for name in business if name.strip()}
    # A chat shows the owner by her first name as often as by her full one.
    ours |= {_folded(name).split()[0] for name in business[:1] if name.strip()}
    theirs = _folded(store.customers.get(customer_id).name)
    if any(message.chat for message in messages):
        return _chat_claims(messages, ours, theirs)
    claims = []
    outside = ""  # the first message above this one not sent by the business
    for number, message in enumerate(messages, 1):
        claimed_ours = bool(message.sender_address) and message.sender_address in own
        if claimed_ours and outside and message.quoted:
            claims.append(PastedClaim(outbound_doubt=f"it is quoted inside {outside}"))
            continue
        claims.append(PastedClaim())
        if not claimed_ours and not outside:
            who = message.sender or "the customer"
            outside = f"pasted message {number} (from {who})"
    return claims


def _chat_claims(messages: list[PastedMessage], ours: set[str], theirs: str) -> list[PastedClaim]:
    # A chat program often shows the first name only.
    first = theirs.split()[0] if theirs else ""
    speakers = [_folded(message.sender) for message in messages]
    speakers = [theirs if s == first and s not in ours else s for s in speakers]
    unknown = [s for s in dict.fromkeys(speakers) if s not in ours and s != theirs]
    # One other name beside the business's, and not the customer's as the log has it: a
    # chat nickname, still plainly the customer when nobody else speaks.
    lone = unknown[0] if len(unknown) == 1 and theirs not in speakers else None
    if len(unknown) == 1 and theirs in speakers and not ours & set(speakers):
        # The customer and one other: the business, answering as a member of its staff.
        ours = ours | {unknown[0]}
    claims = []
    for message, speaker in zip(messages, speakers, strict=True):
        if speaker in ours:
            claims.append(PastedClaim(Direction.OUTBOUND, speaker=message.sender.strip()))
        elif speaker in (theirs, lone):
            claims.append(PastedClaim(Direction.INBOUND))
        else:
            claims.append(PastedClaim(Direction.INBOUND, unsure_speaker=message.sender.strip()))
    return claims
