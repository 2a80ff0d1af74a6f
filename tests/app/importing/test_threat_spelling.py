"""A threat is read however it is spelled out: broken over a line, spaced oddly, with invisible
characters, styled or look-alike letters, or written backwards under a direction override.
The suggestion still names the words exactly as written, and says what they read as."""

from __future__ import annotations

import pytest

from app.core.domain import Category
from app.importing.html_text import html_to_text
from app.importing.suggest import suggest_categories, threat_spans


def _styled(text: str, base: int) -> str:
    """Text in the styled letters "fancy text" sites paste (a run of 26 from `base`)."""
    return "".join(chr(base + ord(c) - 97) if "a" <= c <= "z" else c for c in text)


def _categories(text: str) -> list[Category]:
    return [s.category for s in suggest_categories(text)]


SPELLINGS = {
    "zero-width space": "I will k\u200bill you.",
    "zero-width joiner": "I will k\u200dill you.",
    "zero-width non-joiner": "I will ki\u200cll you.",
    "soft hyphen": "I will kil\u00adl you.",
    "word joiner": "I will ki\u2060ll you.",
    "byte-order mark": "I will ki\ufeffll you.",
    "isolates around": "I will \u2066kill\u2069 you.",
    "Cyrillic i": "I will k\u0456ll you.",
    "full-width": "I will \uff4b\uff49\uff4c\uff4c you.",
    "combining accent": "I will ki\u0301ll you.",
    # Suggested, noted as crossed out (tests/app/importing/test_html_struck_words.py).
    "strike-through": "I will k\u0336i\u0336l\u0336l\u0336 you",
    "small capitals": "I will \u1d0b\u026a\u029f\u029f you",
    "no-break space": "I will kill\u00a0you.",
    "two spaces": "I will kill  you.",
    "tab": "I will kill\tyou",
    "line break": "I will kill\nyou.",
    "flowed line": "Fix it now or I am going to kill \r\nyou.",
    "thin space": "I will kill\u2009you.",
    "ideographic space": "I will kill\u3000you.",
    "mathematical bold": _styled("i will kill you", 0x1D41A),
    "bold script": _styled("i will kill you", 0x1D4EA),
    "double-struck": _styled("i will kill you", 0x1D552),
    "circled": _styled("i will kill you", 0x24D0),
    "backwards under an override": "Nice shop. I will \u202euoy llik\u202c tonight.",
}


@pytest.mark.parametrize("text", SPELLINGS.values(), ids=SPELLINGS.keys())
def test_a_threat_of_harm_is_read_however_it_is_spelled(text: str) -> None:
    assert _categories(text) == [Category.THREAT_PHYSICAL]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I kn\u043ew where you live.", Category.THREAT_PHYSICAL),
        ("W\u0430tch your back.", Category.THREAT_PHYSICAL),
        ("I know where\nyou live.", Category.THREAT_PHYSICAL),
        ("Watch  your back", Category.THREAT_PHYSICAL),
        ("I know where you\u00a0live", Category.THREAT_PHYSICAL),
        ("See you in\ncourt.", Category.THREAT_LEGAL),
        ("I will take legal\naction.", Category.THREAT_LEGAL),
        ("my\nlawyer will call", Category.THREAT_LEGAL),
        ("I am su\u200bing you.", Category.THREAT_LEGAL),
        ("I'll smash your\nwindows", Category.THREAT_VANDALISM),
        ("I'll \uff42\uff55\uff52\uff4e your shop down", Category.THREAT_VANDALISM),
        (
            "Thanks for the refund. \u202e.nwod pohs ruoy nrub lliw I\u202c",
            Category.THREAT_VANDALISM,
        ),
    ],
)
def test_each_kind_of_threat_is_read_across_odd_spacing_and_letters(
    text: str, category: Category
) -> None:
    assert _categories(text) == [category]


@pytest.mark.parametrize(
    "html",
    [
        "<p>I will kill <b></b> you</p>",
        "<p>I will kill <!-- x --> you</p>",
        "<p>I will kill<br>you</p>",
        "<p>I will kill&nbsp;&nbsp;you</p>",
    ],
)
def test_html_mail_is_read_as_the_browser_shows_it(html: str) -> None:
    assert _categories(html_to_text(html)) == [Category.THREAT_PHYSICAL]


def test_every_word_of_an_abusive_line_counts_with_a_hidden_character() -> None:
    (abuse,) = suggest_categories("You stu\u200bpid idiots")
    assert abuse.words == ("stu\u200bpid", "idiots")


@pytest.mark.parametrize(
    ("text", "explanation"),
    [
        ("I will kill\nyou.", "Threat of physical harm: “kill\nyou”"),
        ("I will k\u200bill you.", "Threat of physical harm: “k\u200bill you”"),
        (
            "I will \uff4b\uff49\uff4c\uff4c you.",
            "Threat of physical harm: “ｋｉｌｌ you” (kill you)",
        ),
        (
            "I kn\u043ew where you live.",
            "Threat of physical harm: “I kn\u043ew where you live” (I know where you live)",
        ),
        ("I will \u202euoy llik\u202c.", "Threat of physical harm: “uoy llik” (kill you)"),
        ("I’ll sue you", "Threat of legal action: “I’ll sue”"),
    ],
)
def test_the_suggestion_quotes_the_words_as_written_and_says_what_they_read_as(
    text: str, explanation: str
) -> None:
    (suggestion,) = suggest_categories(text)
    assert suggestion.explanation == explanation
    assert all(word in text for word in suggestion.words)


def test_a_threat_spelt_forward_under_an_override_is_read_as_a_printer_shows_it() -> None:
    # On screen "uoy llik"; a packet or program that ignores the override prints "kill you".
    assert _categories("I will \u202ekill you\u202c.") == [Category.THREAT_PHYSICAL]


def test_threat_spans_point_at_the_words_as_written() -> None:
    text = "Fine.\nI will k\u200bill\n you, I kn\u043ew where you live."
    assert [text[a:b] for a, b in threat_spans(text)] == [
        "k\u200bill\n you",
        "I kn\u043ew where you live",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I would never\nsue you, you have been great.",
        "I don't want to\u00a0hurt you.",
        "Привет, как дела? Сорок коров.",  # Russian stays Russian: no look-alikes read as Latin
        "The café was lovely, merci beaucoup.",
        "Señor, gracias por todo.",
    ],
)
def test_everyday_words_stay_everyday_however_they_are_spaced(text: str) -> None:
    assert suggest_categories(text) == []


def test_russian_threats_are_still_read_with_their_own_letters() -> None:
    assert _categories("Я тебя убью.") == [Category.THREAT_PHYSICAL]
