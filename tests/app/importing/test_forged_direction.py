"""A customer writing the shop's own name or address in From, or hiding a message "from the
shop" inside his own, never gets his threat logged as the business's words: it is logged as
his, with a warning naming it, until the owner says she sent it. Mail the owner really sent
(a Sent folder export) is still the business writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer, Direction
from app.importing.batch_report import ImportOptions

OWN = "owner@shop.example"
REX = "rex@example.com"
THREAT = "I know where you live. I will burn your shop down tonight."
WARNING = "Dear Rex, please stop writing to us like this. This is our final warning."
FROM_OUTSIDE = (
    "Received: from evil.example (evil.example [203.0.113.9]) by mx.shop.example; "
    "Fri, 06 Nov 2026 22:10:00 +0000\n"
)


def _raw(sender: str, to: str, text: str, extra: str = "", cc: str = "", mid: str = "m1") -> str:
    return (
        extra + f"From: {sender}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "") + "Subject: About "
        f"your shop\nDate: Fri, 06 Nov 2026 22:10:00 +0000\nMessage-ID: <{mid}@example.net>\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
    )


@pytest.fixture
def rex_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Rex Hostile", emails=(REX,)))
    services.close()
    return db_path


def _own_address_set(db: Path) -> None:
    services = open_services(db)
    services.settings.update({"business_name": "Hale Bikes", "business_email": OWN})
    services.close()


def _run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> str:
    main(["--db", str(db), *args])
    return capsys.readouterr().out


def _file(tmp_path: Path, name: str, raw: str) -> str:
    path = tmp_path / name
    path.write_text(raw)
    return str(path)


def _shown(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    return _run(capsys, db, "customer", "show", "1", "--full")


def test_the_shops_address_forged_in_from_stays_the_customers_threat(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _own_address_set(rex_db)
    raw = _raw(f"Hale Bikes <{OWN}>", OWN, THREAT, extra=FROM_OUTSIDE)
    out = _run(capsys, rex_db, "import", "--customer", "1", _file(tmp_path, "s1.eml", raw))
    assert "warning: s1.eml: It says it is from Hale Bikes, but it was passed on by another " in out
    assert "logged as received from the customer, not reviewed" in out
    shown = _shown(capsys, rex_db)
    assert "Email · inbound · severity 5" in shown and "outbound" not in shown


def test_a_burner_in_the_shops_name_copying_the_customer_is_not_the_shop(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No own address set yet: "sent to a customer's address" made it outbound before."""
    raw = _raw(
        "Hale Bikes Support <support@hale-bikes-help.example>",
        OWN,
        "You will regret this. Watch your back.",
        extra=FROM_OUTSIDE,
        cc=REX,
    )
    out = _run(capsys, rex_db, "import", _file(tmp_path, "s2.eml", raw))
    assert out.startswith("Imported 1,") and "It says it is from Hale Bikes Support" in out
    shown = _shown(capsys, rex_db)
    assert "Email · inbound" in shown and "outbound" not in shown


@pytest.mark.parametrize(
    "trace",
    [
        "Delivered-To: owner@shop.example\n",
        "X-Original-To: owner@shop.example\n",
        # Another server's hop, even with an address in the sender's own domain.
        "Received: from mail.shop.example (mail.shop.example [198.51.100.2]) by "
        "mx.provider.example with ESMTPS id 1; Fri, 06 Nov 2026 22:10:00 +0000\n",
    ],
)
def test_any_sign_of_delivery_to_the_business_makes_the_claim_doubtful(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], trace: str
) -> None:
    _own_address_set(rex_db)
    raw = _raw(f"Hale Bikes <{OWN}>", f"Rex <{REX}>", THREAT, extra=trace)
    out = _run(capsys, rex_db, "import", _file(tmp_path, "s3.eml", raw))
    assert "logged as received from the customer" in out
    assert "outbound" not in _shown(capsys, rex_db)


def test_sent_to_the_business_only_is_not_the_business_writing_to_the_customer(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _own_address_set(rex_db)
    raw = _raw(f"Hale Bikes <{OWN}>", OWN, THREAT)
    out = _run(capsys, rex_db, "import", "--customer", "1", _file(tmp_path, "s4.eml", raw))
    assert "it was sent to your own address only" in out
    assert "outbound" not in _shown(capsys, rex_db)


@pytest.mark.parametrize(
    "trace",
    [
        "",  # Thunderbird's and Apple Mail's copy in Sent: no trace lines at all
        # Gmail's web mail: handed over by HTTP, with no server before it.
        "Received: by 2002:a05:6a10:a0c8:b0:5b1 with HTTP; Fri, 6 Nov 2026 14:10:00 -0800\n",
        # A mail program sending through the provider: authenticated submission (RFC 3848).
        "Received: from [192.168.1.5] (host.example [198.51.100.7]) by smtp.provider.example "
        "with ESMTPSA id x1; Fri, 06 Nov 2026 22:10:00 +0000\n",
        # The copies in Sent of Microsoft 365 / Outlook.com, Gmail's apps, an Exchange server
        # on the premises and a provider's own Postfix: hops inside the owner's provider.
        "Received: from DM6PR11MB4657.namprd11.prod.outlook.com ([fe80::1]) by "
        "DM6PR11MB4657.namprd11.prod.outlook.com ([fe80::1%5]) with mapi id 15.20.7; "
        "Fri, 6 Nov 2026 22:10:00 +0000\n",
        "Received: from 753933720722 named unknown by gmailapi.google.com with HTTPREST; "
        "Fri, 6 Nov 2026 14:10:00 -0800\n",
        "Received: from EXCH01.halebikes.local (10.0.0.5) by EXCH02.halebikes.local (10.0.0.6) "
        "with Microsoft SMTP Server (version=TLS1_2); Fri, 6 Nov 2026 22:10:00 +0000\n",
        "Received: from mailuser.nyi.internal (localhost [127.0.0.1]) by mailuser.nyi.internal "
        "(Postfix) with ESMTP id 1; Fri, 06 Nov 2026 22:10:00 +0000\n",
    ],
)
def test_mail_the_owner_really_sent_is_still_the_business_writing(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], trace: str
) -> None:
    _own_address_set(rex_db)
    raw = _raw(f"Hale Bikes <{OWN}>", f"Rex Hostile <{REX}>", WARNING, extra=trace)
    out = _run(capsys, rex_db, "import", _file(tmp_path, "sent.eml", raw))
    assert out.startswith("Imported 1,") and "warning" not in out
    assert "Email · outbound" in _shown(capsys, rex_db)


def test_the_import_window_is_told_which_message_to_ask_about(rex_db: Path, tmp_path: Path) -> None:
    _own_address_set(rex_db)
    path = _file(tmp_path, "s1.eml", _raw(f"Hale Bikes <{OWN}>", OWN, THREAT, extra=FROM_OUTSIDE))
    services = open_services(rex_db)
    try:
        report = services.imports.run([path], ImportOptions(customer_id=1, ask_about_senders=True))
        (item,) = report.imported
        assert item.doubted.startswith("It says it is from Hale Bikes, but it was passed on")
        assert services.contacts.get(item.contact_id).direction is Direction.INBOUND
        # Confirmed by the owner: the business's words, never suggested as a threat.
        services.imports.sent_by_owner.confirm(item.contact_id)
        contact = services.contacts.get(item.contact_id)
        assert contact.direction is Direction.OUTBOUND and contact.categories == ()
        assert services.imports.suggestions.pending(item.contact_id) == []
    finally:
        services.close()


def _mbox_line(sender: str) -> str:
    return f"From {sender} Mon Nov  9 22:59:00 2026\n"


def test_the_owners_replies_in_a_mailbox_of_both_sides_stay_hers(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Gmail "All mail" export: each reply follows the customer's mail it answers. The
    order alone says nothing; a "From " line forged inside a plain message cannot be told from
    it, and is caught only where the message's own structure shows it (the next test)."""
    _own_address_set(rex_db)
    box = ""
    for number in range(2):
        his = _raw(f"Rex Hostile <{REX}>", OWN, f"Where is my refund {number}?", mid=f"r{number}")
        ours = _raw(
            f"Hale Bikes <{OWN}>",
            REX,
            f"We can refund once the bike is back {number}.",
            extra="X-Gmail-Labels: Sent\n",
            mid=f"o{number}",
        )
        box += _mbox_line(REX) + his + "\n" + _mbox_line(OWN) + ours + "\n"
    out = _run(capsys, rex_db, "import", _file(tmp_path, "All mail.mbox", box))
    assert out.startswith("Imported 4,") and "logged as received from the customer" not in out
    shown = _shown(capsys, rex_db)
    assert shown.count("Email · outbound") == 2 and shown.count("Email · inbound") == 2


def test_a_sent_folder_mailbox_is_still_the_business_writing(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _own_address_set(rex_db)
    first = _raw(f"Hale Bikes <{OWN}>", REX, WARNING, mid="s1")
    second = _raw(f"Hale Bikes <{OWN}>", REX, "We have passed this to the police.", mid="s2")
    box = _file(tmp_path, "Sent.mbox", _mbox_line(OWN) + first + "\n" + _mbox_line(OWN) + second)
    out = _run(capsys, rex_db, "import", box)
    assert out.startswith("Imported 2,") and "warning" not in out
    assert _shown(capsys, rex_db).count("Email · outbound") == 2


def _multipart(sender: str, body: str, closed: bool = True, mid: str = "real") -> str:
    return (
        f"From: {sender}\nTo: {OWN}\nSubject: Refund\nDate: Mon, 09 Nov 2026 22:59:00 +0000\n"
        f'Message-ID: <{mid}@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed;\n boundary="b0"\n\n'
        f"--b0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        + ("--b0--\n" if closed else "")
    )


def test_a_message_split_off_before_the_mails_last_part_ends_is_kept_with_it(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _own_address_set(rex_db)
    forged = _mbox_line(OWN) + _raw(f"Hale Bikes <{OWN}>", REX, THREAT)
    his = _multipart(f"Rex Hostile <{REX}>", "Goodbye then.\n\n" + forged)
    out = _run(capsys, rex_db, "import", _file(tmp_path, "Inbox.mbox", _mbox_line(REX) + his))
    assert out.startswith("Imported 1,")
    assert "was kept with them, not logged as a message of its own" in out
    shown = _shown(capsys, rex_db)
    assert "outbound" not in shown and "Email · inbound" in shown
    assert "Goodbye then." in shown and "I will burn your shop down tonight." in shown


def test_a_mail_missing_its_last_boundary_does_not_swallow_the_next_one(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = _multipart(f"Rex Hostile <{REX}>", "First, cut short.", closed=False, mid="a")
    second = _raw(f"Rex Hostile <{REX}>", OWN, "Second.", mid="b")
    third = _multipart(f"Rex Hostile <{REX}>", "Third.", mid="c")
    box = "".join(_mbox_line(REX) + m + "\n" for m in (broken, second, third))
    out = _run(capsys, rex_db, "import", _file(tmp_path, "Inbox.mbox", box))
    assert out.startswith("Imported 3,") and "kept with them" not in out
