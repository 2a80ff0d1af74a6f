"""The words a reply adds, without the earlier messages it quotes.

A reply usually carries the message it answers: "> " lines under "On … wrote:", or, from
Outlook, everything under "-----Original Message-----" or a "From: … Sent: …" block. Those
words were written before, often by the business itself; an apology that quotes the threat it
apologises for is not a second threat. The markers are the ones the paste splitter reads
(app.importing.paste).

A forwarded message ("---------- Forwarded message ----------") is kept: whoever forwards a
message passes its words on to be read, and the owner forwarding a customer's mail to log it is
the usual case.
"""

from __future__ import annotations

import re

from app.importing.paste import _ORIGINAL as _MARKER
from app.importing.paste import _WROTE as _INTRO
from app.importing.paste import _starts_header_block as _header_block

# A quoted line: "> text", ">text", "> > text"; not a face drawn with ">" (">:(", ">_<").
_QUOTED = re.compile(r"^\s*>(?![:;=._<^|(\-])")
_QUOTE_MARKS = re.compile(r"^(?:\s*>)+ ?")
# An earlier message's header block gives the time it was sent; a memo-style letter ("From:
# Rex / To: the shop / Subject: final warning") written by the customer is read.
_SENT = re.compile(r"^\s*\*?(?:Sent|Date)\*?\s*:", re.IGNORECASE)
_FORWARDED = re.compile(r"forward", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(
    r"^\s*\*?Subject\*?\s*:\s*(?:fwd?|wg|tr|rv|doorst)\s*:", re.IGNORECASE
)
_HEADER_LOOKAHEAD = 8
# The same markers as other languages' mail programs write them (the paste splitter reads the
# English ones); "> " lines are left out whatever the language.
_LOCAL_MARKER = re.compile(
    r"^\s*-{2,}\s*(?:Urspr[üu]ngliche Nachricht|Message d'origine|Mensaje original|"
    r"Mensagem original|Messaggio originale|Oorspronkelijk bericht|Wiadomo[śs][ćc] oryginalna|"
    r"Исходное сообщение|Orijinal Mesaj|原始邮件|元のメッセージ|원본 메시지)\s*-{2,}\s*$",
    re.IGNORECASE,
)
_LOCAL_INTRO = re.compile(
    r"^\s*(?:Am|Le|El|Em|Il|Op|W dniu)\s.{6,240}?"
    # Gmail in German names the writer after the verb ("… schrieb Hale <shop@…>:").
    r"(?:schrieb|a [ée]crit|escribi[óo]|escreveu|ha scritto|schreef|napisa[łl](?:\(a\))?)"
    r"(?:\s.{1,200}?)?\s*:\s*$",
    re.IGNORECASE,
)
_LOCAL_FROM = re.compile(r"^\s*\*?(?:Von|De|Da|Van|Od|От|Kimden)\*?\s*:", re.IGNORECASE)
_LOCAL_SENT = re.compile(
    r"^\s*\*?(?:Gesendet|Envoy[ée]|Enviad[oa]|Inviato|Verzonden|Wys[łl]ano|Отправлено|"
    r"G[öo]nderildi|Datum|Fecha|Data|Дата|Tarih)\*?\s*:",
    re.IGNORECASE,
)
# "On … wrote:" may be wrapped over two lines by the mail program.
_INTRO_START = re.compile(r"^\s*On\s.{8,200}$", re.IGNORECASE)
_INTRO_END = re.compile(r"^.{0,120}\bwrote:\s*$", re.IGNORECASE)


def _introduces_quote(lines: list[str], index: int) -> int:
    """How many lines of an "On … wrote:" introduction start at `index` (0: none)."""
    if _INTRO.match(lines[index]) or _LOCAL_INTRO.match(lines[index]):
        return 1
    if (
        index + 1 < len(lines)
        and _INTRO_START.match(lines[index])
        and _INTRO_END.match(lines[index + 1])
    ):
        return 2
    return 0


def _earlier_message(lines: list[str], index: int) -> bool:
    """An Outlook "From: … Sent: …" block starting at `index`."""
    following = lines[index : index + _HEADER_LOOKAHEAD]
    if _header_block(lines, index):
        return any(_SENT.match(line) for line in following)
    return bool(_LOCAL_FROM.match(lines[index])) and any(
        _LOCAL_SENT.match(line) for line in following[1:]
    )


def _earlier_message_below(lines: list[str], index: int) -> bool:
    """A header block in the first lines from `index` on (blank lines skipped)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index < len(lines) and _earlier_message(lines, index)


def _forwarded_block(lines: list[str], index: int) -> bool:
    """An Outlook header block whose subject says it is a forward ("FW: …")."""
    following = lines[index : index + _HEADER_LOOKAHEAD]
    return any(_FORWARD_SUBJECT.match(line) for line in following)


def new_words(text: str) -> str:
    """The text without the quoted earlier messages; lines written between quoted ones (an
    answer given point by point) are kept, they are new.

    Headers before any words (a whole message copied with its "From:" and "Sent:" lines) are
    the message's own, not a quote: what follows them is read."""
    return split_quoted(text)[0]


def quoted_words(text: str) -> str:
    """What new_words leaves out as a quote but nothing shows was sent before: "> " lines
    with no "On … wrote:" above them, and what follows a bare "Original Message" marker (no
    "From:"/"Sent:" lines under it). A sender can write new words that way; the ">" marks
    are taken off so a threat broken over two quoted lines reads whole."""
    return split_quoted(text)[1]


def split_quoted(text: str) -> tuple[str, str]:
    """(new words, quoted words) of the text, as new_words and quoted_words say."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept: list[str] = []
    quoted: list[str] = []
    introduced = False  # an "On … wrote:" line said whose the quoted lines below are
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = _MARKER.match(line) or _LOCAL_MARKER.match(line)
        block = not marker and _earlier_message(lines, index)
        forwarded = (marker and _FORWARDED.search(marker.group(0))) or (
            block and _forwarded_block(lines, index)
        )
        if forwarded:
            kept.extend(lines[index:])  # passed on to be read: the rest is read as written
            break
        if (marker or block) and any(kept_line.strip() for kept_line in kept):
            # Outlook puts the whole earlier message below: nothing after is new.
            if marker and not _earlier_message_below(lines, index + 1):
                quoted.extend(_QUOTE_MARKS.sub("", rest) for rest in lines[index + 1 :])
            break
        intro = _introduces_quote(lines, index)
        if intro:
            introduced = True
            index += intro
            continue
        if not _QUOTED.match(line):
            kept.append(line)
        elif not introduced:
            # An introduction quoted in its turn ("> On … wrote:") says whose the quote is too.
            unquoted = [_QUOTE_MARKS.sub("", near) for near in lines[index : index + 2]]
            introduced = bool(_introduces_quote(unquoted, 0))
            if not introduced:
                quoted.append(unquoted[0])
        index += 1
    return "\n".join(kept), "\n".join(quoted)
