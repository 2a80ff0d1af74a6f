"""What a mail showed its reader, from its body parts, as the words the log keeps.

A mail may carry the same message twice (multipart/alternative: plain text and HTML). Most
mail programs show the HTML, so when its words are not the plain part's, the log keeps both:
a sender must not get a polite plain part logged for a threat the owner read. Body parts
one after another (an HTML body, then "Sent from my iPhone") are all kept, in order, and a
text file shown with the message (an inline note.txt) is read too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.shown_text import struck_words
from app.importing.html_text import (
    HIDDEN_WARNING,
    STRIKE,
    html_reading,
    struck_warning,
    with_hidden,
)

HTML_LINE = "The HTML version of this mail, which most mail programs show, reads:"
# Steady's line before a text file's words shown with the message (see inline_text_file).
FILE_LINE = re.compile(r"The attached text file “[^”\n]*”, shown with the message, reads:")
# An inline text file longer than this is left to its own attached copy after its start.
INLINE_FILE_LIMIT = 50_000
# Links, and pictures as a plain version writes them: "[cid:…]", "[image: …]", or Outlook's
# "[LinkedIn]" and "[A picture containing text…]" (a picture's alt text in brackets).
_LINKS = re.compile(
    r"(?:https?://|mailto:|www\.)\S+|\[(?:cid|image):[^\]]*\]|\[[^\]\n]{1,120}\](?=<|\s|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Shown:
    """One body part's words for the log, and the words its HTML hid from the reader."""

    text: str
    hidden: str = ""
    html: bool = False


def plain_body(text: str, name: str, warnings: list[str]) -> Shown:
    # Plain text is crossed out with the combining stroke after each letter ("k̶i̶l̶l̶"): the
    # owner is told of it as of an HTML mail's struck words.
    if STRIKE in text:
        _tell(name, struck_warning(tuple(struck_words(text))), warnings)
    return Shown(text.strip("\r\n"))


def _tell(name: str, warning: str, warnings: list[str]) -> None:
    """Add what the mail `name` showed to the import's warnings, once."""
    said = f"The mail {name}: {warning[:1].lower()}{warning[1:]}"
    if warning and said not in warnings:
        warnings.append(said)


def html_body(html: str, name: str, warnings: list[str]) -> Shown:
    reading = html_reading(html)
    if reading.warning == HIDDEN_WARNING:
        _tell(name, reading.warning, warnings)
    elif reading.warning and reading.warning not in warnings:
        warnings.append(reading.warning)
    _tell(name, struck_warning(reading.struck), warnings)
    return Shown(reading.shown, reading.hidden, html=True)


def inline_text_file(filename: str, text: str) -> Shown:
    """A text file mail programs show under the message: its words are read like the body's."""
    words = text.strip()
    if len(words) > INLINE_FILE_LIMIT:
        words = words[:INLINE_FILE_LIMIT] + "\n[… the rest is in the attached file]"
    return Shown(f"The attached text file “{filename}”, shown with the message, reads:\n{words}")


def _words(text: str) -> list[str]:
    """The words a reader would compare: links, picture markers and numbering left out, since
    a mail program's plain version writes those differently from its HTML."""
    words = re.findall(r"\w+", _LINKS.sub(" ", text.replace(STRIKE, "")).casefold())
    return [word for word in words if not word.isdigit()]


def _joined(shown: list[Shown]) -> str:
    return "\n\n".join(part.text for part in shown if part.text)


def _hidden(shown: list[Shown]) -> str:
    return "\n\n".join(part.hidden for part in shown if part.hidden)


def alternatives(branches: list[list[Shown]], name: str, warnings: list[str]) -> list[Shown]:
    """The parts of a multipart/alternative, each branch's bodies in order: what to log."""
    html = next((branch for branch in reversed(branches) if any(s.html for s in branch)), None)
    plain = next((b for b in branches if b and not any(s.html for s in b)), None)
    if html is None or plain is None:
        return next((branch for branch in reversed(branches) if branch), [])
    plain_text, html_text = _joined(plain), _joined(html)
    hidden = Shown("", _hidden(html))
    if not plain_text.strip():
        return html
    if not _words(html_text) or _words(plain_text) == _words(html_text):
        if STRIKE in html_text and STRIKE not in plain_text:
            # The same words, some crossed out: a plain part cannot show that, the HTML did.
            return [*html, hidden] if hidden.hidden else html
        return [*plain, hidden]
    warnings.append(
        f"The mail {name} says something different in its HTML version (what most mail "
        "programs show) from its plain-text version; the log keeps both, the HTML's words "
        f"after the line “{HTML_LINE}”."
    )
    return [*plain, Shown(f"{HTML_LINE}\n{html_text}", hidden.hidden)]


def log_text(shown: list[Shown]) -> str:
    """The log's text: every body's words in order, then any hidden words under their line."""
    return with_hidden(_joined(shown), _hidden(shown))
