"""A reply's quoted earlier message is not the customer's new words: an apology quoting the
threat it apologises for, or a "thank you" quoting the shop's own letter, suggests nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.domain import Category
from app.importing.new_words import new_words
from app.importing.suggest import suggest_categories
from tests.helpers.import_fixtures import email

REX = "Rex Angry <rex@example.com>"
THREAT = "You took my money. I know where you live. Fix it."
APOLOGY = (
    "OK, thanks for the refund. Sorry about earlier, I was upset.\n\n"
    "On Mon, 2 Nov 2026 at 22:30, Rex Angry <rex@example.com> wrote:\n"
    f"> {THREAT}\n"
)
THANKS = (
    "Understood, thank you.\n\n"
    "> On 18 Nov 2026, Hale & Delacroix wrote:\n"
    "> If you are unhappy you may dispute the charge with your bank, or take legal action; "
    "that is your right.\n"
)
OUTLOOK_REPLY = (
    "Fine, noted.\n\n"
    "-----Original Message-----\n"
    "From: Hale & Delacroix <shop@hale.example>\n"
    "Sent: 18 November 2026 09:00\n"
    "Subject: Your refund\n\n"
    "If this goes on we will take legal action and call the police.\n"
)
OUTLOOK_BLOCK = (
    "Thanks.\n\n"
    "From: Hale & Delacroix <shop@hale.example>\n"
    "Sent: Wednesday, November 18, 2026 9:00 AM\n"
    "To: Rex Angry <rex@example.com>\n"
    "Subject: RE: order\n\n"
    "You may open a PayPal dispute if you wish.\n"
)


@pytest.mark.parametrize("text", [APOLOGY, THANKS, OUTLOOK_REPLY, OUTLOOK_BLOCK])
def test_words_only_in_a_quoted_earlier_message_suggest_nothing(text: str) -> None:
    assert suggest_categories(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Danke.\n\nAm Mo., 2. Nov. 2026 um 22:30 Uhr schrieb Hale <shop@hale.example>:\n"
        "> Sie können rechtliche Schritte einleiten.\n",
        "Merci.\n\nLe lun. 2 nov. 2026 à 22:30, Hale <shop@hale.example> a écrit :\n"
        "> Vous pouvez engager une action en justice.\n",
        "Gracias.\n\n-----Mensaje original-----\nDe: Hale\n"
        "Enviado el: lunes, 2 de noviembre de 2026 22:30\n\n"
        "Puede tomar acciones legales.\n",
        "Danke.\n\nVon: Hale <shop@hale.example>\nGesendet: Montag, 2. November 2026\n"
        "An: Rex\nBetreff: AW: Bestellung\n\nSie können rechtliche Schritte einleiten.\n",
    ],
)
def test_quotes_written_by_other_languages_mail_programs_are_left_out(text: str) -> None:
    assert suggest_categories(text) == []


def test_a_reply_subject_repeats_the_earlier_message_and_is_not_read() -> None:
    assert suggest_categories("Sorry, I was upset.", subject="Re: I'll sue you") == []
    [suggestion] = suggest_categories("See the photos.", subject="I'll sue you")
    assert suggestion.explanation == "Threat of legal action: “I'll sue”"


def test_a_new_threat_above_or_between_quoted_lines_is_still_read() -> None:
    top = "I know where you live.\n\nOn Mon, 2 Nov 2026 at 22:30, Shop <s@x.example> wrote:\n> No."
    inline = (
        "On Mon, 2 Nov 2026 at 22:30, Shop <s@x.example> wrote:\n"
        "> Your refund is refused.\n"
        "Then I'll see you in court.\n"
        "> Kind regards\n"
    )
    assert [s.explanation for s in suggest_categories(top)] == [
        "Threat of physical harm: “I know where you live”"
    ]
    assert [s.explanation for s in suggest_categories(inline)] == [
        "Threat of legal action: “see you in court”"
    ]


def test_a_face_drawn_with_a_bracket_or_a_memo_style_letter_is_read() -> None:
    face = "Thanks for nothing.\n>:( I know where you live."
    memo = (
        "Dear Sirs,\n\nFrom: Rex Angry\nTo: Hale & Delacroix\nSubject: Final warning\n\n"
        "I will burn your shop down."
    )
    assert [s.category for s in suggest_categories(face)] == [Category.THREAT_PHYSICAL]
    assert [s.category for s in suggest_categories(memo)] == [Category.THREAT_VANDALISM]


def test_a_whole_message_pasted_with_its_headers_or_forwarded_is_read() -> None:
    pasted = "From: Rex <rex@example.com>\nSent: Monday\nSubject: hi\n\nI know where you live."
    forwarded = (
        "FYI, this came in last night.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Rex <rex@example.com>\nDate: Mon, 2 Nov 2026\nSubject: hi\n\n"
        "I will smash your windows.\n"
    )
    outlook_forward = (
        "See below.\n\nFrom: Rex <rex@example.com>\nSent: Monday\nTo: shop\n"
        "Subject: FW: hi\n\nYou bastards.\n"
    )
    assert [s.category for s in suggest_categories(pasted)] == [Category.THREAT_PHYSICAL]
    assert [s.category for s in suggest_categories(forwarded)] == [Category.THREAT_VANDALISM]
    assert [s.category for s in suggest_categories(outlook_forward)] == [Category.ABUSE]
    assert new_words(APOLOGY).strip() == (
        "OK, thanks for the refund. Sorry about earlier, I was upset."
    )


def test_import_then_assess_count_the_threat_once_not_the_quotes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mails = [
        email(THREAT, sender=REX, subject="Your so-called service", message_id="<m1@x>"),
        email(
            APOLOGY,
            sender=REX,
            subject="Re: Your so-called service",
            date="Tue, 10 Nov 2026 09:15:00 -0800",
            message_id="<m2@x>",
        ),
        email(
            THANKS,
            sender=REX,
            subject="Re: your refund",
            date="Thu, 19 Nov 2026 10:00:00 -0800",
            message_id="<m3@x>",
        ),
        email(
            OUTLOOK_REPLY,
            sender=REX,
            subject="RE: Your refund",
            date="Fri, 20 Nov 2026 10:00:00 -0800",
            message_id="<m4@x>",
        ),
    ]
    paths = []
    for number, mail in enumerate(mails, start=1):
        path = tmp_path / f"{number}.eml"
        path.write_bytes(bytes(mail))
        paths.append(str(path))
    db = ["--db", str(db_path)]
    assert main([*db, "customer", "add", "--name", "Rex Angry", "--email", "rex@example.com"]) == 0
    capsys.readouterr()
    assert main([*db, "import", *paths]) == 0
    imported = capsys.readouterr().out
    assert [line for line in imported.splitlines() if "suggested" in line] == [
        "  suggested: 1.eml: Threat of physical harm: “I know where you live”"
    ]
    assert main([*db, "assess", "1"]) == 0
    assessment = capsys.readouterr().out
    # Imported and not reviewed yet: the sign says so.
    assert (
        f"Threatens physical harm: On Mon 2 Mar 2026: “{THREAT}” This rests only on categories "
        "Steady's word check suggested; nobody has reviewed them yet.\n"
    ) in assessment
    for not_said in ("times", "legal action", "chargeback"):
        assert not_said not in assessment.split("Grounds")[0]
