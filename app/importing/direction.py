"""Whether a message that claims to be the business's own may be logged as "From us".

A From line, a quote in a pasted thread and a chat name are written by whoever sent the
message: a customer can put the shop's own address in From, or a forged "From: Hale Bikes"
block under his own words. Logged as outbound, his threat would be printed in the packet as
the business's words. So a claim is believed only when nothing says the message reached the
business: mail the owner really sent (a Sent folder export) carries her address in From, a
customer's in To, and no delivery from another server. Anything else that claims to be hers
is logged as the customer's, with a warning, until the owner says she sent it.
"""

from __future__ import annotations

import re
from email.message import Message

from app.core.domain import Direction
from app.importing.found import FoundMessage

# Headers a receiving server adds when it puts a message into a mailbox.
_DELIVERY = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")
# "with ESMTPSA", "with LMTPA", "with HTTP": the sender's own program handing it to her
# provider (RFC 3848's "A" for authenticated), not a server passing on someone else's mail.
_SUBMITTED = re.compile(
    r"\bwith\s+(?:[A-Z0-9]*SMTPS?A|LMTPS?A|HTTP\w*|LOCAL|MAPI)\b", re.IGNORECASE
)
# A hop inside the provider or the business's own network (Exchange on the premises, a
# provider's own Postfix on localhost): the sender's host is private, local or internal. The
# hop a receiving server adds names the sending server, which is none of these.
_INTERNAL = re.compile(
    r"^\s*from\s+(?:\S*(?:localhost|\.local|\.internal|\.lan)\b|\S+\s+\([^)]*?"
    r"\[?(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|::1\b))",
    re.IGNORECASE,
)
_FROM_HOST = re.compile(r"^\s*from\s+\S", re.IGNORECASE)


def header_signs(headers: Message) -> str:
    """Why header lines show a message was delivered to the business ("" when none do)."""
    for name in _DELIVERY:
        if headers.get(name):
            return f"it carries a “{name}” line, which a mail server adds on delivery"
    for received in headers.get_all("Received") or []:
        line = " ".join(str(received).split())
        passed_on = _FROM_HOST.match(line) and not _INTERNAL.match(line)
        if passed_on and not _SUBMITTED.search(line):
            shown = line if len(line) <= 90 else line[:89] + "…"
            return f"it was passed on by another mail server (“Received: {shown}”)"
    return ""


def delivery_signs(found: FoundMessage, own: set[str]) -> str:
    """Why the message looks received rather than sent ("" when nothing says so)."""
    if found.delivered:
        return found.delivered
    if found.recipients and all(address in own for address in found.recipients):
        return "it was sent to your own address only"
    return ""


def doubted_outbound(found: FoundMessage, direction: Direction, own: set[str]) -> str:
    """What the owner is told when a message may be the business's but is logged as received
    from the customer: "" when its direction stands."""
    if found.unsure_speaker:
        name = found.unsure_speaker
        if found.speaker_shared_with:
            why = f"is your name and also the customer's ({found.speaker_shared_with})"
        else:
            why = "is neither your name, your business's, nor the customer's"
        return (
            f"“{name}” in the chat {why}: what {name} wrote was logged as received from the "
            f"customer, not reviewed. If {name} is you or your staff, correct its direction "
            "to outbound (your name and your business's name are in Settings)."
        )
    if found.forward_note:
        return (
            "These words stand above a forwarded message, so whoever forwarded it wrote them: "
            "they were logged as received from the customer, not reviewed. If you or your "
            "staff forwarded it, correct their direction to outbound: they are the business's "
            "note, not the customer's words."
        )
    if direction is not Direction.OUTBOUND:
        return ""
    why = found.outbound_doubt
    if not why and found.direction is None:
        # A helpdesk's own "type" column is the helpdesk's record, not the sender's claim; a
        # chat name was weighed where the chat was read (app/importing/pasted_direction.py).
        why = delivery_signs(found, own)
    if not why:
        return ""
    who = found.sender_name or found.sender_address or "you"
    return (
        f"It says it is from {who}, but {why}. Anyone can write your name or address there, "
        "so it was logged as received from the customer, not reviewed. If you sent it, "
        "correct its direction to outbound."
    )
