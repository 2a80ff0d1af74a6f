"""Criticism of a service is not abuse of staff; the same words aimed at people are. Each
category keeps its own starting severity: a review threat does not make abuse "threatening"."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Category
from app.importing.suggest import CATEGORY_SEVERITY, Suggestion, severity_for, suggest_categories
from tests.app.importing.test_everyday_phrases import import_and_show

LOUD = (
    "Your delivery service is pathetic. THREE WEEKS and still no parcel. If it is not here by "
    "Monday I want a refund, and I will leave a one-star review so others know."
)


@pytest.mark.parametrize(
    "text",
    [
        "Your delivery service is pathetic.",
        "This is pathetic.",
        "Useless company, honestly.",
        "We hired clowns for the party, they were great.",
        "The crooked picture frame arrived.",
        "The quilt is a tremendous piece of work.",
    ],
)
def test_criticism_of_a_service_is_not_abuse(text: str) -> None:
    assert suggest_categories(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("You are pathetic.", "You are pathetic"),
        ("Your staff are pathetic.", "Your staff are pathetic"),
        ("You lot are so pathetic.", "You lot are so pathetic"),
        ("you clowns", "you clowns"),
        ("What a bunch of clowns.", "bunch of clowns"),
        ("You are thieves.", "thieves"),
        ("Useless idiots.", "Useless idiots"),
        ("You are a real piece of work.", "You are a real piece of work"),
    ],
)
def test_the_same_words_aimed_at_people_are_abuse(text: str, words: str) -> None:
    assert [s.explanation for s in suggest_categories(text)] == [f"Abusive language: “{words}”"]


def test_a_review_threat_does_not_give_abuse_its_severity() -> None:
    review = Suggestion(Category.THREAT_PUBLIC, ("one-star review",))
    abuse = Suggestion(Category.ABUSE, ("idiots",))
    harm = Suggestion(Category.THREAT_PHYSICAL, ("kill you",))
    assert severity_for([review]) == 3
    assert severity_for([review, abuse]) == CATEGORY_SEVERITY[Category.ABUSE] == 4
    assert severity_for([review, abuse, harm]) == 5
    assert severity_for([]) == 1


def test_a_loud_complaint_is_a_review_threat_not_abuse_of_staff(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = import_and_show(db_path, tmp_path, capsys, LOUD)
    assert [line for line in shown.splitlines() if "suggested" in line] == [
        "  suggested: mail.eml: Threat of public retaliation / bad reviews: “one-star review”"
    ]
    assert "Email · inbound · severity 3 · hostile · threat-public\n" in shown
    assert "abuse" not in shown


def test_abuse_beside_a_physical_threat_is_still_threatening_in_all(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = import_and_show(
        db_path, tmp_path, capsys, "You people are pathetic. I will burn your office down."
    )
    assert "Email · inbound · severity 5 · threatening · abuse, threat-vandalism\n" in shown
