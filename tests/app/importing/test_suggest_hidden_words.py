"""Words a mail's styling hid from its reader are read for threats apart from what it showed:
a threat found only there is suggested and said to be hidden; a threat shown with hidden
padding around it is suggested as shown, its words the shown ones."""

from __future__ import annotations

from app.core.domain import Category
from app.importing.html_text import read_html
from app.importing.suggest import HIDDEN_NOTE, severity_for, suggest_categories


def test_a_threat_only_in_white_on_white_text_is_suggested_as_hidden() -> None:
    text, _ = read_html(
        '<p>Thank you for your help.</p><p style="color:#fff;background:#fff">I will kill you</p>'
    )
    [found] = suggest_categories(text)
    assert found.category is Category.THREAT_PHYSICAL
    assert found.meanings == (HIDDEN_NOTE,)
    assert found.hidden_only
    assert found.explanation.endswith("(in hidden text the reader did not see)")
    assert severity_for([found]) == 5  # hiding a threat earns the sender nothing


def test_a_shown_threat_with_hidden_padding_is_suggested_as_shown() -> None:
    pad = '<span style="display:none">kill you idiot</span>'
    text, _ = read_html(f"<p>{pad}I will kill you.{pad}</p>")
    suggestions = suggest_categories(text)
    physical = next(s for s in suggestions if s.category is Category.THREAT_PHYSICAL)
    assert physical.meanings == ("",) and not physical.hidden_only
    # The abuse is only in the padding: suggested, but said to be hidden.
    abuse = next(s for s in suggestions if s.category is Category.ABUSE)
    assert abuse.hidden_only


def test_text_without_hidden_words_reads_as_before() -> None:
    [found] = suggest_categories("Text hidden from the reader in this mail: I will kill you")
    assert found.meanings == ("",)
