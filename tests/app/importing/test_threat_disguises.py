"""A sender cannot choose which of his words Steady reads: a threat dressed as a quote that was
never sent, under a reply's "Re:" subject, written backwards under a direction override, or
behind "no one would want to … more than I do" is suggested."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from app.cli import main
from app.importing.suggest import suggest_categories
from tests.helpers.import_fixtures import email

REX = "Rex Hostile <rex@example.com>"
BARE_MARKER = (
    "Still waiting for my refund.\n\n-----Original Message-----\n"
    "I know where you live. I will burn your shop down tonight.\n"
)
GT_LINES = "Read this again:\n> I know where you live.\n> I will burn your shop down tonight.\n"


def _import(
    db_path: Path, tmp_path: Path, mails: list[EmailMessage], capsys: pytest.CaptureFixture[str]
) -> str:
    paths = []
    for number, mail in enumerate(mails, start=1):
        path = tmp_path / f"{number}.eml"
        path.write_bytes(bytes(mail))
        paths.append(str(path))
    db = ["--db", str(db_path)]
    assert (
        main([*db, "customer", "add", "--name", "Rex Hostile", "--email", "rex@example.com"]) == 0
    )
    capsys.readouterr()
    assert main([*db, "import", *paths, "--customer", "1"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("text", [BARE_MARKER, GT_LINES], ids=["bare marker", "> lines"])
def test_a_threat_in_a_quote_never_sent_is_suggested_as_in_a_quoted_part(text: str) -> None:
    assert [s.explanation for s in suggest_categories(text)] == [
        "Threat of vandalism: “burn your shop down” (in a quoted part)",
        "Threat of physical harm: “I know where you live” (in a quoted part)",
    ]


def test_imported_quotes_count_unless_the_log_already_holds_the_words(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mails = [
        email(BARE_MARKER, sender=REX, subject="Refund", message_id="<q1@x>"),
        email(
            GT_LINES,
            sender=REX,
            subject="Refund",
            date="Tue, 03 Mar 2026 10:00:00 +0100",
            message_id="<q2@x>",
        ),
    ]
    imported = _import(db_path, tmp_path, mails, capsys)
    # The second mail quotes words the log holds from the first: not a new threat.
    assert [line for line in imported.splitlines() if "suggested" in line] == [
        "  suggested: 1.eml: Threat of vandalism: “burn your shop down” (in a quoted part)",
        "  suggested: 1.eml: Threat of physical harm: “I know where you live” (in a quoted part)",
    ]
    assert main(["--db", str(db_path), "assess", "1"]) == 0
    assert "Signs: none" not in capsys.readouterr().out


def test_a_reply_subject_no_earlier_contact_had_is_read_on_import(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mails = [
        email("Your move.", sender=REX, subject="Re: Watch your back", message_id="<s1@x>"),
        email(
            "Fine.",
            sender=REX,
            subject="Re: Re: Watch your back",
            date="Tue, 03 Mar 2026 10:00:00 +0100",
            message_id="<s2@x>",
        ),
    ]
    imported = _import(db_path, tmp_path, mails, capsys)
    # The second repeats the subject the log already holds: read once.
    assert [line for line in imported.splitlines() if "suggested" in line] == [
        "  suggested: 1.eml: Threat of physical harm: “Watch your back”"
    ]


def test_overridden_words_are_suggested_as_shown_and_the_import_warns(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "Thanks for the refund. \u202e.nwod pohs ruoy nrub lliw I\u202c"
    imported = _import(db_path, tmp_path, [email(body, sender=REX)], capsys)
    assert (
        "  suggested: 1.eml: Threat of vandalism: “nwod pohs ruoy nrub” (burn your shop down)"
        in (imported.splitlines())
    )
    assert (
        "  warning: 1.eml: The message holds hidden characters that show some of its words in "
        in (imported)
    )
    # The stored words are the sender's, as written.
    assert main(["--db", str(db_path), "customer", "show", "1", "--full"]) == 0
    assert body in capsys.readouterr().out


@pytest.mark.parametrize(
    "text",
    [
        "No one would want to hurt you more than I do.",
        "Nobody would like to kill you more than me.",
        "No one will ever want to sue you as badly as I do.",
        "Nadie querría hacerte más daño que yo.",
        "Personne ne voudrait te tuer plus que moi.",
        "Niemand will dir mehr wehtun als ich.",
        "Nessuno vorrebbe ucciderti più di me.",
        "Ninguém quer te matar mais do que eu.",
        "Niemand zou je liever vermoorden dan ik.",
    ],
)
def test_no_one_wanting_it_more_than_the_speaker_is_a_threat(text: str) -> None:
    assert suggest_categories(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "No one would want to hurt you.",
        "I don't want to hurt you more than I have to.",
        "Nadie quiere hacerte daño.",
        "Personne ne veut te faire du mal.",
        "Niemand will dir wehtun.",
    ],
)
def test_no_one_wanting_it_is_still_everyday_words(text: str) -> None:
    assert suggest_categories(text) == []
