"""Ledger entries dated out of the ledger's order: a clock put right by a few seconds is not
worth a word, and when the clock ran ahead for a while the entries it misdated are the ones
named, in verify's note and in the packet's integrity statement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.application import open_services
from app.core.domain import Category, Customer
from app.log.verify import describe, verify_log
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from storage.entry_dates import EntryDates
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

OCT_5 = datetime(2026, 10, 5, 11, 0, 5, tzinfo=UTC)


def _notes(*moments: datetime) -> list[str]:
    notes: list[str] = []
    dates = EntryDates(notes)
    for seq, moment in enumerate(moments, start=1):
        dates.follow(seq, moment.isoformat())
    dates.end()
    return notes


def test_a_clock_put_right_by_seconds_or_a_few_minutes_is_not_noted(
    db_path: Path, clock: FakeClock
) -> None:
    clock.now = OCT_5
    services = open_services(db_path, clock)
    try:
        carl = services.customers.add(Customer(name="Carl Crank"))
        services.contacts.log(
            carl,
            inbound(
                "I will burn your shop down.",
                datetime(2026, 10, 5, 10, 50, tzinfo=UTC),
                categories=(Category.THREAT_VANDALISM,),
                severity=5,
            ),
        )
        clock.now = OCT_5 - timedelta(seconds=2)  # network time steps the clock back
        services.contacts.log(carl, inbound("Pay up.", datetime(2026, 10, 5, 10, 55, tzinfo=UTC)))
        clock.now = datetime(2026, 11, 27, 16, tzinfo=UTC)
        report = verify_log(services.store)
        made = make_packet(services, carl, PacketOptions(PacketKind.LEGAL))
    finally:
        services.close()

    assert report.ok and report.notes == []
    assert "Note:" not in describe(report)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert made.data.integrity.verified
    assert "clock" not in text
    assert _notes(OCT_5, OCT_5 - timedelta(minutes=4, seconds=59), OCT_5) == []


def test_entries_written_while_the_clock_ran_ahead_are_the_ones_named(
    db_path: Path, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 10, 5, 8, 0, tzinfo=UTC)
    services = open_services(db_path, clock)
    try:
        carl = services.customers.add(Customer(name="Carl Crank"))
        services.contacts.log(carl, inbound("first", clock.now - timedelta(minutes=5)))
        # Just after boot, before time sync: ten hours ahead for one contact (entries 4-5).
        clock.now = datetime(2026, 10, 6, 18, 1, tzinfo=UTC)
        logged = datetime(2026, 10, 6, 7, 50, tzinfo=UTC)
        services.contacts.log(carl, inbound("logged just after boot", logged))
        clock.now = datetime(2026, 10, 6, 8, 5, tzinfo=UTC)
        for number in range(4):
            clock.now += timedelta(hours=2)
            services.contacts.log(carl, inbound(f"later {number}", clock.now))
        report = verify_log(services.store)
        clock.now = datetime(2026, 11, 27, 16, tzinfo=UTC)
        made = make_packet(services, carl, PacketOptions(PacketKind.LEGAL))
    finally:
        services.close()

    note = (
        "Ledger entries 4–5 (recording contact #2) are dated 6 Oct 2026 18:01 UTC, later than "
        "entry 6, written after "
        "them (6 Oct 2026 10:05 UTC): the computer's clock was probably ahead when they were "
        "written. Nothing was changed; the ledger's order is the true order, so they were "
        "written after entry 3 (5 Oct 2026 08:00 UTC) and before entry 6, whatever the date "
        "says."
    )
    assert report.ok
    assert report.notes == [note]
    assert describe(report).endswith(" Note: " + note)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert made.data.integrity.verified
    assert note in text
    assert "set back" not in text


def test_a_clock_set_back_names_the_entries_after_it_with_their_own_dates() -> None:
    oct_2 = datetime(2026, 10, 2, 12, 0, tzinfo=UTC)
    nov_2 = datetime(2026, 11, 2, 15, 30, tzinfo=UTC)
    moments = [nov_2] * 4 + [oct_2, oct_2, oct_2 + timedelta(hours=3)]
    assert _notes(*moments, nov_2 + timedelta(days=1)) == [
        "Ledger entries 5–7 are dated 2 Oct 2026 12:00 UTC to 2 Oct 2026 15:00 UTC, earlier "
        "than entry 4 (2 Nov 2026 15:30 UTC): the computer's clock was probably set back when "
        "they were written. Nothing was changed; the ledger's order is the true order, so they "
        "were written after entry 4, whatever the date says."
    ]
    # Set back a few minutes more than network time would: worth a word.
    assert _notes(OCT_5, OCT_5 - timedelta(minutes=6)) == [
        "Ledger entry 2 is dated 5 Oct 2026 10:54 UTC, earlier than entry 1 (5 Oct 2026 11:00 "
        "UTC): the computer's clock was probably set back when it was written. Nothing was "
        "changed; the ledger's order is the true order, so it was written after entry 1, "
        "whatever the date says."
    ]
