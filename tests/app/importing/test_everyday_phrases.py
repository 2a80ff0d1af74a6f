"""Everyday phrases that only look like threats suggest nothing; the real threat beside them,
the one the other side would call "just a figure of speech", is still suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.importing.suggest import severity_for, suggest_categories
from tests.helpers.import_fixtures import email

FRIENDLY = (
    "Hi! The cushions arrived, thank you. I don't want to hurt your feelings, but the blue is a "
    "bit darker than the photo.\nNo problem at all though - I'll shoot you an email tomorrow "
    "with a picture. You are dead right that it was the last one in stock!\nI would never sue "
    "you over a cushion, ha. I'll write a review on Google, you were great.\nFran"
)


@pytest.mark.parametrize(
    "text",
    [
        FRIENDLY,
        "I'll shoot you an email tomorrow with a picture.",
        "Shoot you a quick message later?",
        "I don't want to hurt your feelings.",
        "You are dead right, it was the last one.",
        "I would never sue you over a cushion.",
        "I'm not going to sue you, don't worry.",
        "I'll write a review on Google, you were great.",
        "Where do I leave a review? You were all so helpful!",
        "I will leave a glowing review.",
        "I found you on Google.",
        "The crooked picture frame arrived.",
        "I'll come to your house to collect the cake.",
        "I'll be waiting outside the shop when you open on Saturday!",
    ],
)
def test_everyday_phrases_suggest_nothing(text: str) -> None:
    assert suggest_categories(text) == []


@pytest.mark.parametrize(
    ("text", "explanation"),
    [
        ("I will shoot you.", "Threat of physical harm: “shoot you”"),
        ("I'll shoot you the moment you step outside.", "Threat of physical harm: “shoot you”"),
        ("I won't hesitate to sue you.", "Threat of legal action: “sue you”"),
        ("Don't make me hurt you.", "Threat of physical harm: “hurt you”"),
        ("Don't think I won't sue you.", "Threat of legal action: “sue you”"),
        ("I won't sue you yet.", "Threat of legal action: “sue you”"),
        ("I won't hurt you if you pay me back today.", "Threat of physical harm: “hurt you”"),
        ("I wouldn't want anyone to hurt you.", "Threat of physical harm: “hurt you”"),
        ("I never said I'd sue you, but I will now.", "Threat of legal action: “sue you”"),
        (
            "If you don't refund me I will take legal action.",
            "Threat of legal action: “legal action”",
        ),
        ("I'm not going to sue you, I'm going to hurt you.", "Threat of physical harm: “hurt you”"),
        ("Somebody will hurt your family.", "Threat of physical harm: “hurt your”"),
        ("You're dead meat.", "Threat of physical harm: “You're dead”"),
        (
            "Thanks for nothing, I'll leave a review.",
            "Threat of public retaliation / bad reviews: “leave a review”",
        ),
        (
            "You were great until this week. I'll write a review.",
            "Threat of public retaliation / bad reviews: “write a review”",
        ),
        (
            "I'll write a review. You were great until now.",
            "Threat of public retaliation / bad reviews: “write a review”",
        ),
        (
            "I'll leave an honest review, you were great at taking my money.",
            "Threat of public retaliation / bad reviews: “leave an honest review”",
        ),
    ],
)
def test_the_real_threat_beside_them_is_still_suggested(text: str, explanation: str) -> None:
    assert [s.explanation for s in suggest_categories(text)] == [explanation]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("we know where u live", "we know where u live"),
        ("I know where your kids go to school.", "I know where your kids go to school"),
        ("I'm going to come to your house", "I'm going to come to your house"),
        ("We'll turn up at your front door.", "We'll turn up at your front door"),
        (
            "I'll be waiting outside your shop when you close tonight",
            "waiting outside your shop",
        ),
        ("I'll be waiting for you outside.", "waiting for you outside"),
        (
            "Would be a shame if something happened to them",
            "shame if something happened to",
        ),
        (
            "Nice shop. Would be a shame if anything were to happen to it.",
            "shame if anything were to happen to",
        ),
    ],
)
def test_threats_with_no_listed_phrase_before_are_suggested(text: str, words: str) -> None:
    [suggestion] = suggest_categories(text)
    assert suggestion.explanation == f"Threat of physical harm: “{words}”"
    assert severity_for([suggestion]) == 5


def import_and_show(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> str:
    """What `import` then `customer show` print for one mail from a new customer."""
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(email(text, sender="Lou <lou@example.com>")))
    db = ["--db", str(db_path)]
    assert main([*db, "customer", "add", "--name", "Lou", "--email", "lou@example.com"]) == 0
    capsys.readouterr()
    assert main([*db, "import", str(path)]) == 0
    imported = capsys.readouterr().out
    assert main([*db, "customer", "show", "1"]) == 0
    return imported + capsys.readouterr().out


def test_a_friendly_mail_imports_with_no_suggestion(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = import_and_show(db_path, tmp_path, capsys, FRIENDLY)
    assert "suggested" not in shown
    assert "Email · inbound · severity 1 · mild\n" in shown
