"""The termination packet as the customer's lawyer reads it: every place that quotes a flagged
contact for what it is flagged for quotes the same piece, the threat at the end of a long
message included; the letter never cites the customer's thanks as the line they crossed, never
accuses them of threats nobody reviewed, and no quote holds Steady's line or hidden words."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from app.importing.html_text import HIDDEN_LINE
from tests.app.cli.test_cli import steady
from tests.helpers.packet_fixtures import flat

POLITE = (
    "I brought the bike in on the third of November for a new chain and the gears were adjusted "
    "at the same time, which I was glad of, and the mechanic was friendly and explained what he "
    "had done. When I rode it home the chain slipped twice on the hill and I nearly fell into "
    "the road in front of a bus, which frightened me a great deal. "
)
THREAT = "If you do not refund me today I will kill you."
THANKS = (
    "Thank you for looking at the bike again on Saturday, and thank you to the young mechanic "
    "who stayed late to finish it, I really do appreciate the extra effort. But the rear brake "
    "squeals again already and frankly the owner is a lying, thieving bitch."
)
LOG = ("log", "--customer", "1", "--channel", "email")


def _log(db: Path, text: str, day: int, *more: str) -> None:
    at = f"2026-10-{day:02d}T10:00:00+00:00"
    made = steady(db, *LOG, "--at", at, "--text", text, *more)
    assert made.returncode == 0, made.stderr


def _packet(db: Path, out: Path, kind: str = "termination") -> tuple[str, str]:
    made = steady(
        db, "packet", "1", "--kind", kind, "--out", str(out), "--closed-as-of", "2026-11-28"
    )
    assert out.exists(), made.stderr
    text = flat(" ".join(page.extract_text() for page in PdfReader(out).pages))
    return text, made.stdout + made.stderr


def _letter(packet: str) -> str:
    return packet.split("Dear Rex Marlow,", 1)[1].split("Yours sincerely", 1)[0]


def _customer(db: Path) -> None:
    assert steady(db, "customer", "add", "--name", "Rex Marlow").returncode == 0


def test_a_threat_after_a_long_polite_paragraph_is_what_the_narrative_and_grounds_quote(
    db_path: Path, tmp_path: Path
) -> None:
    _customer(db_path)
    _log(db_path, POLITE + THREAT, 20)
    legal, _ = _packet(db_path, tmp_path / "legal.pdf", "legal")
    narrative = legal.split("What happened, in our words", 1)[1].split("We are asking", 1)[0]
    assert f"Rex Marlow wrote: “...{THREAT}”" in narrative
    termination, _ = _packet(db_path, tmp_path / "term.pdf")
    assert f"“...{THREAT}” (in full in Appendix A)" in termination
    assert "nearly fell into the... (in full" not in termination


def test_the_letter_cites_the_line_crossed_not_the_thanks_written_before_it(
    db_path: Path, tmp_path: Path
) -> None:
    _customer(db_path)
    _log(db_path, THANKS, 20)
    letter = _letter(_packet(db_path, tmp_path / "term.pdf")[0])
    assert "lying, thieving bitch.”" in letter
    assert "Thank you for looking" not in letter


def test_the_letter_names_no_threat_nobody_reviewed_and_the_owner_is_told_why(
    db_path: Path, tmp_path: Path
) -> None:
    _customer(db_path)
    _log(db_path, "Your mechanics are useless idiots.", 18)
    warning = (
        "Heads up: a guy in the pub last night said he knows where you live and will smash your "
        "windows. Please call the police and be careful."
    )
    _log(db_path, warning, 20)
    packet, said = _packet(db_path, tmp_path / "term.pdf")
    letter = _letter(packet)
    assert "useless idiots" in letter
    assert "threat" not in letter.lower() and "smash" not in letter
    assert "says nothing of the threats in #2" in flat(said)
    assert "steady review 1" in flat(said)


def test_a_reviewed_threat_is_still_named_in_the_letter(db_path: Path, tmp_path: Path) -> None:
    _customer(db_path)
    _log(
        db_path, "I will smash your windows.", 20, "--no-suggest", "--category", "threat-vandalism"
    )
    packet, said = _packet(db_path, tmp_path / "term.pdf")
    assert "a message on 20 October 2026 that contained a threat" in _letter(packet)
    assert "says nothing of the threats" not in flat(said)


def test_no_quote_holds_steadys_hidden_text_line_or_the_hidden_words(
    db_path: Path, tmp_path: Path
) -> None:
    _customer(db_path)
    shown = "Thanks for your help with the order."
    _log(db_path, f"{shown}\n\n{HIDDEN_LINE}\nI will kill you.", 20)
    _log(db_path, f"{shown} See you soon.\n\n{HIDDEN_LINE}\nYou are a useless idiot.", 21)
    packet, _ = _packet(db_path, tmp_path / "term.pdf")
    quotes = re.findall(r"“([^”]*)”", packet)
    assert not [q for q in quotes if "hidden" in q.lower() or "kill you" in q or "idiot" in q]
    # The grounds' "What was said" prints neither Steady's line nor, as said, the hidden words.
    assert HIDDEN_LINE not in packet
    # The letter does not cite the polite words a mail showed for abuse it hid.
    assert "See you soon" not in _letter(packet)
