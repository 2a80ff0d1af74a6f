"""Who wrote each piece of a pasted thread or chat.

A chat line's name is the chat program's: the owner's name, the business's name (Settings ›
Business profile) or the customer's tell who wrote it; any other name is logged as the
customer's and the owner is asked, and so is a name both sides go by (a customer who shares
the owner's first name): a stranger in a chat the customer's victim passed on is no more the
business's staff than the customer is the owner. In a pasted email thread a piece under a header block or
an "On … wrote:" line is quoted inside the message above it, whose writer chose every word
of it: one that claims to be the business's, quoted inside a message from someone else, is
that someone's claim, and the owner is asked before it is logged as hers
(app/importing/direction.py). A Gmail web copy's messages stand side by side, not quoted,
but the customer can type such a block inside his own message: Gmail shows "to me" under mail
that reached the owner and "to <the customer>" under mail she sent, so a block in her name
that says "to me", or has no "to" line at all, is his claim too. So is a chat line in the
owner's name that the chat program cannot have written (typed inside the customer's message):
its time, its name or the line break above it set out unlike every other line's (a program
writes them all alike and ends each message with one line break, where a writer may leave a
blank line or a space before one), out of the order the program lists lines in, or right
under such a line at the same time. A line in her name in the very minute of his, set out
exactly as the program writes, cannot be told from a quick answer of hers: it stays hers.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
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
    shared_with: str = ""  # the customer's name, when the speaker's is the owner's too
    forward_note: bool = False  # written above a forwarded message, by whoever forwarded it

    def apply(self, found: FoundMessage) -> None:
        found.direction = self.direction if found.direction is None else found.direction
        found.outbound_doubt = self.outbound_doubt
        found.unsure_speaker = self.unsure_speaker
        found.speaker_shared_with = self.shared_with
        found.forward_note = self.forward_note
        if self.speaker and not found.staff:
            found.staff = self.speaker


_ME = re.compile(r"\bme\b", re.IGNORECASE)


def _web_doubt(message: PastedMessage) -> str:
    """Why a Gmail web block in the business's name may be typed by someone else ("" if none)."""
    if not message.web:
        return ""
    if not message.addressed:
        return "it has no “to …” line, which Gmail shows under every message it copies"
    if _ME.search(message.addressed[3:]):
        return (
            f"Gmail's “{message.addressed}” under it marks mail that reached you, not mail you sent"
        )
    return ""


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
    customer = store.customers.get(customer_id).name
    if any(message.chat for message in messages):
        return _chat_claims(messages, ours, customer)
    claims = []
    outside = ""  # the first message above this one not sent by the business
    for number, message in enumerate(messages, 1):
        claimed_ours = bool(message.sender_address) and message.sender_address in own
        if message.forwards and not message.sender and number == 1:
            # The owner's "For the log." above the customer's mail she forwarded, or the
            # customer's own words above something he passed on: nothing tells which.
            claims.append(PastedClaim(forward_note=True))
            continue
        if claimed_ours and outside and message.quoted:
            claims.append(PastedClaim(outbound_doubt=f"it is quoted inside {outside}"))
            continue
        if claimed_ours and (doubt := _web_doubt(message)):
            claims.append(PastedClaim(outbound_doubt=doubt))
            continue
        claims.append(PastedClaim())
        if not claimed_ours and not outside:
            who = message.sender or "the customer"
            outside = f"pasted message {number} (from {who})"
    return claims


def _chat_claims(messages: list[PastedMessage], ours: set[str], customer: str) -> list[PastedClaim]:
    theirs = _folded(customer)
    # A chat program often shows the first name only.
    first = theirs.split()[0] if theirs else ""
    speakers = [_folded(message.sender) for message in messages]
    # A name both sides go by ("Anna", the owner Anna Hale and the customer Anna Smith) tells
    # nothing: logged as the customer's, as an unknown name is, and asked about.
    shared = {s for s in speakers if s in ours and s in (theirs, first)}
    speakers = [theirs if s == first and s not in ours else s for s in speakers]
    unknown = [
        s for s in dict.fromkeys(speakers) if s not in ours and s != theirs and s not in shared
    ]
    # One other name beside the business's, and not the customer's as the log has it: a
    # chat nickname, still plainly the customer when nobody else speaks.
    lone = unknown[0] if len(unknown) == 1 and theirs not in speakers else None
    if not ours and len(unknown) == 1 and theirs in speakers:
        # The customer and one other, and Settings names neither the owner nor the business:
        # the business, answering as a member of its staff. Once Settings names them, another
        # name is someone else (the person the customer wrote to), asked about.
        ours = {unknown[0]}
    claims: list[PastedClaim] = []
    mine = [speaker in ours and speaker not in shared for speaker in speakers]
    set_out = _set_out_doubts(messages, mine)
    doubted = [set_out.get(index, "") for index in range(len(messages))]
    for index, (message, speaker) in enumerate(zip(messages, speakers, strict=True)):
        name = message.sender.strip()
        if speaker in shared:
            claims.append(PastedClaim(Direction.INBOUND, unsure_speaker=name, shared_with=customer))
        elif speaker in ours and (doubt := _chat_doubt(messages, mine, index, doubted)):
            doubted[index] = doubt
            claims.append(PastedClaim(Direction.OUTBOUND, outbound_doubt=doubt))
        elif speaker in ours:
            claims.append(PastedClaim(Direction.OUTBOUND, speaker=name))
        elif speaker in (theirs, lone):
            claims.append(PastedClaim(Direction.INBOUND))
        else:
            claims.append(PastedClaim(Direction.INBOUND, unsure_speaker=name))
    return claims


def _layout(written: str) -> str:
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "9", written))


def _lone(values: list[str], first: int = 0, least: int = 1) -> set[int]:
    """Which of the values (from `first` on) differ from the one value all the others share,
    when at least `least` others share it."""
    counts = Counter(values[first:])
    if len(counts) != 2 or max(counts.values()) < least:
        return set()
    return {number for number in range(first, len(values)) if counts[values[number]] == 1}


_BREAKS = {"": "no blank line above it", " ": "a space ending the line above it"}


def _set_out_doubts(messages: list[PastedMessage], mine: list[bool]) -> dict[int, str]:
    """Why each line may be typed inside another message, by how it is set out: a chat program
    writes every line's time, name and line break alike, and each name the same way."""
    doubts: dict[int, str] = {}
    for index in _lone([_layout(m.sent) for m in messages]):
        doubts[index] = (
            f"its time is written “{messages[index].sent}”, unlike every other line of the "
            "chat, as a line typed inside another message would be"
        )
    # Two lines set out alike are needed to call a third unlike them.
    for index in _lone([m.line_form for m in messages], least=2):
        doubts.setdefault(
            index,
            "its time and name are set out unlike every other line of the chat, as in a line "
            "typed inside another message",
        )
    speakers: dict[str, list[int]] = {}
    for index, message in enumerate(messages):
        if mine[index]:
            speakers.setdefault(_folded(message.sender), []).append(index)
    for lines in speakers.values():
        written = [messages[index].sender for index in lines]
        for at in _lone(written, least=2):
            usual = next(name for name in written if name != written[at])
            doubts.setdefault(
                lines[at],
                f"the name is written “{written[at]}”, unlike its other lines in the chat "
                f"(“{usual}”), as a line typed inside another message would be",
            )
    # The chat program ends each message with one line break; only a writer leaves a blank
    # line or a space before one inside his message.
    for index in _lone([m.break_above for m in messages], first=1, least=2):
        gap = _BREAKS.get(messages[index].break_above, "a blank line above it")
        doubts.setdefault(
            index,
            f"it has {gap}, unlike every other line of the chat, as a line typed inside "
            "another message would",
        )
    return doubts


def _chat_doubt(
    messages: list[PastedMessage], mine: list[bool], index: int, doubted: list[str]
) -> str:
    """Why line `index`, in the business's name, may be typed inside the customer's message:
    a chat program sets out every line alike and lists lines in time order. `doubted`: the
    doubts of the lines so far, each line's set-out doubt (_set_out_doubts) beyond them."""
    message = messages[index]
    if why := doubted[index]:
        return why
    when = message.sent_at
    below = messages[index + 1] if index + 1 < len(messages) else None
    if when is None:
        return ""
    # Lines in her name at this same time are passed over: he can type several in one message.
    at = index - 1
    while at >= 0 and mine[at] and messages[at].sent_at == when:
        at -= 1
    above = messages[at] if at >= 0 else None
    if above is not None and above.sent_at is not None and not mine[at]:
        seconds = _layout(message.sent).count(":") > 1
        if when < above.sent_at or (seconds and when == above.sent_at):
            return (
                f"its time, {message.sent}, is not after the customer's line above it "
                f"({above.sent}), as a line typed inside his message would be"
            )
    if below is not None and below.sent_at is not None and when > below.sent_at:
        return (
            f"its time, {message.sent}, is after the line below it ({below.sent}), as a line "
            "typed inside another message would be"
        )
    if index and mine[index - 1] and doubted[index - 1] and messages[index - 1].sent_at == when:
        return (
            f"it comes at the same time ({message.sent}) right under another line in your "
            "name that may be typed inside another message, as a second such line would"
        )
    return ""


def _numbers(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"Message {numbers[0]}"
    listed = ", ".join(str(number) for number in numbers[:-1])
    return f"Messages {listed} and {numbers[-1]}"


def owner_pieces(store: Store, customer_id: int, messages: list[PastedMessage]) -> str:
    """What "Log them one by one" would log as sent by the business, and which pieces claim
    to be hers but would be logged as the customer's: said before she logs them ("" if none).
    Only numbers: the names are the paste's, and its writer chose them."""
    claims = pasted_claims(store, customer_id, messages)
    own = Settings(store).own_addresses()
    ours, doubted = [], []
    for number, (message, claim) in enumerate(zip(messages, claims, strict=True), 1):
        if claim.outbound_doubt:
            doubted.append(number)
        elif claim.direction is Direction.OUTBOUND or (
            claim.direction is None and message.sender_address in own
        ):
            ours.append(number)
    told = []
    if ours:
        told.append(f"{_numbers(ours)} would be logged as sent by you.")
    if doubted:
        one = len(doubted) == 1
        told.append(
            f"{_numbers(doubted)} {'says it is' if one else 'say they are'} from you but would "
            f"be logged as the customer's until you confirm you sent {'it' if one else 'them'}."
        )
    return " ".join(told)
