"""A plain mail crossed out with the combining stroke, shaped by the other side: a stretch of
a hundred thousand struck letters, or one letter stacked with a hundred thousand strokes, is
named to the owner in a warning she can read, with every word kept in the log."""

from __future__ import annotations

from email.message import EmailMessage

from app.importing.email_message import parse_email

STRIKE = "\u0336"


def _plain_only(text: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Rex Hostile <rex@example.com>"
    message["To"] = "owner@shop.example"
    message["Subject"] = "Refund"
    message.set_content(text)
    return bytes(message)


def _crossed_out_warning(warnings: list[str]) -> str:
    [warning] = [warning for warning in warnings if "crossed out" in warning]
    return warning


def test_a_hundred_thousand_struck_letters_are_named_by_their_start() -> None:
    # Each letter struck, the spaces left plain, as a mail program strikes words.
    struck = "".join(c if c == " " else c + STRIKE for c in "I will find you " * 6250)
    found = parse_email(_plain_only(f"Hello.\n{struck}\nBye.\n"), "long-strike.eml")
    assert found.text.startswith(f"Hello.\n{struck[:200]}")
    assert len(found.text) > len(struck)
    warning = _crossed_out_warning(found.warnings)
    # The warning is read in a line of the import report: the struck words are cut there,
    # never in the log.
    assert len(warning) < 700
    assert "(“I will find you I will find you" in warning
    assert "…”)" in warning


def test_one_letter_stacked_with_a_hundred_thousand_strokes_is_named_once() -> None:
    found = parse_email(_plain_only(f"Pay me k{STRIKE * 100_000} now.\n"), "stacked.eml")
    assert "(“k”)" in _crossed_out_warning(found.warnings)
    assert found.text.count(STRIKE) == 100_000


def test_struck_words_across_a_line_break_are_one_stretch() -> None:
    kill = "".join(f"{c}{STRIKE}" for c in "kill")
    you = "".join(f"{c}{STRIKE}" for c in "you")
    found = parse_email(_plain_only(f"I will {kill}\n{you} tomorrow.\n"), "lines.eml")
    assert "(“kill you”)" in _crossed_out_warning(found.warnings)
