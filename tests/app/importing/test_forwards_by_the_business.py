"""The owner (or her staff) forwarding a customer's mail to her own address to log it, as
Gmail, Outlook (English, German, French, Spanish), Apple Mail and Thunderbird write a forward,
or attached whole: logged as the customer's message, matched by the forwarded From, dated by
the forwarded Date, its words the forwarded message's and read for threats, received; the
forwarder's note kept apart as the business's, never "correct it to outbound". A customer's
own mail with a forward block typed into it stays his."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from tests.helpers.hale_bikes import OWN, hale_bikes

THREAT = "I know where you live. I will burn your shop down tonight."
DELIVERED = (
    "Return-Path: <anna@halebikes.example>\nDelivered-To: anna@halebikes.example\n"
    "Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by "
    "mx.halebikes.example with ESMTPS id K1; Fri, 27 Nov 2026 09:00:11 +0000\n"
)
REX = "Rex Marlow <rex@mail.example>"
SHAPES = {
    "gmail": (
        "Fwd: You will pay",
        "---------- Forwarded message ---------\n"
        f"From: {REX}\nDate: Mon, 23 Nov 2026 at 22:14\nSubject: You will pay\n"
        f"To: <{OWN}>\n\n\n",
    ),
    "outlook": (
        "FW: You will pay",
        "________________________________\n"
        f"From: {REX}\nSent: Monday, November 23, 2026 10:14 PM\nTo: Anna Hale <{OWN}>\n"
        "Subject: You will pay\n\n",
    ),
    "outlook de": (
        "WG: Sie werden zahlen",
        "-----Ursprüngliche Nachricht-----\n"
        f"Von: {REX}\nGesendet: Montag, 23. November 2026 22:14\nAn: Anna Hale <{OWN}>\n"
        "Betreff: Sie werden zahlen\n\n",
    ),
    "outlook fr": (
        "TR: Vous allez payer",
        "________________________________\n"
        f"De : {REX}\nEnvoyé : lundi 23 novembre 2026 22:14\nÀ : Anna Hale <{OWN}>\n"
        "Objet : Vous allez payer\n\n",
    ),
    "outlook es": (
        "RV: Vas a pagar",
        "-----Mensaje original-----\n"
        f"De: {REX}\nEnviado el: lunes, 23 de noviembre de 2026 22:14\nPara: Anna Hale <{OWN}>\n"
        "Asunto: Vas a pagar\n\n",
    ),
    # "VS:" is Danish and Norwegian Outlook's forward (and Finnish Outlook's reply).
    "outlook da": (
        "VS: Du skal betale",
        "________________________________\n"
        f"Fra: {REX}\nSendt: mandag den 23. november 2026 22:14\nTil: Anna Hale <{OWN}>\n"
        "Emne: Du skal betale\n\n",
    ),
    "outlook no": (
        "VS: Du skal betale",
        "-----Opprinnelig melding-----\n"
        f"Fra: {REX}\nSendt: mandag 23. november 2026 22:14\nTil: Anna Hale <{OWN}>\n"
        "Emne: Du skal betale\n\n",
    ),
    "apple mail": (
        "Fwd: You will pay",
        "Begin forwarded message:\n\n"
        f"From: {REX}\nSubject: You will pay\nDate: 23 November 2026 at 22:14:00 GMT\n"
        f"To: {OWN}\n\n",
    ),
    "gmail fr": (
        "Fwd: Vous allez payer",
        "---------- Forwarded message ---------\n"
        f"De : {REX}\nDate: lun. 23 nov. 2026 à 22:14\nSubject: Vous allez payer\n"
        f"To: <{OWN}>\n\n\n",
    ),
    "apple mail de": (
        "Fwd: Sie werden zahlen",
        "Anfang der weitergeleiteten Nachricht:\n\n"
        f"Von: {REX}\nBetreff: Sie werden zahlen\nDatum: 23. November 2026 um 22:14:00 GMT\n"
        f"An: {OWN}\n\n",
    ),
    "thunderbird es": (
        "Fwd: Vas a pagar",
        "-------- Mensaje reenviado --------\n"
        "Asunto: \tVas a pagar\nFecha: \tMon, 23 Nov 2026 22:14:00 +0000\n"
        f"De: \t{REX}\nPara: \t{OWN}\n\n",
    ),
    "thunderbird": (
        "Fwd: You will pay",
        "-------- Forwarded Message --------\n"
        "Subject: \tYou will pay\nDate: \tMon, 23 Nov 2026 22:14:00 +0000\n"
        f"From: \t{REX}\nTo: \t{OWN}\n\n",
    ),
}


def _forward(subject: str, body: str, sender: str = f"Anna Hale <{OWN}>") -> str:
    return (
        f"{DELIVERED}From: {sender}\nTo: Anna Hale <{OWN}>\nSubject: {subject}\n"
        "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <k2@halebikes.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    )


def _attached() -> str:
    boundary = "==b=="
    return (
        f"{DELIVERED}From: Anna Hale <{OWN}>\nTo: {OWN}\nSubject: FW: You will pay\n"
        "Date: Fri, 27 Nov 2026 09:00:02 +0000\nMessage-ID: <k3@halebikes.example>\n"
        f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{boundary}"\n\n'
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\nFor the log.\n\n"
        f"--{boundary}\nContent-Type: message/rfc822\nContent-Disposition: attachment\n\n"
        f"From: {REX}\nTo: {OWN}\nSubject: You will pay\nDate: Mon, 23 Nov 2026 22:14:00 +0000\n"
        f"Message-ID: <inner@mail.example>\nContent-Type: text/plain; charset=utf-8\n\n{THREAT}\n\n"
        f"--{boundary}--\n"
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


def _forwarded(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, raw: str) -> str:
    """Her forward to her own inbox came in from outside: imported, then her answer that she
    forwarded it, as `import` says to give it."""
    out = _import(capsys, db, tmp_path, raw)
    answer = "did you forward it? forward.eml: if you or your staff did, run steady contact "
    assert f"{answer}forwarded 1" in out
    main(["--db", str(db), "contact", "forwarded", "1"])
    return out + capsys.readouterr().out


def _text(db: Path, contact: int) -> str:
    services = open_services(db)
    try:
        return services.contacts.get(contact).text
    finally:
        services.close()


@pytest.mark.parametrize("shape", [*SHAPES, "attached"])
def test_the_owners_forward_is_the_customers_message_when_he_sent_it(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shape: str
) -> None:
    if shape == "attached":
        raw = _attached()
    else:
        subject, block = SHAPES[shape]
        raw = _forward(subject, f"For the log.\n\n{block}{THREAT}\n")
    out = _forwarded(capsys, hale_db, tmp_path, raw)
    assert "Imported 1, skipped 0 already there, failed 0." in out
    assert "Threat of vandalism: “burn your shop down”" in out
    assert "outbound" not in out
    shown = _shown(capsys, hale_db, 1)
    assert "because: You confirmed the business forwarded it;" in shown
    assert "Forwarded by Anna Hale <anna@halebikes.example> on " in shown
    assert "Anna Hale's note with it, the business's words: “For the log.”" in shown
    assert "#1  2026-11-23 22:14 UTC  Email · inbound · severity 5" in shown
    assert _text(hale_db, 1) == THREAT
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 2)


def test_the_forward_is_not_a_message_to_ask_about_sending(hale_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "forward.eml"
    subject, block = SHAPES["gmail"]
    path.write_text(_forward(subject, f"For the log.\n\n{block}{THREAT}\n"))
    services = open_services(hale_db)
    try:
        report = services.imports.run([str(path)])
        assert [item.doubted for item in report.imported] == [""]
        assert report.imported[0].forward_doubted.startswith("It says Anna Hale <anna@")
        services.imports.forwarded_by_owner.confirm(report.imported[0].contact_id)
        contact = services.contacts.get(report.imported[0].contact_id)
        assert contact.text == THREAT and contact.details.staff == "Anna Hale"
    finally:
        services.close()


def test_a_customers_own_mail_with_a_forward_block_typed_in_stays_his(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rex types a "forward" of Bob's words: they stay Rex's, at Rex's time, whole."""
    block = SHAPES["gmail"][1].replace(REX, "Bob Stone <bob@mail.example>")
    raw = _forward("Fwd: look", f"See what Bob wrote.\n\n{block}{THREAT}\n", sender=REX)
    raw = raw.replace(DELIVERED, "")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Imported 1" in out and "Forwarded by" not in out
    shown = _shown(capsys, hale_db, 1)
    assert "#1  2026-11-27 09:00 UTC  Email · inbound · severity 5" in shown
    assert "See what Bob wrote." in shown
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 2)


def test_the_owner_forwarding_her_own_words_does_not_make_them_anyones(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A forward of the business's own message is no customer's: the rules for mail the
    business sent decide, and a "forward" claiming her address never makes words hers."""
    block = SHAPES["gmail"][1].replace(REX, f"Anna Hale <{OWN}>")
    raw = _forward("Fwd: warning", f"For the log.\n\n{block}Please stop writing to us.\n")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Forwarded by" not in out
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 1)


def test_a_staff_forward_from_an_address_not_in_settings_says_how_to_have_it_read(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subject, block = SHAPES["gmail"]
    raw = _forward(
        subject, f"Thought you should see it.\n\n{block}{THREAT}\n", "Tom <tom@x.example>"
    )
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "forwarded by tom@x.example, which is not one of your own addresses" in out
    assert "add it in Settings › Your own email addresses" in out


def test_a_forwarded_date_after_the_forward_is_not_the_time_logged(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    block = SHAPES["gmail"][1].replace("Mon, 23 Nov 2026", "Mon, 30 Nov 2026")
    _forwarded(capsys, hale_db, tmp_path, _forward("Fwd: x", f"{block}{THREAT}\n"))
    assert "(it is dated 2026-11-30 22:14, after the forward)" in _shown(capsys, hale_db, 1)
    assert "#1  2026-11-27 09:00 UTC  Email · inbound · severity 5" in _shown(capsys, hale_db, 1)


def test_the_forwards_own_late_arrival_is_not_said_to_be_the_time_logged(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subject, block = SHAPES["gmail"]
    raw = _forward(subject, f"For the log.\n\n{block}{THREAT}\n")
    raw = raw.replace("Date: Fri, 27 Nov 2026 09:00:02", "Date: Thu, 26 Nov 2026 09:00:02")
    _forwarded(capsys, hale_db, tmp_path, raw)
    shown = _shown(capsys, hale_db, 1)
    assert "Forwarded by Anna Hale <anna@halebikes.example> on Fri 27 Nov 2026" in shown
    assert "#1  2026-11-23 22:14 UTC" in shown
    assert "The time it reached you is the one logged" not in shown.split("because:")[1]


def test_a_forward_from_the_sent_folder_to_a_lawyer_is_believed_without_a_caution(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    subject, block = SHAPES["outlook"]
    raw = _forward(subject, f"Please see below.\n\n{block}{THREAT}\n").replace(DELIVERED, "")
    raw = raw.replace(f"To: Anna Hale <{OWN}>\nSubject: FW", "To: lawyer@law.example\nSubject: FW")
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Forwarded by Anna Hale" in out and "came in like mail from outside" not in out
    assert "#1  2026-11-23 22:14 UTC  Email · inbound" in _shown(capsys, hale_db, 1)


def test_a_finnish_reply_under_vs_is_the_business_writing_to_him(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finnish Outlook's "VS:" is a reply ("vastaus"): the owner's answer quoting Rex's
    message stays her mail to Rex, never his message logged again."""
    block = (
        f"Lähettäjä: {REX}\nLähetetty: maanantai 23. marraskuuta 2026 22.14\n"
        f"Vastaanottaja: Anna Hale <{OWN}>\nAihe: Tilaus\n\n"
    )
    raw = _forward("VS: Tilaus", f"Hei Rex, palautus on matkalla.\n\n{block}{THREAT}\n")
    raw = raw.replace(DELIVERED, "").replace(
        f"To: Anna Hale <{OWN}>\nSubject", f"To: {REX}\nSubject"
    )
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Imported 1" in out and "Forwarded by" not in out
    shown = _shown(capsys, hale_db, 1)
    assert "#1  2026-11-27 09:00 UTC  Email · outbound" in shown
    assert "Hei Rex, palautus on matkalla." in shown


def test_a_message_forwarded_to_the_customer_is_the_business_writing_to_him(
    hale_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The owner passing Bob's complaint on to Rex is her mail to Rex, not Bob's message."""
    block = SHAPES["gmail"][1].replace(REX, "Bob Stone <bob@mail.example>")
    raw = _forward("Fwd: x", f"Rex, see this.\n\n{block}Your bike blocks my drive.\n")
    raw = raw.replace(DELIVERED, "").replace(
        f"To: Anna Hale <{OWN}>\nSubject", f"To: {REX}\nSubject"
    )
    out = _import(capsys, hale_db, tmp_path, raw)
    assert "Forwarded by" not in out
    assert "#1  2026-11-27 09:00 UTC  Email · outbound" in _shown(capsys, hale_db, 1)
    assert "0 contacts, newest first" in _shown(capsys, hale_db, 2)


def test_a_pasted_forward_keeps_the_forwarders_note_apart_and_asks_whose_it_is(
    hale_db: Path,
) -> None:
    services = open_services(hale_db)
    try:
        pasted = f"For the log.\n\n{SHAPES['gmail'][1]}{THREAT}\n"
        report = services.imports.import_pasted(1, pasted)
        logged = [services.contacts.get(item.contact_id) for item in report.imported]
        assert [(c.text, c.occurred_at.isoformat()[:16]) for c in logged][1] == (
            THREAT,
            "2026-11-23T22:14",
        )
        assert logged[0].text == "For the log."
        assert report.imported[0].doubted.startswith(
            "These words stand above a forwarded message, so whoever forwarded it wrote them"
        )
        assert report.imported[1].doubted == ""
    finally:
        services.close()
