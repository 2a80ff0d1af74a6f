"""`steady log` suggests categories from the customer's written words as `steady import` does:
added, named, starting the severity, kept on record waiting for the owner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Category


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    given = ["--db", str(db_path)]
    assert main([*given, "customer", "add", "--name", "Vic Menace", "--email", "v@x.com"]) == 0
    capsys.readouterr()
    return given


def _log(db: list[str], capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    assert main([*db, "log", "--customer", "1", *args]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def _shown(db: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main([*db, "customer", "show", "1"]) == 0
    return capsys.readouterr().out


def test_a_typed_threat_is_added_and_named(
    db: list[str], capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    out, err = _log(db, capsys, "--channel", "email", "--text", "I know where you live.")
    assert out == "1\n"
    assert err == (
        "suggested: Threat of physical harm: “I know where you live”\n"
        "review: nobody has checked these yet; see and keep or clear them with steady review 1 "
        "(or in the contact's view in the window).\n"
    )
    assert "Email · inbound · severity 5 · threatening · threat-physical\n" in _shown(db, capsys)
    services = open_services(db_path)
    try:
        [suggestion] = services.imports.suggestions.for_contact(1)
    finally:
        services.close()
    assert (suggestion.category, suggestion.words, suggestion.status) == (
        Category.THREAT_PHYSICAL,
        ("I know where you live",),
        "suggested",
    )
    assert main([*db, "assess", "1"]) == 0
    assert "Report the threat to the police" in capsys.readouterr().out


def test_json_names_the_suggestions(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = _log(db, capsys, "--channel", "chat", "--text", "Sé dónde vives.", "--json")
    assert json.loads(out) == {
        "id": 1,
        "warnings": [],
        "suggested": [{"category": "threat-physical", "words": ["Sé dónde vives"]}],
    }


def test_the_owners_own_choices_are_kept(db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    text = ("--text", "You idiots.")
    _log(db, capsys, "--channel", "email", *text, "--severity", "2")
    _log(db, capsys, "--channel", "email", *text, "--no-suggest")
    _log(db, capsys, "--channel", "email", *text, "--category", "harassment-social")
    shown = _shown(db, capsys)
    assert "#1  " in shown and "Email · inbound · severity 2 · rude · abuse\n" in shown
    assert "Email · inbound · severity 1 · mild\n  > You idiots." in shown
    assert "severity 4 · abusive · abuse, harassment-social\n" in shown


def test_notes_replies_and_everyday_words_add_nothing(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # A note of a call is the staff member's words; a reply is the business's own.
    _, note = _log(db, capsys, "--channel", "phone", "--text", "I said we'd take legal action.")
    _, reply = _log(
        db, capsys, "--channel", "email", "--direction", "outbound",
        "--text", "If this goes on we will take legal action.",
    )  # fmt: skip
    _, friendly = _log(db, capsys, "--channel", "email", "--text", "I'll shoot you an email.")
    assert note == reply == friendly == ""
    assert "threat" not in _shown(db, capsys)
