"""`steady review`: the categories Steady suggested for a customer's contacts, still waiting
for the owner, listed with their words and kept or cleared by category; `import` and `packet`
point to it."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own

HINT = (
    "  review: nobody has checked these yet; see and keep or clear them with steady review 1 "
    "(or in the contact's view in the window)."
)


@pytest.fixture
def db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    services = open_services(db_path)
    try:
        services.settings.update(  # a profile filled in: its own note would say otherwise
            {
                "business_name": "Larkspur Lamps",
                "owner_name": "Jordan Ellis",
                "business_email": "hello@larkspurlamps.example",
            }
        )
        customer_id, _ = customer_with_waiting(services)
        log_owners_own(services, customer_id)
    finally:
        services.close()
    capsys.readouterr()
    return ["--db", str(db_path)]


def _run(args: list[str], capsys: pytest.CaptureFixture[str], code: int = 0) -> tuple[str, str]:
    assert main(args) == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_what_is_waiting_is_listed_with_its_words(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = _run([*db, "review", "1"], capsys)
    assert out.splitlines() == [
        "Suggested by Steady's word check, not reviewed yet (1):",
        "  contact 1: threat-legal: Threat of legal action, because of “I will sue”",
        "Keep or clear each: steady review 1 --contact 1 --keep threat-legal "
        "(or --clear threat-legal).",
    ]


def test_cleared_it_shows_nowhere_and_the_log_still_verifies(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = _run([*db, "review", "1", "--contact", "1", "--clear", "threat-legal"], capsys)
    assert out == (
        "cleared: contact 1: Threat of legal action (saved as a correction; the original is kept)\n"
    )
    assert _run([*db, "review", "1"], capsys)[0] == "Nothing is waiting for review.\n"
    shown = _run([*db, "customer", "show", "1"], capsys)[0]
    assert "severity 1 · mild · revision 1" in shown
    assessment = _run([*db, "assess", "1"], capsys)[0]
    assert "not reviewed" not in assessment and "nobody has reviewed" not in assessment
    assert "The log verifies" in _run([*db, "verify"], capsys)[0]
    # Cleared already, by this or another process: said in one line, nothing changes.
    _, err = _run([*db, "review", "1", "--clear", "threat-legal"], capsys, code=2)
    assert err == (
        "steady: No suggestion of threat-legal is waiting for review here (already kept or "
        "cleared?); `steady review 1` lists those that are.\n"
    )


def test_kept_it_loses_the_not_reviewed_sentence(
    db: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _run([*db, "assess", "1"], capsys)[0]
    # The owner's own message is a threat too: the ground does not rest only on the suggestion.
    assert "nobody has reviewed them yet" not in before
    assert _run([*db, "review", "1", "--keep", "threat-legal"], capsys)[0] == (
        "kept: contact 1: Threat of legal action\n"
    )
    assert _run([*db, "review", "1"], capsys)[0] == "Nothing is waiting for review.\n"


def test_an_unknown_contact_or_one_of_another_customer_is_refused(
    db: list[str], capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    services = open_services(db_path)
    try:
        customer_with_waiting(services, name="Other")
    finally:
        services.close()
    _, err = _run([*db, "review", "1", "--contact", "3", "--keep", "threat-legal"], capsys, 2)
    assert err == "steady: Contact 3 is not one of customer 1's contacts.\n"
    _, err = _run([*db, "review", "1", "--keep", "abuse", "--clear", "abuse"], capsys, 2)
    assert err == "steady: abuse: given to both --keep and --clear; choose one.\n"
    assert "contact 1: threat-legal" in _run([*db, "review", "1"], capsys)[0]


def test_import_ends_its_suggestions_with_how_to_review_them(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    _run([*db, "customer", "add", "--name", "Rex", "--email", "rex@example.com"], capsys)
    mail = EmailMessage()
    mail["From"] = "rex@example.com"
    mail["To"] = "shop@example.com"
    mail["Subject"] = "Refund"
    mail["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
    mail["Message-ID"] = "<r1@x>"
    mail.set_content("I will sue you for this.")
    path = tmp_path / "1.eml"
    path.write_bytes(bytes(mail))
    out, _ = _run([*db, "import", str(path)], capsys)
    assert out.splitlines()[1:] == [
        "  suggested: 1.eml: Threat of legal action: “I will sue”",
        HINT,
    ]


def test_a_packet_with_suggestions_waiting_says_so_on_stderr(
    db: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "legal.pdf"
    _, err = _run([*db, "packet", "1", "--kind", "legal", "--out", str(out)], capsys)
    assert err == (
        "steady: 1 contact in this packet (#1) carries categories Steady's word check suggested "
        "that nobody has reviewed; the packet marks each “suggested by Steady's word check, "
        "not reviewed”. To review them first: open the contact in the window, or steady "
        "review 1.\n"
    )
    _run([*db, "review", "1", "--keep", "threat-legal"], capsys)
    _, err = _run([*db, "packet", "1", "--kind", "legal", "--out", str(out), "--force"], capsys)
    assert err == ""


def test_a_mixed_review_does_the_ones_waiting_and_names_the_others(
    db: list[str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [*db, "review", "1", "--contact", "1", "--clear", "abuse", "--clear"]
    out, err = _run([*args, "threat-physical", "--keep", "threat-legal"], capsys, code=2)
    assert out == "kept: contact 1: Threat of legal action\n"
    assert err == (
        "steady: No suggestion of abuse, threat-physical is waiting for review here (already "
        "kept or cleared?); the others named were decided.\n"
    )
    assert _run([*db, "review", "1"], capsys)[0] == "Nothing is waiting for review.\n"
    services = open_services(db_path)
    try:
        (kept,) = services.store.imports.suggestions(1)
        assert kept.status == "confirmed"
    finally:
        services.close()


def test_a_category_the_owner_names_is_theirs_not_steadys_guess(
    db: list[str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`log --category abuse` on words the check also reads as abuse: the packet must not call
    the owner's own flag "suggested by Steady's word check, not reviewed"."""
    _run(
        [
            *db,
            "log",
            "--customer",
            "1",
            "--channel",
            "email",
            "--category",
            "abuse",
            "--severity",
            "4",
            "--text",
            "You useless idiots. I will sue you.",
        ],
        capsys,
    )
    services = open_services(db_path)
    try:
        contact = max(c.id for c in services.contacts.page_for_customer(1, 0, 100))
        statuses = {
            s.category.value: s.status for s in services.imports.suggestions.for_contact(contact)
        }
    finally:
        services.close()
    assert statuses["abuse"] == "confirmed"
    assert statuses["threat-legal"] == "suggested"  # not named by the owner: still waits
