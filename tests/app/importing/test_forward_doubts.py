"""A mail claiming to be the business's forward that came in from outside: the owner's own
forward to her inbox looks like that, and so does a forger's. Until she says she forwarded it,
all of it is the forwarded sender's, at the time it reached her, and the doubt stands on
record; nothing in it is printed as the business's note, nor dated by a line the sender wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Category
from app.core.errors import InvalidInputError
from tests.app.importing.test_forwards_by_the_business import (
    REX,
    THREAT,
)
from tests.helpers.hale_bikes import OWN, hale_bikes


@pytest.fixture
def hale_db(db_path: Path) -> Path:
    return hale_bikes(db_path)


# Rex, from his own server, writing the shop's address in From: a "forward" of words he says
# Bob wrote years ago, with his own threat above it as the shop's "note".
FORGED = (
    "Received: from evil.example (evil.example [203.0.113.9]) by mx.halebikes.example; "
    "Fri, 27 Nov 2026 09:00:05 +0000\n"
    f"From: Hale Bikes <{OWN}>\nTo: {OWN}\nSubject: Fwd: complaint\n"
    "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <forged@evil.example>\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "I will burn your shop down tonight.\n\n"
    "---------- Forwarded message ---------\n"
    "From: Bob Stone <bob@mail.example>\nDate: Mon, 2 Mar 2020 at 10:00\n"
    f"Subject: complaint\nTo: <{OWN}>\n\nThe brakes squeak.\n"
)


def _import(db: Path, tmp_path: Path, raw: str):
    path = tmp_path / "forward.eml"
    path.write_text(raw)
    services = open_services(db)
    return services, services.imports.run([str(path)])


def test_a_forged_forward_is_all_the_senders_at_its_arrival_and_asked_about(
    hale_db: Path, tmp_path: Path
) -> None:
    services, report = _import(hale_db, tmp_path, FORGED)
    try:
        (item,) = report.imported
        assert item.doubted == ""  # not "Did you send these?": "Did you forward these?"
        assert item.forward_doubted.startswith(
            f"It says Hale Bikes <{OWN}> forwarded it, but it was passed on by another mail server"
        )
        contact = services.contacts.get(item.contact_id)
        # Bob's, as if Rex had written Bob's address in From himself: the doubt says so.
        assert contact.customer_id == 2
        # Nothing is the business's: the words above the block are logged, not kept as a note.
        assert contact.text.startswith("I will burn your shop down tonight.")
        assert "The brakes squeak." in contact.text
        assert contact.details.staff == ""
        assert contact.occurred_at.isoformat()[:16] == "2026-11-27T09:00"
        assert Category.THREAT_VANDALISM in contact.categories
        doubt = services.store.imports.direction_doubts([item.contact_id])[item.contact_id]
        assert doubt.open.startswith(f"it says Hale Bikes <{OWN}> forwarded it, but")
        assert not any("business's words" in w for w in item.warnings)
    finally:
        services.close()


def test_the_forwarded_threat_is_flagged_before_the_owner_answers(
    hale_db: Path, tmp_path: Path
) -> None:
    """Her own forward of Rex's threat, attached whole: his threat is read while she has not
    yet answered, though the mail's own text is only her note."""
    from tests.app.importing.test_forwards_by_the_business import _attached

    services, report = _import(hale_db, tmp_path, _attached())
    try:
        (item,) = report.imported
        assert item.forward_doubted
        contact = services.contacts.get(item.contact_id)
        assert contact.customer_id == 1 and contact.text == "For the log."
        assert Category.THREAT_VANDALISM in contact.categories
    finally:
        services.close()


def test_answered_it_is_the_forwarded_message_and_the_doubt_is_settled(
    hale_db: Path, tmp_path: Path
) -> None:
    services, report = _import(hale_db, tmp_path, FORGED.replace("Hale Bikes <", "Anna Hale <"))
    try:
        contact_id = report.imported[0].contact_id
        services.imports.forwarded_by_owner.confirm(contact_id)
        contact = services.contacts.get(contact_id)
        assert contact.text == "The brakes squeak." and contact.details.staff == "Anna Hale"
        assert contact.occurred_at.isoformat()[:16] == "2020-03-02T10:00"
        (first, latest) = services.contacts.revisions(contact_id)
        assert first.details.text.startswith("I will burn your shop down tonight.")
        assert "“I will burn your shop down tonight.”" in latest.reason
        assert services.store.imports.direction_doubts([contact_id])[contact_id].open == ""
        services.imports.forwarded_by_owner.confirm(contact_id)  # twice: nothing more
        assert len(services.contacts.revisions(contact_id)) == 2
    finally:
        services.close()


def test_a_contact_that_forwards_nothing_cannot_be_confirmed_as_a_forward(
    hale_db: Path, tmp_path: Path
) -> None:
    plain = f"From: {REX}\nTo: {OWN}\nSubject: hi\nMessage-ID: <p@mail.example>\n\n{THREAT}\n"
    services, report = _import(hale_db, tmp_path, plain)
    try:
        with pytest.raises(InvalidInputError, match="holds no forwarded message"):
            services.imports.forwarded_by_owner.confirm(report.imported[0].contact_id)
    finally:
        services.close()


def test_the_command_line_says_how_to_answer_and_json_lists_what_is_asked(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "forward.eml"
    path.write_text(FORGED)
    main(["--db", str(hale_db), "import", "--json", str(path)])
    assert '"did_you_forward": [\n    1\n  ]' in capsys.readouterr().out
    assert main(["--db", str(hale_db), "contact", "forwarded", "1"]) == 0
    assert "Contact #1 is logged as the message you forwarded" in capsys.readouterr().out


def test_once_answered_the_note_s_threat_is_not_left_on_the_sender_s_words(
    hale_db: Path, tmp_path: Path
) -> None:
    """The threat was in the words above the block, now the business's note: Bob's "The brakes
    squeak." must not stay a threat of vandalism at severity 5 (a packet would print it)."""
    services, report = _import(hale_db, tmp_path, FORGED.replace("Hale Bikes <", "Anna Hale <"))
    try:
        contact_id = report.imported[0].contact_id
        before = services.contacts.get(contact_id)
        assert Category.THREAT_VANDALISM in before.categories and before.details.severity == 5
        services.imports.forwarded_by_owner.confirm(contact_id)
        contact = services.contacts.get(contact_id)
        assert contact.categories == () and contact.details.severity == 1
        suggestions = services.store.imports.suggestions(contact_id)
        assert suggestions and {s.status for s in suggestions} == {"cleared"}
        latest = services.contacts.revisions(contact_id)[-1]
        assert "Taken off" in latest.reason and "vandalism" in latest.reason.lower()
        assert services.verify().ok
    finally:
        services.close()


def test_once_answered_the_forwarded_sender_s_own_threat_stays(
    hale_db: Path, tmp_path: Path
) -> None:
    forged = FORGED.replace("Hale Bikes <", "Anna Hale <").replace(
        "The brakes squeak.", "Fix the brakes or I will burn your shop down."
    )
    services, report = _import(hale_db, tmp_path, forged)
    try:
        contact_id = report.imported[0].contact_id
        services.imports.forwarded_by_owner.confirm(contact_id)
        contact = services.contacts.get(contact_id)
        assert Category.THREAT_VANDALISM in contact.categories
        assert contact.details.severity == 5
        assert "Taken off" not in services.contacts.revisions(contact_id)[-1].reason
    finally:
        services.close()
