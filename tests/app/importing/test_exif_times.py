"""A photo's own capture time: exact with its EXIF offset, else read as the owner's local time
and said so; a date no camera could have meant never becomes a moment."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from app.importing.files import capture_note
from app.importing.images import default_image_details, file_time


def _photo(path: Path, original: object, offset: object = None) -> Path:
    exif = Image.Exif()
    tags = exif.get_ifd(0x8769)
    tags[0x9003] = original
    if offset is not None:
        tags[0x9011] = offset
    Image.new("RGB", (32, 24), (90, 90, 200)).save(path, "JPEG", exif=exif.tobytes())
    os.utime(path, (1_780_000_000, 1_780_000_000))  # 28 May 2026, the file's time
    return path


def test_the_offset_the_phone_wrote_makes_the_time_exact(tmp_path: Path, london: None) -> None:
    details = default_image_details(
        str(_photo(tmp_path / "a.jpg", "2026:07:01 14:00:00", "+09:00"))
    )
    assert details.captured_from == "EXIF"
    assert details.captured_at == datetime(2026, 7, 1, 14, tzinfo=timezone(timedelta(hours=9)))
    assert details.captured_note == ""


def test_without_an_offset_the_time_is_local_and_the_owner_is_told(
    tmp_path: Path, london: None
) -> None:
    details = default_image_details(str(_photo(tmp_path / "a.jpg", "2026:07:01 14:00:00")))
    assert details.captured_from == "EXIF"
    assert details.captured_at == datetime(2026, 7, 1, 13, tzinfo=UTC)  # 14:00 BST
    assert "no time zone" in details.captured_note
    assert "your local time (UTC+01:00)" in details.captured_note
    assert "no time zone" in capture_note(details)  # kept on the file in the log too


def test_a_local_time_that_happened_twice_says_which_was_taken(
    tmp_path: Path, london: None
) -> None:
    details = default_image_details(str(_photo(tmp_path / "a.jpg", "2026:10:25 01:30:00")))
    assert details.captured_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert "happened twice" in details.captured_note


def test_an_offset_no_zone_has_is_not_used(tmp_path: Path, london: None) -> None:
    details = default_image_details(
        str(_photo(tmp_path / "a.jpg", "2026:07:01 14:00:00", "+25:00"))
    )
    assert details.captured_at == datetime(2026, 7, 1, 13, tzinfo=UTC)
    assert "no time zone" in details.captured_note


@pytest.mark.parametrize(
    "original",
    [
        "0000:00:00 00:00:00",
        "2024:13:45 99:00:00",
        "    :  :     :  :  ",
        "1970:01:01 00:00:00",  # a camera whose clock was never set
        "2099:01:01 00:00:00",  # a clock set years ahead
        "令和6年5月1日 10:00",
        "２０２４:０５:０１ １０:００:００".encode("shift_jis"),
        "٢٠٢٤:٠٥:٠١ ١٠:٠٠:٠٠",
    ],
)
def test_a_date_that_cannot_be_right_offers_the_file_time_and_says_why(
    tmp_path: Path, london: None, original: object
) -> None:
    path = _photo(tmp_path / "a.jpg", original)
    details = default_image_details(str(path))
    assert details.captured_from == "file time"
    assert details.captured_at == file_time(str(path))
    assert "is not a real date" in details.captured_note
