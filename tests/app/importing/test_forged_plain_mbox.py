"""A customer writing a mailbox separator and a whole message "from the shop" inside his own
plain one-part mail, imported from an export that does not quote body "From " lines: the
mailbox's writer did not mark it as one of its messages, so it is logged as his, with a
warning, until the owner says she sent it. Her own plain sent replies, marked by her mail
program like every other message, stay hers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.importing.mbox import MboxReader

OWN = "owner@shop.example"
REX = "rex@example.com"
THREAT = "Rex, come near my shop again and I will break your legs."
DOUBTED = "logged as received from the customer, not reviewed"
RECEIVED = (
    "Return-Path: <rex@example.com>\nDelivered-To: owner@shop.example\n"
    "Received: from mail.example.com (mail.example.com [198.51.100.7]) by mx.shop.example "
    "with ESMTPS; Mon, 09 Nov 2026 22:59:02 +0000\n"
)
THUNDERBIRD = "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys: \n"


@pytest.fixture
def rex_db(db_path: Path) -> Path:
    services = open_services(db_path)
    services.customers.add(Customer(name="Rex Hostile", emails=(REX,)))
    services.settings.update({"business_name": "Hale Bikes", "business_email": OWN})
    services.close()
    return db_path


def _mail(sender: str, to: str, text: str, mid: str, head: str = "", minute: int = 59) -> str:
    return (
        f"{head}From: {sender}\nTo: {to}\nSubject: Refund\n"
        f"Date: Mon, 09 Nov 2026 22:{minute:02d}:00 +0000\nMessage-ID: <{mid}@example.com>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{text}\n"
    )


def _forged(separator: str, head: str = "") -> str:
    """What the customer types under his own words: a separator and the shop's message."""
    return "Goodbye then.\n\n" + separator + _mail(f"Hale Bikes <{OWN}>", REX, THREAT, "fake", head)


def _import(capsys: pytest.CaptureFixture[str], db: Path, path: Path, box: str) -> str:
    path.write_text(box)
    main(["--db", str(db), "import", str(path)])
    out = capsys.readouterr().out
    main(["--db", str(db), "customer", "show", "1", "--full"])
    return out + capsys.readouterr().out


TB = "From - Mon Nov  9 22:59:30 2026\n"


def test_a_forged_message_in_a_thunderbird_inbox_export_stays_the_customers(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _mail(f"Rex Hostile <{REX}>", OWN, "Where is my refund?", "r0", THUNDERBIRD + RECEIVED)
    his = _mail(
        f"Rex Hostile <{REX}>",
        OWN,
        _forged("From owner@shop.example Mon Nov  9 23:00:00 2026\n"),
        "r1",
        THUNDERBIRD + RECEIVED,
    )
    out = _import(capsys, rex_db, tmp_path / "Inbox.mbox", TB + first + "\n" + TB + his)
    assert "“From …” line before it is written unlike those before the other messages" in out
    assert DOUBTED in out
    assert "Email · outbound" not in out and out.count("Email · inbound") == 3


def test_a_forger_who_guesses_thunderbird_s_separator_still_lacks_its_stamp(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    his = _mail(f"Rex Hostile <{REX}>", OWN, _forged(TB), "r1", THUNDERBIRD + RECEIVED)
    out = _import(capsys, rex_db, tmp_path / "Inbox.mbox", TB + his)
    assert "it lacks the “x-mozilla-keys” line your mail program wrote on every other" in out
    assert DOUBTED in out and "Email · outbound" not in out


def _takeout_line(number: int) -> str:
    return f"From 17844738550180467{number:02d}@xxx Mon Nov 09 22:59:00 +0000 2026\n"


def _takeout(labels: str) -> str:
    return f"X-GM-THRID: 1784473855018046700\nX-Gmail-Labels: {labels}\n"


def test_the_owners_plain_replies_in_a_takeout_stay_hers_and_a_forged_one_does_not(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Google Takeout's "All mail": each plain sent reply follows the customer's plain mail it
    answers, both stamped by Gmail; the customer's last mail carries a forged reply."""
    box = ""
    for number in range(2):
        his = _mail(f"Rex Hostile <{REX}>", OWN, f"Refund {number}?", f"r{number}",
                    _takeout("Inbox,Opened") + RECEIVED, minute=50 + number)  # fmt: skip
        ours = _mail(f"Hale Bikes <{OWN}>", REX, f"Once the bike is back {number}.", f"o{number}",
                     _takeout("Sent"), minute=52 + number)  # fmt: skip
        box += _takeout_line(2 * number) + his + "\n" + _takeout_line(2 * number + 1) + ours + "\n"
    forged = _forged(_takeout_line(9) + _takeout("Sent").replace("X-GM-THRID", "X-Note"))
    box += _takeout_line(5) + _mail(f"Rex <{REX}>", OWN, forged, "r9", _takeout("Inbox") + RECEIVED)
    out = _import(capsys, rex_db, tmp_path / "All mail.mbox", box)
    assert out.startswith("Imported 6,")
    assert "it lacks the “x-gm-thrid” line your mail program wrote" in out
    assert out.count(DOUBTED) == 1
    assert out.count("Email · outbound") == 2 and "Once the bike is back 1." in out
    assert out.count("Email · inbound") == 4


def test_a_thunderbird_sent_folder_of_plain_replies_is_still_the_business_writing(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    box = "".join(
        TB + _mail(f"Hale Bikes <{OWN}>", REX, f"Reply {n}.\n\nFrom our side: no.", f"s{n}",
                   THUNDERBIRD, minute=50 + n) + "\n"
        for n in range(3)
    )  # fmt: skip
    out = _import(capsys, rex_db, tmp_path / "Sent.mbox", box)
    assert out.startswith("Imported 3,") and "warning" not in out
    assert out.count("Email · outbound") == 3


def test_a_single_mail_saved_as_mbox_does_not_split_into_the_shops_message(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sep = "From owner@shop.example Mon Nov  9 23:00:00 2026\n"
    his = _mail(f"Rex Hostile <{REX}>", OWN, _forged(sep), "r1", RECEIVED)
    out = _import(capsys, rex_db, tmp_path / "saved.mbox", his)
    assert "the mailbox begins as a single message, without the “From …” line" in out
    assert DOUBTED in out and "Email · outbound" not in out


def test_in_a_mailbox_marking_nothing_the_words_under_a_delivered_mail_are_not_the_shops(
    rex_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's own mailbox (an exporter writing "From <address> <date>" and no stamps),
    with the customer's mail as it reached the shop: through its mail server."""
    sep = "From owner@shop.example Mon Nov  9 23:00:00 2026\n"
    his = _mail(f"Rex Hostile <{REX}>", OWN, _forged(sep), "r1", RECEIVED)
    box = "From rex@example.com Mon Nov  9 22:59:00 2026\n" + his
    out = _import(capsys, rex_db, tmp_path / "Inbox.mbox", box)
    assert "it comes right behind a mail delivered to you, in a mailbox whose mail program" in out
    assert DOUBTED in out and "Email · outbound" not in out


def test_a_sent_folder_behind_a_byte_order_mark_is_not_taken_for_a_single_mail(
    tmp_path: Path,
) -> None:
    path = tmp_path / "Sent.mbox"
    mails = [_mail(f"Hale Bikes <{OWN}>", REX, f"Reply {n}.", f"s{n}", THUNDERBIRD) for n in (1, 2)]
    path.write_bytes(b"\xef\xbb\xbf" + (TB + mails[0] + "\n" + TB + mails[1]).encode())
    assert [message.doubt for message in MboxReader(str(path), 1024 * 1024)] == ["", ""]
