"""White words on a background Steady cannot read the colour of (a colour name it does not
know, hsl(), a variable) are what the owner saw: never labelled hidden from the reader."""

from __future__ import annotations

import pytest

from app.importing.html_text import HIDDEN_LINE, read_html

THREAT = "I know where you live."


@pytest.mark.parametrize(
    "html",
    [
        f'<table bgcolor="maroon"><tr><td><font color="white">{THREAT}</font></td></tr></table>',
        f'<table bgcolor="Black"><tr><td><font color="#ffffff">{THREAT}</font></td></tr></table>',
        f'<div style="background:hsl(0,100%,25%);color:#fff">{THREAT}</div>',
        f'<div style="background-color:var(--brand);color:white">{THREAT}</div>',
        f'<div style="background:teal;color:white">{THREAT}</div>',
    ],
)
def test_white_words_on_a_colour_not_read_are_shown(html: str) -> None:
    text, _warning = read_html(f"<html><body>{html}</body></html>")
    assert THREAT in text and HIDDEN_LINE not in text


def test_white_on_white_is_still_hidden() -> None:
    html = f'<p>Hello.</p><p style="color:#fff;background:#fff">{THREAT}</p>'
    text, warning = read_html(f"<html><body>{html}</body></html>")
    assert HIDDEN_LINE in text and text.index(HIDDEN_LINE) < text.index(THREAT)
    assert warning
