"""The words a reply adds, without the earlier messages it quotes.

A reply usually carries the message it answers: "> " lines under "On … wrote:", or, from
Outlook, everything under "-----Original Message-----" or a "From: … Sent: …" block. Those
words were written before, often by the business itself; an apology that quotes the threat it
apologises for is not a second threat. The markers are the ones the paste splitter reads
(app.importing.paste) and the introductions mail programs write in each language
(app.importing.reply_intros).

A forwarded message ("---------- Forwarded message ----------", or as app.importing.forwards
reads it in other languages) is kept: whoever forwards a
message passes its words on to be read, and the owner forwarding a customer's mail to log it is
the usual case (app/importing/forwarded_by_us.py then logs the forwarded message itself).
"""

from __future__ import annotations

import re

from app.importing.forwards import FORWARD_MARKER, ORIGINAL_MARKER, forward_subject_line
from app.importing.paste import _starts_header_block as _header_block
from app.importing.reply_intros import LOCAL_FROM, LOCAL_SENT, addresses, dated, intro_at
from app.importing.reply_intros import plain_line as _plain_line

# A quoted line: "> text", ">text", "> > text"; not a face drawn with ">" (">:(", ">_<").
_QUOTED = re.compile(r"^\s*>(?![:;=._<^|(\-])")
_QUOTE_MARKS = re.compile(r"^(?:\s*>)+ ?")
# An earlier message's header block gives the time it was sent; a memo-style letter ("From:
# Rex / To: the shop / Subject: final warning") written by the customer is read.
_SENT = re.compile(r"^\s*\*?(?:Sent|Date)\*?\s*:", re.IGNORECASE)
_HEADER_LOOKAHEAD = 8
_INTRO_WINDOW = 24
_RULE = re.compile(r"^\s*[_\-]*\s*$")


def _introduces_quote(lines: list[str], index: int) -> int:
    """How many lines of an "On … wrote:" introduction start at `index` (0: none)."""
    # Enough lines to find the quote below an introduction; the whole mail is not read again
    # for each of its lines.
    window = lines[index : index + _INTRO_WINDOW]
    return intro_at(window, 0, [bool(_QUOTED.match(line)) for line in window])[0]


def _believed(intro: str, own: frozenset[str]) -> bool:
    """Whether an introduction's quote is an earlier message's, left out unread: it names
    one of the business's own addresses, or (naming no other address when those are known)
    it gives the time the message was sent, as every mail program writes it."""
    named = addresses(intro)
    if own and named:
        return bool(named & own)
    return dated(intro)


def _depth(line: str) -> int:
    """How many ">" marks quote the line."""
    marks = _QUOTE_MARKS.match(line)
    return marks.group(0).count(">") if marks else 0


def _earlier_message(lines: list[str], index: int) -> bool:
    """An Outlook "From: … Sent: …" block starting at `index`."""
    following = [_plain_line(line) for line in lines[index : index + _HEADER_LOOKAHEAD]]
    if _header_block(lines, index):
        return any(_SENT.match(line) for line in following)
    return bool(LOCAL_FROM.match(following[0])) and any(
        LOCAL_SENT.match(line) for line in following[1:]
    )


def _block_believed(lines: list[str], index: int, own: frozenset[str]) -> bool:
    """Whether the header block at `index` is a mail program's, as _believed says."""
    following = [_plain_line(line) for line in lines[index : index + _HEADER_LOOKAHEAD]]
    sent = next((line for line in following[1:] if LOCAL_SENT.match(line)), "")
    return _believed(f"{following[0]} {sent}", own)


def _earlier_message_below(lines: list[str], index: int) -> int:
    """Where a header block starts in the first lines from `index` on (blank lines skipped);
    -1 when there is none."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index if index < len(lines) and _earlier_message(lines, index) else -1


def _forwarded_block(lines: list[str], index: int) -> bool:
    """An Outlook header block whose subject says it is a forward ("FW: …")."""
    following = lines[index : index + _HEADER_LOOKAHEAD]
    return any(forward_subject_line(line) for line in following)


def new_words(text: str) -> str:
    """The text without the quoted earlier messages; lines written between quoted ones (an
    answer given point by point) are kept, they are new.

    Headers before any words (a whole message copied with its "From:" and "Sent:" lines) are
    the message's own, not a quote: what follows them is read."""
    return split_quoted(text)[0]


def quoted_words(text: str) -> str:
    """What new_words leaves out as a quote but nothing shows was sent before: "> " lines
    with no mail program's "On … wrote:" above them (one that gives no time, "On Mon, Rex
    wrote:", is the sender's own), what follows an "Original Message" marker with no
    "From:"/"Sent:" lines under it or with lines that give no time, and a header block that
    gives no time (or, when `own` is known, names another address). A sender can write
    new words that way; the ">" marks are taken off so a threat broken over two quoted lines
    reads whole."""
    return split_quoted(text)[1]


def split_quoted(text: str, own: frozenset[str] = frozenset()) -> tuple[str, str]:
    """(new words, quoted words) of the text, as new_words and quoted_words say. `own`: the
    business's own addresses, in lower case, when known: a quote introduced as another
    address's is then read against the log, not left out (see _believed)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    is_quoted = [bool(_QUOTED.match(line)) for line in lines]
    kept: list[str] = []
    quoted: list[str] = []
    introduced = False  # an "On … wrote:" line said whose the quoted lines below are
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = ORIGINAL_MARKER.match(line)
        block = not marker and _earlier_message(lines, index)
        forwarded = FORWARD_MARKER.match(line) or (block and _forwarded_block(lines, index))
        if forwarded:
            kept.extend(lines[index:])  # passed on to be read: the rest is read as written
            break
        if (marker or block) and any(kept_line.strip() for kept_line in kept):
            # Outlook puts the whole earlier message below: nothing after is new.
            below = _earlier_message_below(lines, index + 1) if marker else -1
            if marker and (below < 0 or not _block_believed(lines, below, own)):
                # A marker anyone can type, over a block that gives no time or names another
                # address, shows no earlier message: read against the log, as a forged
                # "On … wrote:" is.
                quoted.extend(_QUOTE_MARKS.sub("", rest) for rest in lines[index + 1 :])
            elif block and not _block_believed(lines, index, own):
                quoted.extend(_QUOTE_MARKS.sub("", rest) for rest in lines[index:])
            while kept and _RULE.match(kept[-1]):
                kept.pop()  # the line Outlook draws above the block is its, not the customer's
            break
        intro, intro_text = intro_at(lines, index, is_quoted) if not is_quoted[index] else (0, "")
        if intro:
            introduced = _believed(intro_text, own)
            index += intro
            continue
        if not is_quoted[index]:
            kept.append(line)
        elif not introduced:
            # An introduction quoted in its turn ("> On … wrote:") says whose the quote is too.
            near = lines[index : index + 4]
            unquoted = [_QUOTE_MARKS.sub("", line) for line in near]
            deeper = [_depth(line) > _depth(near[0]) for line in near]
            intro, intro_text = intro_at(unquoted, 0, deeper)
            introduced = bool(intro) and _believed(intro_text, own)
            if not introduced:
                quoted.append(unquoted[0])
        index += 1
    return "\n".join(kept), "\n".join(quoted)
