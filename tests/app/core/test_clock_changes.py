"""What a local time names on the night the clocks change, in zones set here (zoneinfo):
two readings when it happened twice, the likely time when it never happened, one otherwise."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from app.core.clock import parse_user_time
from app.core.clock_changes import clock_change, read_local


@pytest.mark.parametrize(
    ("zone", "wall", "line", "instants"),
    [
        (
            "Pacific/Auckland",
            datetime(2026, 4, 5, 2, 30),
            "02:30 happens twice on 5 April (clocks go back): the first time (NZDT, UTC+13) or "
            "the second (NZST, UTC+12)?",
            (datetime(2026, 4, 4, 13, 30, tzinfo=UTC), datetime(2026, 4, 4, 14, 30, tzinfo=UTC)),
        ),
        (
            # Lord Howe Island moves its clocks by half an hour.
            "Australia/Lord_Howe",
            datetime(2026, 4, 5, 1, 45),
            "01:45 happens twice on 5 April (clocks go back): the first time (UTC+11) or the "
            "second (UTC+10:30)?",
            (datetime(2026, 4, 4, 14, 45, tzinfo=UTC), datetime(2026, 4, 4, 15, 15, tzinfo=UTC)),
        ),
    ],
)
def test_a_repeated_time_names_both_readings_in_time_order(
    zone: str, wall: datetime, line: str, instants: tuple[datetime, datetime]
) -> None:
    change = clock_change(wall, ZoneInfo(zone))
    assert change is not None and change.repeated
    assert change.question() == line
    assert tuple(r.astimezone(UTC) for r in change.readings) == instants


def test_a_skipped_time_offers_the_time_it_most_likely_means() -> None:
    change = clock_change(datetime(2026, 3, 8, 2, 30), ZoneInfo("America/New_York"))
    assert change is not None and not change.repeated
    assert change.question() == (
        "02:30 does not exist on 8 March: the clocks went forward from 02:00 to 03:00. "
        "Did you mean 03:30 (EDT, UTC−4)?"
    )


@pytest.mark.parametrize(
    "wall", [datetime(2026, 11, 1, 0, 59), datetime(2026, 11, 1, 2, 0), datetime(2026, 7, 1)]
)
def test_an_ordinary_time_names_one_moment_and_needs_no_note(wall: datetime) -> None:
    zone = ZoneInfo("America/New_York")
    assert clock_change(wall, zone) is None
    moment, note = read_local(wall, zone)
    assert moment == wall.replace(tzinfo=zone) and note == ""


@pytest.mark.parametrize(
    ("typed", "instant"),
    [("2026-11-01 01:30-05:00", datetime(2026, 11, 1, 6, 30, tzinfo=UTC)),
     ("2026-11-01T01:30-04:00", datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
     ("2026-11-01T06:30Z", datetime(2026, 11, 1, 6, 30, tzinfo=UTC))],
)  # fmt: skip
def test_a_time_typed_with_its_offset_is_taken_as_it_is(typed: str, instant: datetime) -> None:
    assert parse_user_time(typed) == instant
