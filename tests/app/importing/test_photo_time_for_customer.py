"""A photo's own date long before its customer's first contact is not the contact's time: the
batch, which knows whose photo it is, refuses it, uses the file's time and tells the owner, in
the report and on the command line."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.application import open_services
from app.core.clock import english_day
from app.core.domain import Customer
from app.importing.batch_report import ImportOptions
from app.importing.images import default_image_details, file_time
from app.services import Services
from tests.app.importing.test_cli_import import steady_import
from tests.helpers.fixtures import inbound
from tests.helpers.import_fixtures import write_image

FIRST_CONTACT = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
FILE_TIME = 1_780_000_000  # 28 May 2026


def _photo(path: Path, taken: str) -> Path:
    write_image(path, taken, "+00:00")
    os.utime(path, (FILE_TIME, FILE_TIME))
    return path


def _customer_since(services: Services, first: datetime) -> int:
    customer = services.customers.add(Customer(name="Rex Hostile", emails=("rex@example.com",)))
    services.contacts.log(customer, inbound("Where is my refund?", first))
    return customer


def test_a_photo_from_years_before_the_first_contact_is_not_the_contact_time(
    tmp_path: Path, services: Services
) -> None:
    customer = _customer_since(services, FIRST_CONTACT)
    # Three years back: within the ten years any photo may go back, so it was read as taken.
    path = _photo(tmp_path / "damage.jpg", "2023:06:01 10:00:00")
    assert default_image_details(str(path)).captured_from == "EXIF"
    report = services.imports.run([str(path)], ImportOptions(customer_id=customer))
    [item] = report.imported
    assert item.warnings == (
        "The photo says it was taken on Thu 1 Jun 2023 10:00, more than a year before the "
        "customer's first contact (Thu 1 Oct 2026): a camera clock set wrong, or an older "
        "picture. It was not used as the time of the contact.",
    )
    photo = services.contacts.get(item.contact_id)
    assert photo.occurred_at == file_time(str(path))
    [kept] = services.contacts.attachments(item.contact_id)
    assert "It was not used as the time of the contact." in kept.note


def test_a_photo_taken_weeks_before_the_first_contact_keeps_its_own_time(
    tmp_path: Path, services: Services
) -> None:
    customer = _customer_since(services, FIRST_CONTACT)
    path = _photo(tmp_path / "damage.jpg", "2026:09:10 10:00:00")
    report = services.imports.run([str(path)], ImportOptions(customer_id=customer))
    [item] = report.imported
    assert item.warnings == ()
    taken = services.contacts.get(item.contact_id).occurred_at
    assert taken == datetime(2026, 9, 10, 10, tzinfo=UTC)


def test_the_command_line_says_when_a_photos_date_was_refused(tmp_path: Path) -> None:
    db = tmp_path / "steady.db"
    services = open_services(db)
    first = datetime.now(UTC) - timedelta(days=30)
    customer = _customer_since(services, first)
    services.close()
    too_early = _photo(tmp_path / "old.jpg", f"{first.year - 3}:06:01 10:00:00")
    other_decade = _photo(tmp_path / "older.jpg", "1999:01:01 00:00:00")
    done = steady_import(db, str(too_early), str(other_decade), "--customer", str(customer))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    [told] = [line for line in lines if line.startswith("  warning: old.jpg: ")]
    assert told.endswith(
        "more than a year before the customer's first contact "
        f"({english_day(first.astimezone())}): a camera clock set wrong, or an older picture. "
        "It was not used as the time of the contact."
    )
    assert (
        "  warning: older.jpg: The photo says it was taken on Fri 1 Jan 1999 00:00, more than "
        "ten years before today: a camera clock set wrong, or an older picture. It was not used "
        "as the time of the contact."
    ) in lines
