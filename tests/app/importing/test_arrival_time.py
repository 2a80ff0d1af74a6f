"""The sender does not choose when his mail arrived: the top-most Received line (the owner's own
mail server) is the contact's time when the sender's Date disagrees with it, is in the future
or before 1990; the sender's date is kept beside it and the owner is told."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from app.core.domain import Contact, Customer
from app.importing.batch_report import ImportOptions, ImportReport
from app.importing.email_message import parse_email
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock
from tests.helpers.packet_fixtures import flat, pdf_text

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _mail(
    words: str, date: str | None, received: datetime | None, msgid: str, received_text: str = ""
) -> bytes:
    lines = []
    if received is not None or received_text:
        stamp = received_text or format_datetime(received)
        lines.append(f"Received: from mail.example.com by mx.shop.example with ESMTPS; {stamp}")
        # The sender's own hops can say anything; only the top-most line is the owner's server.
        lines.append("Received: from forger by relay.example.com; Thu, 01 Jan 2015 00:00:00 +0000")
    lines += ["From: Rex Hostile <rex@example.com>", "To: owner@shop.example", "Subject: Order"]
    if date is not None:
        lines.append(f"Date: {date}")
    lines += [f"Message-ID: <{msgid}@example.com>", "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(lines) + f"\r\n\r\n{words}\r\n").encode()


def _dated_2038() -> bytes:
    """A threat the sender dated in 2038 that reached the shop on 13 November 2026."""
    return _mail(
        "You will regret this.",
        "Fri, 01 Jan 2038 00:00:00 +0000",
        datetime(2026, 11, 13, 8, tzinfo=UTC),
        "d2",
    )


def _import(services: Services, tmp_path: Path, customer: int, **mails: bytes) -> ImportReport:
    paths = []
    for name, raw in mails.items():
        path = tmp_path / f"{name}.eml"
        path.write_bytes(raw)
        paths.append(str(path))
    return services.imports.run(paths, ImportOptions(customer_id=customer))


def _contacts(services: Services, customer: int) -> list[Contact]:
    return sorted(services.contacts.page_for_customer(customer, 0, 1000), key=lambda c: c.id)


def _warnings(report: ImportReport) -> str:
    return " ".join(w for item in report.imported for w in item.warnings)


@pytest.fixture
def rex(services: Services, clock: FakeClock) -> int:
    clock.now = NOW
    return services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))


def test_a_threat_back_dated_before_the_warning_still_came_after_it(
    services: Services, rex: int, tmp_path: Path
) -> None:
    first = _mail(
        "You are useless idiots. Where is my order?",
        "Mon, 02 Nov 2026 09:00:00 +0000",
        datetime(2026, 11, 2, 9, 0, 5, tzinfo=UTC),
        "d0",
    )
    _import(services, tmp_path, rex, d0=first)
    services.actions.log(
        rex, ActionKind.WARNING, occurred_at=datetime(2026, 11, 10, 10, tzinfo=UTC)
    )
    backdated = _mail(
        "I will smash your windows, you stupid idiots.",
        "Thu, 05 Nov 2026 09:00:00 +0000",
        datetime(2026, 11, 12, 21, 14, 2, tzinfo=UTC),
        "d1",
    )
    report = _import(services, tmp_path, rex, d1=backdated)
    assert (
        "The message is dated Thu 5 Nov 2026 09:00 UTC by the sender; it reached you "
        "Thu 12 Nov 2026 21:14 UTC (the “Received” line of your mail server)." in _warnings(report)
    )
    threat = _contacts(services, rex)[-1]
    assert threat.occurred_at == datetime(2026, 11, 12, 21, 14, 2, tzinfo=UTC)
    [after] = [
        g for g in services.assessor.assess(rex).grounds if g.key == "no-change-after-warning"
    ]
    assert after.met
    assert threat.id in after.contact_ids
    # The sender's date stays beside the arrival, on the kept original the packet prints.
    text = flat(
        " ".join(pdf_text(make_packet(services, rex, PacketOptions(PacketKind.LEGAL)).pdf.data))
    )
    assert (
        "dated Thu 5 Nov 2026 09:00 UTC by the sender; it reached you Thu 12 Nov 2026 21:14" in text
    )


def test_dates_of_1970_and_2038_do_not_stretch_the_period(
    services: Services, rex: int, tmp_path: Path
) -> None:
    report = _import(
        services,
        tmp_path,
        rex,
        d2=_dated_2038(),
        d3=_mail(
            "Watch your back.",
            "Thu, 01 Jan 1970 00:00:00 +0000",
            datetime(2026, 11, 14, 8, tzinfo=UTC),
            "d3",
        ),
    )
    told = _warnings(report)
    assert (
        "dated Fri 1 Jan 2038 00:00 UTC by the sender; it reached you Fri 13 Nov 2026 08:00" in told
    )
    assert (
        "dated Thu 1 Jan 1970 00:00 UTC by the sender; it reached you Sat 14 Nov 2026 08:00" in told
    )
    assert [c.occurred_at.date().isoformat() for c in _contacts(services, rex)] == [
        "2026-11-13",
        "2026-11-14",
    ]
    text = flat(
        " ".join(pdf_text(make_packet(services, rex, PacketOptions(PacketKind.LEGAL)).pdf.data))
    )
    assert "Period covered 2026-11-13 to 2026-11-14" in text
    assert "1970" not in text.split("Certification of records")[0].replace(
        "dated Thu 1 Jan 1970", ""
    )


def test_a_burst_by_arrival_is_still_a_burst_whatever_the_dates_say(
    services: Services, rex: int, tmp_path: Path
) -> None:
    mails = {}
    for n in range(12):
        got = datetime(2026, 11, 20, 21, n, tzinfo=UTC)
        claimed = got - timedelta(days=2 * (12 - n))
        mails[f"m{n:02d}"] = _mail(
            "Where is my refund, answer me now, answer me.",
            format_datetime(claimed),
            got,
            f"b{n}",
        )
    _import(services, tmp_path, rex, **mails)
    times = [c.occurred_at for c in _contacts(services, rex)]
    assert max(times) - min(times) == timedelta(minutes=11)
    signs = " ".join(s.reason for s in services.assessor.assess(rex).signs)
    assert "the same message 12 times by email between 21:00 and 21:11" in signs


def test_honest_mail_keeps_its_own_date_and_says_nothing() -> None:
    """A Date a few minutes before the arrival (a slow server, a queue) is the sender's time."""
    found = parse_email(
        _mail(
            "Where is my order?",
            "Fri, 20 Nov 2026 22:11:40 +0100",
            datetime(2026, 11, 20, 21, 14, 2, tzinfo=UTC),
            "h1",
        )
    )
    assert found.occurred_at == datetime(2026, 11, 20, 21, 11, 40, tzinfo=UTC)
    assert found.warnings == []
    # Received lines as servers really write them: a comment after the zone, folded lines.
    folded = "\r\n\tFri, 20 Nov 2026 13:14:02 -0800 (PST)"
    found = parse_email(_mail("Hi", "Fri, 20 Nov 2026 21:12:00 +0000", None, "h2", folded))
    assert found.occurred_at == datetime(2026, 11, 20, 21, 12, tzinfo=UTC)
    assert found.warnings == []


def test_a_missing_or_unreadable_date_takes_the_arrival_not_the_files_time() -> None:
    arrived = datetime(2026, 11, 20, 21, 14, 2, tzinfo=UTC)
    for date in (None, "the day after tomorrow"):
        found = parse_email(_mail("Hi", date, arrived, "u1"))
        assert found.occurred_at == arrived
        assert found.warnings == [
            "The message's own date could not be read; the time it reached you, "
            "Fri 20 Nov 2026 21:14 UTC (the “Received” line of your mail server), was used."
        ]


@pytest.mark.parametrize(
    ("date", "why"),
    [
        ("Fri, 01 Jan 2038 00:00:00 +0000", "Fri 1 Jan 2038 00:00 UTC, in the future"),
        ("Thu, 01 Jan 1970 00:00:00 +0000", "Thu 1 Jan 1970 00:00 UTC, before 1990"),
    ],
)
def test_without_a_received_line_an_absurd_date_is_not_used_and_is_said(
    services: Services, rex: int, tmp_path: Path, date: str, why: str
) -> None:
    saved = tmp_path / "saved.eml"
    saved.write_bytes(_mail("You will regret this.", date, None, "n1"))
    # The day the owner saved it from his mail program: the time that stands until he corrects it.
    on_disk = datetime(2026, 11, 14, 8, tzinfo=UTC)
    os.utime(saved, (on_disk.timestamp(), on_disk.timestamp()))
    report = services.imports.run([str(saved)], ImportOptions(customer_id=rex))
    told = f"The sender dated this message {why}, and no “Received” line says when it reached "
    assert told in _warnings(report)
    [contact] = _contacts(services, rex)
    assert contact.occurred_at == on_disk


def test_the_kept_mails_note_does_not_say_it_could_not_be_read(
    services: Services, rex: int, tmp_path: Path
) -> None:
    # The note on the kept original is printed in the packet: the sender's date is a fact
    # noted at import, not a failure to read the mail.
    _import(
        services,
        tmp_path,
        rex,
        d2=_dated_2038(),
    )
    (contact,) = _contacts(services, rex)
    notes = " ".join(a.note for a in services.contacts.attachments(contact.id))
    assert "dated Fri 1 Jan 2038" in notes
    assert "Could not be read" not in notes and "Noted at import:" in notes


def _warned_on(services: Services, customer: int, at: datetime) -> None:
    services.actions.log(customer, ActionKind.WARNING, occurred_at=at)


def _after_warning(services: Services, customer: int) -> bool:
    [after] = [
        g for g in services.assessor.assess(customer).grounds if g.key == "no-change-after-warning"
    ]
    return after.met


def test_a_sender_who_names_his_machine_fetchmail_does_not_choose_the_time(
    services: Services, rex: int, tmp_path: Path
) -> None:
    """Only the part of a Received line the receiving side wrote ("by … with POP3") marks a
    line written by a mail program fetching mail; the "from" clause is the sender's word."""
    first = _mail(
        "Where is my order?",
        "Fri, 20 Nov 2026 08:00:00 +0000",
        datetime(2026, 11, 20, 8, 0, 5, tzinfo=UTC),
        "e0",
    )
    _import(services, tmp_path, rex, e0=first)
    _warned_on(services, rex, datetime(2026, 11, 20, 12, tzinfo=UTC))
    forged = (
        b"Received: from fetchmail.mail.example (fetchmail.mail.example [198.51.100.7]) by "
        b"mx.halebikes.example with ESMTPS id B1; Fri, 20 Nov 2026 15:00:11 +0000\r\n"
        b"Received: from laptop.mail.example by smtp.mail.example with ESMTP id Z9; "
        b"Fri, 20 Nov 2026 09:00:00 +0000\r\n"
        b"From: Rex Hostile <rex@example.com>\r\nTo: owner@shop.example\r\nSubject: Last\r\n"
        b"Date: Fri, 20 Nov 2026 09:00:00 +0000\r\nMessage-ID: <e1@example.com>\r\n\r\n"
        b"I know where you live. I will burn your shop down tonight.\r\n"
    )
    report = _import(services, tmp_path, rex, e1=forged)
    threat = _contacts(services, rex)[-1]
    assert threat.occurred_at == datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC)
    assert "it reached you Fri 20 Nov 2026 15:00 UTC" in _warnings(report)
    assert _after_warning(services, rex)
    # "with POP3" in the sender's "from" clause is his word too.
    helo = forged.replace(b"fetchmail.mail.example (", b"x with POP3 (").replace(b"e1@", b"e2@")
    assert parse_email(helo).occurred_at == datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC)


def test_fetchmail_and_pop3_lines_written_by_the_receiving_side_are_still_passed_over() -> None:
    for by in (
        "by localhost with POP3 (fetchmail-6.4.37) for <anna@localhost> (single-drop)",
        "by mx.google.com with IMAP id x1 for <anna@gmail.example>",
    ):
        raw = (
            f"Received: from pop.halebikes.example [203.0.113.4] {by}; "
            "Thu, 26 Nov 2026 10:00:00 -0800\n"
            "Received: from mail.example.net by mx.halebikes.example (Postfix) with ESMTPS; "
            "Mon, 2 Nov 2026 09:00:00 +0000\n"
            "From: Rick <rick@example.net>\nTo: anna@halebikes.example\nSubject: Bike\n"
            "Date: Mon, 02 Nov 2026 08:59:00 +0000\nMessage-ID: <f2@example.net>\n\nHello.\n"
        )
        found = parse_email(raw.encode(), "bike.eml")
        assert found.occurred_at == datetime(2026, 11, 2, 8, 59, tzinfo=UTC)
        assert found.warnings == []


def test_a_date_hours_before_the_arrival_cannot_put_a_threat_before_the_warning(
    services: Services, rex: int, tmp_path: Path
) -> None:
    """Within the old four hours the sender's Date was logged silently: a threat that reached
    the owner at 15:00 stood before her 12:00 warning. The arrival is logged, the Date beside it."""
    _import(
        services,
        tmp_path,
        rex,
        f0=_mail(
            "Where is my order?",
            "Fri, 20 Nov 2026 08:00:00 +0000",
            datetime(2026, 11, 20, 8, 0, 5, tzinfo=UTC),
            "f0",
        ),
    )
    _warned_on(services, rex, datetime(2026, 11, 20, 12, tzinfo=UTC))
    report = _import(
        services,
        tmp_path,
        rex,
        f1=_mail(
            "I know where you live. I will burn your shop down tonight.",
            "Fri, 20 Nov 2026 11:05:00 +0000",
            datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC),
            "f1",
        ),
    )
    threat = _contacts(services, rex)[-1]
    assert threat.occurred_at == datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC)
    assert (
        "The message is dated Fri 20 Nov 2026 11:05 UTC by the sender; it reached you "
        "Fri 20 Nov 2026 15:00 UTC" in _warnings(report)
    )
    assert _after_warning(services, rex)


def test_a_date_minutes_before_the_arrival_or_a_clock_a_little_fast_is_kept() -> None:
    arrived = datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC)
    for date, logged in (
        ("Fri, 20 Nov 2026 14:47:00 +0000", datetime(2026, 11, 20, 14, 47, tzinfo=UTC)),
        ("Fri, 20 Nov 2026 15:03:00 +0000", datetime(2026, 11, 20, 15, 3, tzinfo=UTC)),
    ):
        found = parse_email(_mail("Hi", date, arrived, "g1"))
        assert (found.occurred_at, found.warnings) == (logged, [])
    # A clock an hour fast is not one a little fast: the arrival is logged.
    late = parse_email(_mail("Hi", "Fri, 20 Nov 2026 16:10:00 +0000", arrived, "g2"))
    assert late.occurred_at == arrived


def test_the_note_names_its_zone_and_utc_so_a_packet_in_another_zone_agrees(
    services: Services, rex: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Imported on a laptop in New York, the packet read in London.
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    report = _import(
        services,
        tmp_path,
        rex,
        z1=_mail(
            "You will regret this.",
            "Fri, 20 Nov 2026 09:00:00 +0000",
            datetime(2026, 11, 20, 15, 0, 11, tzinfo=UTC),
            "z1",
        ),
    )
    said = (
        "The message is dated Fri 20 Nov 2026 04:00 UTC-05:00 (09:00 UTC) by the sender; it "
        "reached you Fri 20 Nov 2026 10:00 UTC-05:00 (15:00 UTC) (the “Received” line"
    )
    assert said in _warnings(report)
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    text = flat(
        " ".join(pdf_text(make_packet(services, rex, PacketOptions(PacketKind.LEGAL)).pdf.data))
    )
    assert "it reached you Fri 20 Nov 2026 10:00 UTC-05:00 (15:00 UTC)" in text
