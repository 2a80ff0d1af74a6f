"""The customer's own words in a contact, as a packet quotes them: only what they wrote.

A reply carries the message it answers ("> " lines, "On … wrote:", Outlook's "Original
Message"), a forward carries the forwarder's note above the forwarded message, and a mail can
show a text file with it. Those words are often the business's own; printed inside the
customer's quotation marks they would be put in the customer's mouth. A packet quotes the
customer's new words only, and Steady says outside the quotation marks what it left out. The
chronological log and the exhibits keep the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.domain import Category
from app.importing.forwards import FORWARD_MARKER, header_fields
from app.importing.new_words import _earlier_message, _forwarded_block, split_quoted
from app.importing.paste import _HEADER
from app.importing.suggest import CATEGORY_SEVERITY, Suggestion
from app.packets.contact_data import FILE, HIDDEN, PacketContact, TextBlock
from app.packets.data import Exhibit

# Inside the quotation marks, where a quoted earlier message was left out: the editor's mark.
LEFT_OUT = "[…]"
QUOTES_EARLIER = "[then quotes an earlier message]"
QUOTES_BETWEEN = "[where “[…]” stands, it quotes an earlier message]"
WITH_FILE = "[with an attached text file]"
_RULE = re.compile(r"^[\s_\-=*]*$")
# Where a sentence ends: the flagged clause is quoted from the start of its sentence.
_SENTENCE_END = re.compile(r"[.!?。！？…][\"”’')\]]*\s+|[。！？]")


@dataclass(frozen=True)
class CustomerQuote:
    """What goes inside the customer's quotation marks, and Steady's words either side."""

    words: str
    block: TextBlock
    before: str = ""  # e.g. "[forwarded by Tom Reed]"
    after: str = ""  # e.g. "[then quotes an earlier message]"

    def quoted(self, words: str | None = None) -> str:
        """“words” with Steady's notes outside the quotation marks."""
        inside = f"“{self.words if words is None else words}”"
        return " ".join(part for part in (self.before, inside, self.after) if part)


def worst_flag(contact: PacketContact) -> Suggestion | None:
    """The suggestion that made the contact its worst flag (the words found again), or None
    when none of its flags is a threat or abuse the words show."""
    flags = [c for c in contact.categories if c.is_threat or c is Category.ABUSE]
    if not flags:
        return None
    found = {s.category: s for s in contact.word_check if s.words}
    for category in sorted(flags, key=lambda c: -CATEGORY_SEVERITY.get(c, 1)):
        if category in found:
            return found[category]
    return None


def flagged_words(contact: PacketContact) -> str:
    """The words the contact's worst flag is for, where the reader saw them ("" for none)."""
    flag = worst_flag(contact)
    return flag.words[0] if flag is not None and not flag.hidden_only else ""


def _flat(text: str) -> str:
    return " ".join(text.split())


def _holds(text: str, words: str) -> bool:
    return bool(words) and _flat(words).casefold() in _flat(text).casefold()


def _forward_at(lines: list[str]) -> int:
    """The line a forwarded message starts at (-1: none): Gmail's and Apple Mail's marker
    line, in any language the import reads forwards in, or Outlook's header block whose
    subject says "FW:"."""
    for index, line in enumerate(lines):
        if FORWARD_MARKER.match(line) or (
            _earlier_message(lines, index) and _forwarded_block(lines, index)
        ):
            return index
    return -1


def _forwarded_body(lines: list[str]) -> list[str]:
    """The forwarded message's words: its header lines ("From:", "Von:", "Date:"…) left
    out."""
    index = 0 if _HEADER.match(lines[0]) else 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    fields, end = header_fields(lines, index)
    if fields:  # a block in the forward's own language
        index = end
    while index < len(lines) and (not lines[index].strip() or _HEADER.match(lines[index])):
        index += 1
    return lines[index:]


def _without_quotes(text: str) -> tuple[str, bool, bool]:
    """The text's new words with "[…]" where it quotes an earlier message between them, and
    whether it quotes one between them and after them."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = split_quoted(text)[0].split("\n")
    out: list[str] = []
    gap = between = False
    at = 0
    for line in lines:
        if at < len(kept) and line == kept[at]:
            if gap and line.strip():
                out.append(LEFT_OUT)
                between, gap = True, False
            out.append(line)
            at += 1
        elif not _RULE.match(line):
            gap = any(part.strip() for part in out)
    return "\n".join(out).strip(), between, gap


def customer_quote(contact: PacketContact, words: str = "", forwarder: str = "") -> CustomerQuote:
    """The customer's own words in the contact, holding the flagged `words` when they can."""
    return _customer_quote(contact, words, forwarder, words or flagged_words(contact))


def _customer_quote(
    contact: PacketContact, words: str, forwarder: str, needle: str
) -> CustomerQuote:
    block = contact.quoted_block(words)
    text = block.words
    notes: list[str] = []
    before = ""
    lines = text.replace("\r\n", "\n").split("\n")
    start = _forward_at(lines)
    if start >= 0:
        note = any(line.strip() and not _RULE.match(line) for line in lines[:start])
        text = "\n".join(_forwarded_body(lines[start:])).strip()
        by = f" by {forwarder}" if forwarder else ""
        left = "; the forwarder's own note above it is not quoted" if note else ""
        before = f"[a message forwarded{by}{left}]"
    new, between, after = _without_quotes(text)
    if not new or (needle and _holds(text, needle) and not _holds(new, needle)):
        # The words it is flagged for are in what it quotes, which nothing shows was written
        # before: the import read them as the customer's, and so does the packet.
        new, between, after = _flat(text), False, False
    if between:
        notes.append(QUOTES_BETWEEN)
    if after:
        notes.append(QUOTES_EARLIER)
    if block.kind != FILE and any(other.kind == FILE for other in contact.blocks):
        notes.append(WITH_FILE)
    return CustomerQuote(_flat(new), block, before, " ".join(notes))


def cut_at_word(text: str, limit: int, ellipsis: str = "…") -> str:
    """The text whole when it fits, else cut at the last word boundary before the limit."""
    if len(text) <= limit:
        return text
    room = max(1, limit - len(ellipsis))
    cut = text[: room + 1]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    cut = cut[:space] if space > room // 2 else text[:room]
    return cut.rstrip(" ,;:.-—–") + ellipsis


def cut_around(text: str, limit: int, words: str, ellipsis: str = "…") -> str:
    """The text cut to about `limit` characters: from its start, or, when `words` lie beyond
    that, from the start of their sentence, so a long polite paragraph written first never
    keeps a threat out of the quote."""
    cut = cut_at_word(text, limit, ellipsis)
    if cut == text or not words:
        return cut
    flat = _flat(text)
    needle = _flat(words).casefold()
    at = flat.casefold().find(needle)
    if at < 0 or needle in _flat(cut).casefold():
        return cut
    # The start of the words' sentence, unless it began far before them: then a few words.
    start = max((m.end() for m in _SENTENCE_END.finditer(flat, 0, at)), default=0)
    if at - start > limit // 3 and at + len(needle) - start > limit - 2:
        start = flat.find(" ", at - limit // 3, at) + 1 or at
    return ("…" if start else "") + cut_at_word(flat[start:], limit - 1, ellipsis)


def quote_in_short(contact: PacketContact, limit: int, forwarder: str = "") -> CustomerQuote:
    """The customer's own words cut to about `limit` around what the contact is flagged for,
    the same piece wherever the contact is quoted for what it is flagged for."""
    many = sum(1 for block in contact.blocks if block.kind != HIDDEN) > 1
    # The word check is run once: it reads the whole text for every category.
    flagged = flagged_words(contact)
    whole = _customer_quote(contact, flagged if many else "", forwarder, flagged)
    shown = cut_around(whole.words, limit, flagged)
    return CustomerQuote(shown, whole.block, whole.before, whole.after)


def forwarders(exhibits: Iterable[Exhibit]) -> dict[int, str]:
    """Who sent each contact's saved mail ("Tom Reed <tom@…>"), by contact id: for a forward,
    the forwarder, named beside the forwarded words."""
    found: dict[int, str] = {}
    for exhibit in exhibits:
        if exhibit.email is None or exhibit.contact_id in found:
            continue
        sender = next((v for k, v in exhibit.email.headers if k.casefold() == "from"), "")
        if sender.strip():
            found[exhibit.contact_id] = " ".join(sender.split())
    return found
