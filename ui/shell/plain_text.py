"""Customer words on screen exactly as written: never read as markup.

Qt guesses whether a label's or a tooltip's text is HTML. A customer (or an email's display
name) that writes `<img src="/a/local/file.png">` or `<font size=80>` would otherwise make the
window load a file or take over the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget


def _markup_safe(text: str) -> str:
    # html.escape(text, quote=False), without loading the html package's table of 2,000 named
    # characters at every start.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escaped(text: str) -> str:
    """User text for a place that is markup on purpose (bold headings around it)."""
    return _markup_safe(text).replace("\n", "<br>")


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as written (unchanged when Qt would not read it as markup)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{_markup_safe(text)}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for words the owner or the customer typed: shown as typed."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


LEFT_TO_RIGHT_MARK = "\u200e"
FIRST_STRONG_ISOLATE = "\u2068"
POP_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """A name in another direction (Arabic, Hebrew) kept from turning the English sentence
    around it: the name is isolated, and a left-to-right mark before it settles the sentence's
    direction even where Qt looks inside the isolate (selectable labels do)."""
    return f"{LEFT_TO_RIGHT_MARK}{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"


def long_words_cut(text: str, most: int) -> str:
    """`text` with each run of more than `most` characters without a space cut with "…": a
    name with nowhere to wrap (80 letters, a pasted address) otherwise widens its line past
    the window's edge. Ordinary long names, which wrap, are left whole."""
    return " ".join(
        word if len(word) <= most else word[: most - 1] + "…" for word in text.split(" ")
    )
