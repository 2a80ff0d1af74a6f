"""Readable text from an HTML email body: the words its reader saw, and apart from them the
words its markup hid from the reader (app/importing/html_looks.py says which)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from app.importing.html_looks import PAGE, Declarations, Look, element_look, style_rules

_BLOCKS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article",
}  # fmt: skip
_SKIP = {"script", "style", "title"}
# Elements that never hold words: no end tag closes them.
_VOID = {
    "br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed",
    "source", "track", "param",
}  # fmt: skip
# A new block closes an open paragraph, as browsers read it: a hidden <p> left open must not
# hide the visible paragraphs after it.
_CLOSES_P = _BLOCKS - {"br", "li", "tr"} | {"form", "header", "footer", "dl", "nav", "aside"}
# What may stand in a <head>; any other tag (or words) starts the body, as browsers read it:
# "</head>" is optional, so a sender can leave it out and still have the message shown.
_HEAD_ONLY = {"head", "meta", "link", "base", "title", "style", "script", "noscript", "template"}
_HIDDEN_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")

HIDDEN_LINE = "Text hidden from the reader in this mail:"
HIDDEN_WARNING = (
    "Some of its words are hidden from the reader by the mail's own styling (white on white, "
    "a tiny font, display:none…); the log's text is what the reader saw, and the hidden words "
    f"are kept after it under “{HIDDEN_LINE}”. The original is kept unchanged."
)
# Where Steady's line stands in a log's text: at its start or after a blank line, as with_hidden
# writes it; the same words inside a sentence are the sender's.
_HIDDEN_AT = re.compile(r"(?:\A|\n\n)" + re.escape(HIDDEN_LINE) + r"\n")
# The mark that draws a line through the letter before it: the struck words are kept in the
# log crossed out, as the reader saw them (the window and the packet print them so, and the
# threat reader does not take them as said, see app/core/shown_text.py).
STRIKE = "\u0336"
_NAMED = 80  # characters of a struck stretch the warning quotes
NO_WORDS_WARNING = (
    "The message's HTML text showed no words when read as a page; the words found in its "
    "markup are shown instead. The original is kept unchanged."
)


@dataclass(frozen=True)
class HtmlReading:
    """An HTML body read: what its reader saw, and the words kept from the reader's eyes."""

    shown: str
    hidden: str = ""
    warning: str | None = None
    struck: tuple[str, ...] = ()  # the words the mail showed crossed out, as written


def struck_through(words: str) -> str:
    """`words` crossed out, letter by letter; the spaces between them left plain."""
    return "".join(c if c.isspace() else c + STRIKE for c in words)


def _named(words: str) -> str:
    # The warning is a line of the import report: a stretch of a hundred thousand struck
    # letters is named by its start there, and kept whole in the log.
    return words if len(words) <= _NAMED else words[: _NAMED - 1].rstrip() + "…"


def struck_warning(struck: tuple[str, ...]) -> str:
    """What the owner is told of words a mail showed crossed out ("" when none)."""
    if not struck:
        return ""
    shown = ", ".join(f"“{_named(words)}”" for words in struck[:5])
    more = f" and {len(struck) - 5} more" if len(struck) > 5 else ""
    return (
        f"Some of its words are crossed out in the mail ({shown}{more}): the writer showed them "
        "struck through. The log keeps them struck through; a threat in them is suggested for "
        "you to judge, noted as crossed out, and does not raise the contact's severity. The "
        "original is kept unchanged."
    )


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []
        self._skipping = 0
        self._in_head = False
        self._open: list[tuple[str, Look]] = []
        self._page = Look()
        self._where: dict[str, list[int]] = {}
        # Mail repeats the same few styles thousands of times: each is read once.
        self._looks: dict[tuple[Look, str, tuple[tuple[str, str | None], ...]], Look] = {}
        self._rules: dict[str, Declarations] = {}
        self._sheet: list[str] = []
        self._last_hidden = False
        self.struck: list[str] = []

    @property
    def _look(self) -> Look:
        return self._open[-1][1] if self._open else self._page

    def _close(self, tag: str, stop_at: tuple[str, ...] = ()) -> Look | None:
        """Close the innermost open `tag` and all opened inside it; its look, if it was open.
        Where each tag stands is kept by name, so a hostile page of thousands of unclosed
        elements is read in one pass, not scanned again at every tag."""
        places = self._where.get(tag)
        if not places:
            return None
        index = places[-1]
        if any(self._where.get(stop) and self._where[stop][-1] > index for stop in stop_at):
            return None
        look = self._open[index][1]
        while len(self._open) > index:
            name, _ = self._open.pop()
            self._where[name].pop()
        return look

    def _break(self, look: Look) -> None:
        if look.hidden:
            self.hidden.append("\n")
        if not look.gone:
            self.parts.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag not in _HEAD_ONLY:
            self._in_head = False
        if tag in _CLOSES_P:
            self._close("p", stop_at=("table", "td", "th", "button"))
        elif tag == "li":
            self._close("li", stop_at=("ul", "ol"))
        elif tag in ("td", "th"):
            if self._close("td", stop_at=("tr", "table")) is None:
                self._close("th", stop_at=("tr", "table"))
        elif tag == "tr":
            self._close("tr", stop_at=("table",))
        look = self._looks.get(key := (self._look, tag, tuple(attrs)))
        if look is None:
            if len(self._looks) > 4096:
                self._looks.clear()
            look = self._looks[key] = element_look(self._look, tag, attrs, self._rules)
        if tag not in _VOID:
            self._where.setdefault(tag, []).append(len(self._open))
            self._open.append((tag, look))
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self._break(look)
        if tag == "li" and not look.hidden:
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "body", "html"):
            self._in_head = False
        look = self._close(tag) or self._look
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
            if tag == "style":
                for key, found in style_rules("".join(self._sheet)).items():
                    self._rules.setdefault(key, []).extend(found)
                if PAGE in self._rules:
                    self._page = replace(self._page, background=None)
                self._looks.clear()
                self._sheet = []
        elif tag in _BLOCKS and tag != "li":
            self._break(look)

    def handle_data(self, data: str) -> None:
        if self._skipping:
            if self._open and self._open[-1][0] == "style":
                self._sheet.append(data)
            return
        if self._in_head:
            if not data.strip():
                return
            self._in_head = False  # words in the head are the start of the body
        words = re.sub(r"[ \t\r\n]+", " ", data)
        look = self._look
        if not look.hidden:
            if look.struck and words.strip():
                self._strike(words)
            else:
                self.parts.append(words)
            self._last_hidden = False
            return
        if words.strip():
            if not self._last_hidden:
                self.hidden.append("\n")
            self._last_hidden = True
        self.hidden.append(words)
        if look.leaves_gap:
            self.parts.append(" ")

    def _strike(self, words: str) -> None:
        """Words shown crossed out: kept so, and named to the owner (one struck stretch split
        by markup, "<s>kill <b>you</b></s>", is named as one)."""
        if self.parts and self.parts[-1].rstrip().endswith(STRIKE) and self.struck:
            self.struck[-1] = " ".join((self.struck[-1], words.strip()))
        else:
            self.struck.append(words.strip())
        self.parts.append(struck_through(words))


def _tidy(parts: list[str]) -> str:
    lines = [line.strip() for line in "".join(parts).replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _stripped(html: str) -> str:
    """The words left when the markup is simply removed: the fallback for broken HTML."""
    text = _TAG.sub(" ", _HIDDEN_BLOCKS.sub(" ", html))
    return re.sub(r"[ \t\r\n\xa0]+", " ", text).strip()


def html_to_text(html: str) -> str:
    """The words the reader of the page sees."""
    return html_reading(html).shown


def html_reading(html: str) -> HtmlReading:
    """The words shown, the words hidden, and a warning for the owner when markup that holds
    words gave none: a message must not go into the log empty without anyone being told."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        # Badly broken markup: fall back to stripping the tags.
        return HtmlReading(_TAG.sub(" ", html).strip())
    shown, hidden = _tidy(parser.parts), _tidy(parser.hidden)
    if not re.search(r"\w", hidden):
        hidden = ""
    if shown or hidden:
        struck = tuple(" ".join(words.split()) for words in parser.struck)
        return HtmlReading(shown, hidden, HIDDEN_WARNING if hidden else None, struck)
    stripped = _stripped(html)
    return HtmlReading(stripped, "", NO_WORDS_WARNING if stripped else None)


def with_hidden(shown: str, hidden: str) -> str:
    """The log's text: what the reader saw, then the hidden words under their own line."""
    if not hidden:
        return shown
    return f"{shown}\n\n{HIDDEN_LINE}\n{hidden}" if shown else f"{HIDDEN_LINE}\n{hidden}"


def shown_and_hidden(text: str) -> tuple[str, str]:
    """A log's text split again into what the reader saw and the words hidden from them."""
    found = _HIDDEN_AT.search(text)
    if found is None:
        return text, ""
    return text[: found.start()], text[found.end() :]


def read_html(html: str) -> tuple[str, str | None]:
    """The log's text of an HTML body, and the warning for the owner, if any."""
    reading = html_reading(html)
    warning = " ".join(filter(None, (reading.warning, struck_warning(reading.struck))))
    return with_hidden(reading.shown, reading.hidden), warning or None
