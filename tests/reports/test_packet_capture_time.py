""" "Captured" in a packet is only a capture time the owner entered or the file gave; a file
with none says "capture time not recorded (stored in Steady on …)", in the exhibit index, on
the exhibit's own page and in the public-posts table alike."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, Customer
from app.importing.files import capture_note
from app.importing.images import ImageDetails
from app.packets.assembly import PacketOptions
from app.packets.capture_time import capture_in_note
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from reports.legal_signs import MANY_POSTS
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text, png

STORED = datetime(2026, 11, 27, 9, 17, tzinfo=UTC)
POSTED = datetime(2026, 10, 17, 14, 0, tzinfo=UTC)
SHOT = datetime(2026, 10, 17, 15, 0, tzinfo=UTC)


MANY = MANY_POSTS + 1


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _posts(services: Services, clock: FakeClock, note: str, count: int = 1) -> int:
    """`count` posts, each with its screenshot (many are printed as one table)."""
    clock.now = STORED
    customer = services.customers.add(Customer(name="Tasha Morrow", emails=("t@example.com",)))
    for number in range(count):
        services.contacts.log(
            customer,
            inbound(
                f"Worst shop in town, avoid ({number}).",
                POSTED,
                channel=Channel.SOCIAL,
                categories=(Category.HARASSMENT_SOCIAL,),
                url=f"https://x.com/tmorrow/status/{number}",
            ),
            [NewAttachment("post-shot.png", png(colour=f"#d040{number:02d}"), "image/png", note)],
        )
    return customer


def _text(services: Services, customer: int) -> str:
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    return flat("\n".join(pdf_text(made.pdf.data)))


def test_the_files_own_capture_time_is_the_one_printed_everywhere(
    services: Services, clock: FakeClock
) -> None:
    note = capture_note(ImageDetails(captured_at=SHOT, captured_from="file time"))
    text = _text(services, _posts(services, clock, note))
    # The exhibit's page and the post's own facts; the index's narrow column gives the day.
    assert text.count("2026-10-17 15:00 UTC+00:00 (file time)") >= 2
    index = text.rsplit("Exhibit index", 1)[1].split("Exhibit 1 —", 1)[0]
    assert "2026-10-17 (file time)" in index
    assert "Captured 2026-10-17 15:00 UTC+00:00 (file time)" in text
    # The day it was stored is never called its capture time.
    assert "Captured (stored in Steady)" not in text
    assert "captured 2026-11-27" not in text.lower() and "Captured 2026-11-27" not in text


def test_many_posts_say_their_capture_time_in_the_table(
    services: Services, clock: FakeClock
) -> None:
    note = capture_note(ImageDetails(captured_at=SHOT, captured_from="EXIF"))
    text = _text(services, _posts(services, clock, note, MANY))
    assert text.count("captured 2026-10-17 15:00 UTC+00:00 (EXIF)") == MANY


@pytest.mark.parametrize("count", [1, MANY])
def test_a_file_with_no_capture_time_says_so_and_when_it_was_stored(
    services: Services, clock: FakeClock, count: int
) -> None:
    text = _text(
        services, _posts(services, clock, "Screenshot taken when the post was found", count)
    )
    told = "capture time not recorded (stored in Steady on 2026-11-27 09:17 UTC+00:00)"
    # Each post's exhibit on its own page and in the posts (facts or table); the index's
    # narrow column says "not recorded" (seven lines in full).
    assert text.count(told) >= 2 * count
    index = text.rsplit("Exhibit index", 1)[1].split("Exhibit 1 —", 1)[0]
    assert "not recorded" in index and told not in index
    assert "captured 2026-11-27" not in text.lower()


@pytest.mark.parametrize(
    "note",
    [
        "Captured yesterday (file time).",  # a time nobody can read
        "Captured 2026-10-17T15:00:00 (file time).",  # no zone: which 15:00?
        "Captured 2026-10-17 (roughly).",  # the owner's own words, not the importer's
    ],
)
def test_a_note_that_only_looks_like_a_capture_time_is_not_one(note: str) -> None:
    assert capture_in_note(note) == (None, "")
