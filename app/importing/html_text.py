"""Readable text from an HTML email body, when the sender sent no plain-text part."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "ul", "ol", "hr", "section", "article",
}  # fmt: skip
_SKIP = {"script", "style", "title"}
# What may stand in a <head>; any other tag (or words) starts the body, as browsers read it:
# "</head>" is optional, so a sender can leave it out and still have the message shown.
_HEAD_ONLY = {"head", "meta", "link", "base", "title", "style", "script", "noscript", "template"}
_HIDDEN_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        elif self._in_head and tag not in _HEAD_ONLY:
            self._in_head = False
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "body", "html"):
            self._in_head = False
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCKS and tag != "li":
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        if self._in_head:
            if not data.strip():
                return
            self._in_head = False  # words in the head are the start of the body
        self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def _stripped(html: str) -> str:
    """The words left when the markup is simply removed: the fallback for broken HTML."""
    text = _TAG.sub(" ", _HIDDEN_BLOCKS.sub(" ", html))
    return re.sub(r"[ \t\r\n\xa0]+", " ", text).strip()


def html_to_text(html: str) -> str:
    return read_html(html)[0]


def read_html(html: str) -> tuple[str, str | None]:
    """The readable text, and a warning for the owner when markup that holds words gave none:
    a message must not go into the log empty without anyone being told."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        # Badly broken markup: fall back to stripping the tags.
        return _TAG.sub(" ", html).strip(), None
    text = "".join(parts for parts in parser.parts)
    lines = [line.strip() for line in text.replace("\xa0", " ").splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if text:
        return text, None
    stripped = _stripped(html)
    if not stripped:
        return "", None
    return stripped, (
        "The message's HTML text showed no words when read as a page; the words found in its "
        "markup are shown instead. The original is kept unchanged."
    )
