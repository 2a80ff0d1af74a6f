"""Rex's mail imported on its own and the shop's forward of it are one contact, in either
order, the other file attached to it as evidence of the same message. Rex cannot use that to
make a new message vanish: reusing the Message-ID of the one the shop forwarded, with other
words, is logged as a message of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.services import Services
from tests.app.importing.test_forwards_by_the_business import (
    DELIVERED,
    REX,
    SHAPES,
    THREAT,
    _attached,
    _forward,
)
from tests.helpers.hale_bikes import OWN, hale_bikes


@pytest.fixture
def hale_db(db_path: Path) -> Path:
    return hale_bikes(db_path)


REXS_OWN = (
    "Received: from mail.example (mail.example [198.51.100.7]) by mx.halebikes.example; "
    "Mon, 23 Nov 2026 22:14:05 +0000\n"
    f"From: {REX}\nTo: {OWN}\nSubject: You will pay\nDate: Mon, 23 Nov 2026 22:14:00 +0000\n"
    "Message-ID: <inner@mail.example>\nContent-Type: text/plain; charset=utf-8\n\n"
    f"{THREAT}\n"
)
LAWYER = "To: lawyer@law.example\nSubject: "


def _sent_to_lawyer(raw: str) -> str:
    """The shop's forward as its Sent folder keeps it: believed without asking."""
    raw = raw.replace(DELIVERED, "")
    return raw.replace(f"To: Anna Hale <{OWN}>\nSubject: ", LAWYER).replace(
        f"To: {OWN}\nSubject: FW", f"{LAWYER}FW"
    )


FORWARDS = {
    "attached, with its Message-ID": _sent_to_lawyer(_attached()),
    "inline, without": _sent_to_lawyer(
        _forward(SHAPES["gmail"][0], f"For the log.\n\n{SHAPES['gmail'][1]}{THREAT}\n")
    ),
}


def _run(services: Services, tmp_path: Path, name: str, raw: str):
    path = tmp_path / name
    path.write_text(raw)
    return services.imports.run([str(path)])


def _rexs(services: Services) -> list:
    """Rex's contacts as assessments and packets count them: withdrawn ones left out."""
    withdrawn = services.contacts.withdrawals()
    return [c for c in services.contacts.page_for_customer(1, 0, 50) if c.id not in withdrawn]


@pytest.fixture
def hale(hale_db: Path):
    services = open_services(hale_db)
    yield services
    services.close()


@pytest.mark.parametrize("forward", FORWARDS)
@pytest.mark.parametrize("rex_first", [True, False], ids=["his mail first", "forward first"])
def test_his_mail_and_the_shops_forward_of_it_are_one_contact(
    hale: Services, tmp_path: Path, forward: str, rex_first: bool
) -> None:
    files = [("rex.eml", REXS_OWN), ("forward.eml", FORWARDS[forward])]
    first, second = files if rex_first else files[::-1]
    assert len(_run(hale, tmp_path, *first).imported) == 1
    report = _run(hale, tmp_path, *second)
    assert report.imported == [] and report.skipped == [second[0]]
    (contact,) = _rexs(hale)
    assert contact.text == THREAT
    assert [note.text for note in report.notes] == [
        f"The same message as contact {contact.id} ("
        + (
            "it is the business's forward of it"
            if rex_first
            else "the business's forward of it was logged first"
        )
        + "): attached to it as evidence, not logged twice."
    ]
    kept = hale.contacts.attachments(contact.id)
    names = {attachment.filename for attachment in kept}
    assert {"rex.eml", "forward.eml"} <= names
    # Importing either again adds nothing.
    again = _run(hale, tmp_path, *second)
    assert again.imported == [] and again.notes == []
    assert len(hale.contacts.attachments(contact.id)) == len(kept)


@pytest.mark.parametrize("forward", FORWARDS)
@pytest.mark.parametrize("rex_first", [True, False], ids=["his mail first", "forward first"])
def test_reusing_the_forwarded_message_id_with_other_words_is_another_message(
    hale: Services, tmp_path: Path, forward: str, rex_first: bool
) -> None:
    """Rex sends new words under the ID of the message the shop forwarded, at the same minute."""
    other = REXS_OWN.replace(THREAT, "Ignore my last mail, all is fine.")
    files = [("rex.eml", other), ("forward.eml", FORWARDS[forward])]
    first, second = files if rex_first else files[::-1]
    _run(hale, tmp_path, *first)
    assert len(_run(hale, tmp_path, *second).imported) == 1
    assert sorted(c.text for c in _rexs(hale)) == sorted(
        [THREAT, "Ignore my last mail, all is fine."]
    )


def test_his_same_words_sent_twice_stay_two_contacts(hale: Services, tmp_path: Path) -> None:
    """Repeats are evidence: only a forward and what it forwards are one message."""
    _run(hale, tmp_path, "one.eml", REXS_OWN)
    again = REXS_OWN.replace("<inner@mail.example>", "<again@mail.example>")
    assert len(_run(hale, tmp_path, "two.eml", again).imported) == 1
    assert [c.text for c in _rexs(hale)] == [THREAT, THREAT]


@pytest.mark.parametrize("rex_first", [True, False], ids=["his mail first", "forward first"])
def test_a_forward_asked_about_is_paired_once_the_owner_says_she_forwarded_it(
    hale: Services, tmp_path: Path, rex_first: bool
) -> None:
    """Her forward to her own inbox is not believed until she answers: until then it is not
    paired (the words above the block may be a forger's), then it goes with his mail."""
    forward = _forward(SHAPES["gmail"][0], f"For the log.\n\n{SHAPES['gmail'][1]}{THREAT}\n")
    files = [("rex.eml", REXS_OWN), ("forward.eml", forward)]
    first, second = files if rex_first else files[::-1]
    ids = [_run(hale, tmp_path, *first).imported[0].contact_id]
    ids.append(_run(hale, tmp_path, *second).imported[0].contact_id)
    rexs, forwards = ids if rex_first else ids[::-1]
    assert len(_rexs(hale)) == 2
    assert hale.imports.forwarded_by_owner.confirm(forwards) == rexs
    (contact,) = _rexs(hale)
    assert contact.id == rexs and contact.text == THREAT
    withdrawn = hale.contacts.withdrawals([forwards])[forwards]
    assert f"The same message as contact #{rexs}" in withdrawn.reason
    notes = [a.note for a in hale.contacts.attachments(rexs) if a.filename == "forward.eml"]
    assert notes and "Anna Hale's note with it, the business's words: “For the log.”" in notes[0]
