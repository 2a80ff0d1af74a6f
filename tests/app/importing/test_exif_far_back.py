"""The sender of a photo does not choose the day the packet says the customer made contact: an
EXIF time long before the customer's first contact (with none known, years before today) is not
used; the owner is told the photo's date, and the file's time stands until they change it."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from PIL import Image

from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.importing.exif_time import exif_time
from app.importing.files import capture_note
from app.importing.images import default_image_details, file_time
from app.services import Services

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
FIRST_CONTACT = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _photo(path: Path, original: str) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = original
    Image.new("RGB", (32, 24), (90, 90, 200)).save(path, "JPEG", exif=exif.tobytes())
    os.utime(path, (1_780_000_000, 1_780_000_000))  # 28 May 2026, the file's time
    return path


def _taken(original: str, first_contact: datetime | None = None) -> tuple[datetime | None, str]:
    got = exif_time({}, {0x9003: original, 0x9011: "+00:00"}, NOW, first_contact)
    return got.moment, got.note


def test_a_photo_of_1999_is_not_the_contact_time_and_the_owner_is_told(
    tmp_path: Path, london: None, services: Services
) -> None:
    path = _photo(tmp_path / "photo-1999.jpg", "1999:01:01 00:00:00")
    details = default_image_details(str(path))
    assert details.captured_from == "file time"
    assert details.captured_at == file_time(str(path))
    told = (
        "The photo says it was taken on Fri 1 Jan 1999 00:00, more than ten years before today: "
        "a camera clock set wrong, or an older picture. It was not used as the time of the "
        "contact."
    )
    assert details.captured_note == told
    # The packet's note on the kept file says what was used and what the photo said.
    assert "(file time). " + told in capture_note(details)
    customer = services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    services.imports.run([str(path)], ImportOptions(customer_id=customer))
    [contact] = services.contacts.page_for_customer(customer, 0, 10)
    assert contact.occurred_at == file_time(str(path))


def test_far_before_the_customers_first_contact_is_refused_close_before_it_is_kept() -> None:
    moment, note = _taken("2025:06:01 10:00:00", FIRST_CONTACT)
    assert moment is None
    assert "more than a year before the customer's first contact (Mon 2 Nov 2026)" in note
    # The damage photographed a few weeks before the owner started logging: the photo's time.
    moment, note = _taken("2026:10:01 10:00:00", FIRST_CONTACT)
    assert moment == datetime(2026, 10, 1, 10, tzinfo=timezone(timedelta(0)))
    assert note == ""


def test_a_photo_of_last_year_keeps_its_own_time_when_no_contact_is_known() -> None:
    moment, note = _taken("2025:06:01 10:00:00")
    assert moment == datetime(2025, 6, 1, 10, tzinfo=UTC)
    assert note == ""
