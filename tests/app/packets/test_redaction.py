"""Redaction rules as the other side would test them: the words spaced or wrapped any way the
customer's mail happened to, and short names that must not black out other words."""

from __future__ import annotations

import pytest

from app.packets.data import CostLine, Redaction, RepeatedMessage, unredacted_marks
from app.packets.redaction import Redactor

# One name and one address, spaced as hard-wrapped, pasted and quoted mail spaces them.
SPACINGS = [
    "Alice Brown",
    "Alice\nBrown",
    "Alice\r\nBrown",
    "Alice  Brown",
    "Alice\tBrown",
    "Alice\u00a0Brown",
    "Alice\u202fBrown",
    "Alice \n  Brown",
    "Alice\n> Brown",
    "Alice\n>> Brown",
    "ALICE\nbrown",
    "Alice\u200bBrown",
]


def _redacted(text: str, *rules: str) -> str:
    return unredacted_marks(Redactor(tuple(Redaction(r) for r in rules))(text))


@pytest.mark.parametrize("spaced", SPACINGS)
def test_a_name_is_redacted_however_its_words_are_spaced(spaced: str) -> None:
    out = _redacted(f"I saw your assistant {spaced} yesterday.", "Alice Brown")
    assert out == "I saw your assistant [redacted] yesterday."


def test_a_hard_wrapped_email_leaks_neither_name_nor_address() -> None:
    text = (
        "I saw your assistant Alice\nBrown at 12 Elm\nStreet yesterday. "
        "Tell Alice Brown I know where she lives."
    )
    redactor = Redactor((Redaction("Alice Brown"), Redaction("12  Elm Street ")))
    out = unredacted_marks(redactor(text))
    assert out == (
        "I saw your assistant [redacted] at [redacted] yesterday. "
        "Tell [redacted] I know where she lives."
    )
    assert [a.places for a in redactor.applied()] == [2, 1]


@pytest.mark.parametrize(
    "text",
    [
        "Same question again.",
        "The same message 6 times.",
        "My Samsung broke.",
        "Send a sample.",
        "Ask Samantha.",
        "Sam_smith on X",
    ],
)
def test_a_short_name_never_blacks_out_part_of_another_word(text: str) -> None:
    redactor = Redactor((Redaction("Sam"),))
    assert redactor(text) == text
    assert redactor.applied()[0].places == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sam's shop", "[redacted]'s shop"),
        ("Sam’s shop", "[redacted]’s shop"),
        ("Ask Sam, then", "Ask [redacted], then"),
        ("It was SAM.", "It was [redacted]."),
        ("(sam)", "([redacted])"),
        ("at Sam\n", "at [redacted]\n"),
    ],
)
def test_a_name_is_redacted_with_what_is_written_around_it_unchanged(
    text: str, expected: str
) -> None:
    assert _redacted(text, "Sam") == expected


def test_an_address_or_a_handle_is_matched_whole() -> None:
    text = (
        "Mail karim@example.com. or xkarim@example.com; @tmorrow and @tmorrow_official "
        "see https://x.com/tmorrow_official/status/1"
    )
    out = _redacted(text, "karim@example.com", "@tmorrow", "tmorrow_official")
    assert out == (
        "Mail [redacted]. or xkarim@example.com; [redacted] and @[redacted] "
        "see https://x.com/[redacted]/status/1"
    )


def test_a_name_matches_with_or_without_its_accents() -> None:
    out = _redacted("José, Jose\u0301, Jose and JOSÉ; Josef", "José")
    assert out == "[redacted], [redacted], [redacted] and [redacted]; Josef"
    assert _redacted("Zoë and Zoe wrote", "Zoe") == "[redacted] and [redacted] wrote"
    assert _redacted("Chez Samé", "Sam") == "Chez Samé"


def test_a_name_matches_with_any_kind_of_apostrophe_or_hyphen() -> None:
    out = _redacted("O’Brien and O'Brien, Jean\u2011Luc", "O'Brien", "Jean-Luc")
    assert out == "[redacted] and [redacted], [redacted]"


def test_a_name_in_a_script_written_without_spaces_is_still_found() -> None:
    assert _redacted("我看见王小明在店里", "王小明") == "我看见[redacted]在店里"
    assert _redacted("김민수가 왔다", "김민수") == "[redacted]가 왔다"
    assert _redacted("وأحمد هنا", "أحمد") == "و[redacted] هنا"


def test_a_longer_rule_is_applied_before_a_shorter_one_inside_it() -> None:
    redactor = Redactor((Redaction("Alice"), Redaction("Alice Brown")))
    out = unredacted_marks(redactor("Alice Brown and Alice"))
    assert out == "[redacted] and [redacted]"
    assert [a.places for a in redactor.applied()] == [1, 1]


def test_a_rule_for_one_contact_finds_nothing_elsewhere() -> None:
    redactor = Redactor((Redaction("Alice", contact_id=3),))
    assert redactor.finds("Alice\nwrote", 3) and not redactor.finds("Alice wrote", 4)
    assert redactor.applied()[0].places == 0


def test_a_file_name_is_redacted_across_the_marks_that_stand_for_spaces() -> None:
    redact = Redactor((Redaction("Dana Whitlock"), Redaction("Sam")))
    named = {
        "IMG_Dana_Whitlock.png": "IMG_\ue000.png",
        "dana-whitlock.jpeg": "\ue000.jpeg",
        "dana.whitlock+1.png": "\ue000+1.png",
        "Sam_at_home.png": "\ue000_at_home.png",
        # Whole words only, as in any text: these are not the rule's words.
        "same_sample.png": "same_sample.png",
        "Samsung-Dana.png": "Samsung-Dana.png",
    }
    assert {name: redact.file_name(name) for name in named} == named
    # Only a file's name reads its marks as spaces: a message's words are matched as written.
    assert redact("call Dana-Whitlock now") == "call Dana-Whitlock now"


def test_overlapping_rules_are_blacked_out_as_one_passage() -> None:
    redactor = Redactor((Redaction("Mary Ann"), Redaction("Ann Hill")))
    assert unredacted_marks(redactor("Tell Mary Ann Hill, then Ann Hill.")) == (
        "Tell [redacted], then [redacted]."
    )
    assert [a.places for a in redactor.applied()] == [1, 2]


@pytest.mark.parametrize(
    ("rule", "written"),
    [
        ("Søren Møller", "Soren Moller"),
        ("Søren Møller", "SOEREN MOELLER"),
        ("Soren Moller", "Søren Møller"),
        ("Łukasz", "Lukasz"),
        ("Lukasz", "ŁUKASZ"),
        ("Strauß", "STRAUSS"),
        ("Strauss", "Strauß"),
        ("Müller", "Mueller"),
        ("Mueller", "Müller"),
        ("Đorđe", "Djordje"),
        ("Dorde", "Đorđe"),
        ("Þór", "Thor"),
        ("Ærø", "Aeroe"),
        ("Œuvre", "Oeuvre"),
    ],
)
def test_letters_with_no_accent_to_strip_match_their_spellings(rule: str, written: str) -> None:
    assert _redacted(f"Ask {written}, please", rule) == "Ask [redacted], please"


def test_a_phone_number_matches_its_digits_and_no_other_number() -> None:
    text = "+1-555-0142 (555) 0142 +15550142 555.0142 5550143 25550142 555 01423"
    assert _redacted(text, "+1 555 0142") == (
        "[redacted] [redacted] [redacted] [redacted] 5550143 25550142 555 01423"
    )


@pytest.mark.parametrize(
    "text", ["我是王小\n明", "我是王 小明", "我是王\n> 小明", "我是王\u200b小明"]
)
def test_an_unspaced_name_broken_anywhere_is_found(text: str) -> None:
    assert _redacted(text, "王小明") == "我是[redacted]"


def test_a_capitalised_everyday_word_is_taken_as_a_name() -> None:
    text = "Tell May I will pay, MAY. May's bill, 31 May 2026, May 4, 2026."
    assert _redacted(text, "May", "Will", "Bill") == (
        "Tell [redacted] I will pay, [redacted]. [redacted]'s bill, 31 May 2026, May 4, 2026."
    )
    assert _redacted("you may go", "may") == "you [redacted] go"


def test_steadys_own_sentences_are_not_redacted() -> None:
    redactor = Redactor((Redaction("may"), Redaction("will")))
    repeat = RepeatedMessage((1, 2), "the same message 2 times on email on Mon 4 May 2026")
    cost = CostLine("2 messages over 1 day, 20 min of your time (≈ $10.00) for $5 paid")
    assert redactor.everywhere((repeat, cost)) == (repeat, cost)
    assert redactor.applied()[0].places == 0
