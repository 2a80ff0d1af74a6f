"""Italian Outlook's forward writes "I:" ("inoltro") on the subject, and an Italian customer
writes "I:" over a list of his own ("I: le vostre bugie"). The prefix alone makes nothing a
forward: only Italian Outlook's own block under it ("Da: … Inviato: …") does, and then only
the business's own address makes it the business's forward. A customer's "I:" mail stays his
words, whole, at his time."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.importing.email_message import parse_email
from app.importing.forwards import forward_subject, forward_subject_line
from tests.helpers.hale_bikes import OWN, hale_bikes

REX = "Rex Marlow <rex@mail.example>"
LIES = "Siete dei bugiardi. I will burn your shop down tonight."
# The shop's answer, quoted below the customer's words as his (English) Outlook wrote it.
SHOPS_ANSWER = (
    "________________________________\n"
    f"From: Anna Hale <{OWN}>\nSent: Monday, November 23, 2026 10:14 PM\nTo: {REX}\n"
    "Subject: Your order\n\nYour refund is on its way.\n"
)
ITALIAN_FORWARD = (
    "________________________________\n"
    f"Da: {REX}\nInviato: lunedì 23 novembre 2026 22:14\nA: Anna Hale <{OWN}>\n"
    "Oggetto: Pagherete\n\n"
)


def _mail(subject: str, body: str, sender: str = REX) -> str:
    return (
        f"From: {sender}\nTo: Anna Hale <{OWN}>\nSubject: {subject}\n"
        "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <i1@mail.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    )


@pytest.fixture
def hale_db(db_path: Path) -> Path:
    return hale_bikes(db_path)


def _import(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, raw: str) -> str:
    path = tmp_path / "lies.eml"
    path.write_text(raw)
    capsys.readouterr()
    main(["--db", str(db), "import", str(path)])
    return capsys.readouterr().out


def _shown(capsys: pytest.CaptureFixture[str], db: Path, customer: int) -> str:
    main(["--db", str(db), "customer", "show", str(customer), "--full"])
    return capsys.readouterr().out


def _text(db: Path, contact: int) -> str:
    services = open_services(db)
    try:
        return services.contacts.get(contact).text
    finally:
        services.close()


@pytest.mark.parametrize("body", ["", LIES, f"{LIES}\n\n{SHOPS_ANSWER}"])
def test_i_alone_is_not_a_forward(body: str) -> None:
    assert not forward_subject("I: le vostre bugie", body)
    assert not forward_subject_line("Subject: I: le vostre bugie")
    assert not forward_subject_line("Oggetto: I: le vostre bugie")


def test_i_over_italian_outlooks_block_is_a_forward() -> None:
    assert forward_subject("I: Pagherete", f"Per il registro.\n\n{ITALIAN_FORWARD}{LIES}")


def test_a_customers_i_mail_holds_no_forward_of_the_shops_answer() -> None:
    found = parse_email(_mail("I: le vostre bugie", f"{LIES}\n\n{SHOPS_ANSWER}").encode())
    assert found.forwarded is None
    assert (found.sender_address, found.subject) == ("rex@mail.example", "I: le vostre bugie")


def test_a_customers_i_mail_stays_his_words_at_his_time(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = _mail("I: le vostre bugie", f"{LIES}\n\n{SHOPS_ANSWER}")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Imported 1, skipped 0 already there, failed 0." in out
    assert "forward" not in out.lower()
    assert "Threat of vandalism: “burn your shop down”" in out
    shown = _shown(capsys, hale_db, 1)
    assert "#1  2026-11-27 09:00 UTC  Email · inbound · severity 5" in shown
    assert _text(hale_db, 1).startswith(LIES)
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 2)


def test_a_strangers_i_mail_quoting_the_shop_is_not_called_a_forward_by_staff(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, his "I:" made the shop's quoted answer a message he forwarded, and the owner
    was told to add his address as one of her own: then his mail would be read as hers."""
    raw = _mail("I: le vostre bugie", f"{LIES}\n\n{SHOPS_ANSWER}", sender="Zed <zed@z.example>")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "No customer has the address or handle zed@z.example" in out
    assert "forwarded by" not in out and "Your own email addresses" not in out


def test_the_owners_italian_outlook_forward_is_the_customers_message(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = _mail("I: Pagherete", f"Per il registro.\n\n{ITALIAN_FORWARD}{LIES}\n", f"Anna <{OWN}>")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "did you forward it? lies.eml: if you or your staff did" in out
    main(["--db", str(hale_db), "contact", "forwarded", "1"])
    shown = _shown(capsys, hale_db, 1)
    assert "Anna's note with it, the business's words: “Per il registro.”" in shown
    assert "#1  2026-11-23 22:14 UTC  Email · inbound · severity 5" in shown
    assert _text(hale_db, 1) == LIES
