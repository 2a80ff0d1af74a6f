"""Forwards as Swedish ("VB:") and Finnish ("VL:") Outlook write them, a Danish Outlook block
whose "Emne: VS:" says it was a forward, and Gmail forwards in German, French, Spanish,
Swedish and Finnish pasted into Log a contact or imported: each read as its English form is. A customer's own mail under
"VB:" stays his."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.importing.forwards import forward_subject, read_date
from app.importing.new_words import new_words
from tests.helpers.hale_bikes import OWN, hale_bikes

THREAT = "I know where you live. I will burn your shop down tonight."
REX = "Rex Marlow <rex@mail.example>"
BOB = "Bob Stone <bob@mail.example>"
OUTLOOK = {
    "swedish": (
        "VB: Du ska betala",
        "________________________________\n"
        f"Från: {REX}\nSkickat: måndag 23 november 2026 22:14\nTill: Anna Hale <{OWN}>\n"
        "Ämne: Du ska betala\n\n",
    ),
    "finnish": (
        "VL: Maksat vielä",
        "-----Alkuperäinen viesti-----\n"
        f"Lähettäjä: {REX}\nLähetetty: maanantai 23. marraskuuta 2026 22.14\n"
        f"Vastaanottaja: Anna Hale <{OWN}>\nAihe: Maksat vielä\n\n",
    ),
}
GMAIL = {
    "german": (
        "---------- Weitergeleitete Nachricht ---------\n"
        f"Von: {REX}\nDate: Mo., 23. Nov. 2026 um 22:14 Uhr\nSubject: Sie werden zahlen\n"
        f"To: <{OWN}>\n\n\n"
    ),
    "french": (
        "---------- Message transféré ---------\n"
        f"De : {REX}\nDate: lun. 23 nov. 2026 à 22:14\nSubject: Vous allez payer\n"
        f"To: <{OWN}>\n\n\n"
    ),
    "spanish": (
        "---------- Mensaje reenviado ---------\n"
        f"De: {REX}\nDate: lun, 23 nov 2026 a las 22:14\nSubject: Vas a pagar\n"
        f"To: <{OWN}>\n\n\n"
    ),
    "swedish": (
        "---------- Vidarebefordrat meddelande ---------\n"
        f"Från: {REX}\nDatum: mån 23 nov. 2026 kl 22:14\nÄmne: Du ska betala\n"
        f"Till: <{OWN}>\n\n\n"
    ),
    "finnish": (
        "---------- Välitetty viesti ----------\n"
        f"Lähettäjä: {REX}\nPäivämäärä: ma 23.11.2026 klo 22.14\nAihe: Maksat vielä\n"
        f"Vastaanottaja: <{OWN}>\n\n\n"
    ),
    # Gmail leaves the keys below "From" in English in some of its languages.
    "swedish, english keys": (
        "---------- Vidarebefordrat meddelande ---------\n"
        f"Från: {REX}\nDate: mån 23 nov. 2026 kl 22:14\nSubject: Du ska betala\n"
        f"To: <{OWN}>\n\n\n"
    ),
    "finnish, english keys": (
        "---------- Välitetty viesti ----------\n"
        f"Lähettäjä: {REX}\nDate: ma 23.11.2026 klo 22.14\nSubject: Maksat vielä\n"
        f"To: <{OWN}>\n\n\n"
    ),
}


def _mail(subject: str, body: str, sender: str = f"Anna Hale <{OWN}>") -> str:
    return (
        f"From: {sender}\nTo: Anna Hale <{OWN}>\nSubject: {subject}\n"
        "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <k2@halebikes.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    )


@pytest.fixture
def hale_db(db_path: Path) -> Path:
    return hale_bikes(db_path)


def _import(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, raw: str) -> str:
    path = tmp_path / "forward.eml"
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


@pytest.mark.parametrize("subject", ["VB: Du ska betala", "VL: Maksat vielä", "vb:x"])
def test_swedish_and_finnish_forward_subjects_are_forwards(subject: str) -> None:
    assert forward_subject(subject)


@pytest.mark.parametrize("subject", ["SV: Du ska betala", "VS: Maksat vielä", "Vbx: x"])
def test_their_replies_are_not(subject: str) -> None:
    assert not forward_subject(subject)


@pytest.mark.parametrize("language", OUTLOOK)
def test_a_swedish_or_finnish_forward_is_the_customers_message(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    subject, block = OUTLOOK[language]
    out = _import(capsys, hale_db, tmp_path, _mail(subject, f"För loggen.\n\n{block}{THREAT}\n"))
    assert "Imported 1, skipped 0 already there, failed 0." in out
    assert "did you forward it? forward.eml: if you or your staff did" in out
    main(["--db", str(hale_db), "contact", "forwarded", "1"])
    shown = _shown(capsys, hale_db, 1)
    assert "Forwarded by Anna Hale <anna@halebikes.example> on " in shown
    assert "Anna Hale's note with it, the business's words: “För loggen.”" in shown
    assert "Email · inbound · severity 5" in shown
    assert _text(hale_db, 1) == THREAT


@pytest.mark.parametrize("language", OUTLOOK)
def test_a_swedish_or_finnish_forwards_date_is_the_time_logged(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    subject, block = OUTLOOK[language]
    _import(capsys, hale_db, tmp_path, _mail(subject, f"{block}{THREAT}\n"))
    main(["--db", str(hale_db), "contact", "forwarded", "1"])
    assert "#1  2026-11-23 22:14 UTC  Email · inbound" in _shown(capsys, hale_db, 1)


def test_a_customers_own_mail_under_vb_stays_his(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rex writes "VB:" over Bob's words typed in as a Swedish forward: they stay Rex's, at
    Rex's time, whole."""
    block = OUTLOOK["swedish"][1].replace(REX, BOB)
    raw = _mail("VB: titta", f"Se vad Bob skrev.\n\n{block}{THREAT}\n", sender=REX)
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Imported 1" in out and "Forwarded by" not in out
    shown = _shown(capsys, hale_db, 1)
    assert "#1  2026-11-27 09:00 UTC  Email · inbound · severity 5" in shown
    assert "Se vad Bob skrev." in _text(hale_db, 1)
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 2)


# Her lawyer's answer quotes her Danish forward of Rex's mail: the forward's words are read.
DANISH_REPLY = (
    "Modtaget, jeg ser på det.\n\n________________________________\n"
    f"Fra: Anna Hale <{OWN}>\nSendt: tirsdag den 24. november 2026 08:02\n"
    "Til: advokat@law.example\nEmne: {prefix} Du skal betale\n\n"
    f"Til orientering.\n\n{OUTLOOK['swedish'][1]}{THREAT}\n"
)


def test_a_danish_outlook_block_whose_subject_is_vs_is_a_forward_kept_to_read() -> None:
    assert THREAT in new_words(DANISH_REPLY.replace("{prefix}", "VS:"))


@pytest.mark.parametrize("prefix", ["SV:", ""])
def test_a_danish_block_under_a_reply_or_no_prefix_is_an_earlier_message(prefix: str) -> None:
    assert new_words(DANISH_REPLY.replace("{prefix}", prefix)) == "Modtaget, jeg ser på det."


def test_a_finnish_block_whose_subject_is_vs_is_a_reply_left_out() -> None:
    finnish = DANISH_REPLY.replace("Fra:", "Lähettäjä:").replace("Sendt:", "Lähetetty:")
    finnish = finnish.replace("Emne:", "Aihe:").replace("{prefix}", "VS:")
    assert new_words(finnish) == "Modtaget, jeg ser på det."


@pytest.mark.parametrize("language", GMAIL)
def test_a_gmail_forward_in_the_owners_language_pasted_is_the_customers_message(
    hale_db: Path, language: str
) -> None:
    services = open_services(hale_db)
    try:
        report = services.imports.import_pasted(1, f"For the log.\n\n{GMAIL[language]}{THREAT}\n")
        logged = [services.contacts.get(item.contact_id) for item in report.imported]
        assert [(c.text, c.occurred_at.isoformat()[:16]) for c in logged][1] == (
            THREAT,
            "2026-11-23T22:14",
        )
        assert logged[0].text == "For the log."
        assert report.imported[0].doubted.startswith(
            "These words stand above a forwarded message, so whoever forwarded it wrote them"
        )
    finally:
        services.close()


@pytest.mark.parametrize("language", GMAIL)
def test_the_owners_gmail_forward_in_her_language_is_the_customers_message(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    raw = _mail("Fwd: x", f"För loggen.\n\n{GMAIL[language]}{THREAT}\n")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Imported 1, skipped 0 already there, failed 0." in out
    main(["--db", str(hale_db), "contact", "forwarded", "1"])
    shown = _shown(capsys, hale_db, 1)
    assert "Anna Hale's note with it, the business's words: “För loggen.”" in shown
    assert "#1  2026-11-23 22:14 UTC  Email · inbound · severity 5" in shown
    assert _text(hale_db, 1) == THREAT


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("måndag 24 augusti 2026 10:00", datetime(2026, 8, 24, 10, tzinfo=UTC)),
        ("den 5 februari 2026 10:00", datetime(2026, 2, 5, 10, tzinfo=UTC)),
    ],
)
def test_swedish_month_names_are_read(written: str, day: datetime) -> None:
    assert read_date(written, UTC) == day
