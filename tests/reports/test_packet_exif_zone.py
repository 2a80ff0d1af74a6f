"""A capture time read from a photo's EXIF says, in the packet, whether the photo gave its own
time zone or only the camera's clock (read as local time): a reader must not take Steady's
reading of the zone for the photo's. Told from the stored file itself, so a photo logged before
Steady noted it on the file is told as plainly."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, Customer
from app.importing.files import capture_note
from app.importing.images import default_image_details
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

POSTED = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
NO_ZONE = (
    "2026-07-01 14:02 UTC+01:00 (EXIF: taken 14:02 by the camera's own clock, no time zone in "
    "the file, read as local time)"
)
OWN_ZONE = "2026-07-01 14:02 UTC+09:00 (EXIF: the photo's own time zone, UTC+09:00)"


def _photo(offset: str | None) -> bytes:
    exif = Image.Exif()
    tags = exif.get_ifd(0x8769)
    tags[0x9003] = "2026:07:01 14:02:00"
    if offset is not None:
        tags[0x9011] = offset
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 90, 90)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def _packet_text(services: Services, photo: bytes, note: str) -> str:
    customer = services.customers.add(Customer(name="Tasha Morrow", emails=("t@example.com",)))
    services.contacts.log(
        customer,
        inbound(
            "Worst shop in town, avoid.",
            POSTED,
            channel=Channel.SOCIAL,
            categories=(Category.HARASSMENT_SOCIAL,),
            url="https://x.com/tmorrow/status/1",
        ),
        [NewAttachment("post-shot.jpg", photo, "image/jpeg", note)],
    )
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    return flat("\n".join(pdf_text(made.pdf.data)))


def _imported_note(photo: bytes, tmp_path: object) -> str:
    path = tmp_path / "shot.jpg"  # type: ignore[operator]
    path.write_bytes(photo)
    return capture_note(default_image_details(str(path)))


def test_a_photo_with_no_time_zone_says_its_time_is_the_cameras_clock_read_as_local(
    services: Services, london: None, tmp_path: object
) -> None:
    photo = _photo(None)
    text = _packet_text(services, photo, _imported_note(photo, tmp_path))
    # On the exhibit's own page and in the post's facts.
    assert text.count(NO_ZONE) >= 2, text
    assert "14:02 UTC+01:00 (EXIF)" not in text
    index = text.rsplit("Exhibit index", 1)[1].split("Exhibit 1 —", 1)[0]
    assert "2026-07-01 (EXIF, no time zone)" in index


def test_a_photo_with_its_own_time_zone_says_which(
    services: Services, london: None, tmp_path: object
) -> None:
    photo = _photo("+09:00")
    text = _packet_text(services, photo, _imported_note(photo, tmp_path))
    assert text.count(OWN_ZONE) >= 2, text
    assert "14:02 UTC+09:00 (EXIF)" not in text and "no time zone" not in text


@pytest.mark.parametrize("offset", [None, "+09:00"])
def test_a_photo_logged_before_steady_noted_the_zone_is_told_from_the_file(
    services: Services, london: None, offset: str | None
) -> None:
    # The note as Steady wrote it before it told the owner of a missing zone.
    at = "2026-07-01T14:02:00+01:00" if offset is None else "2026-07-01T14:02:00+09:00"
    text = _packet_text(
        services, _photo(offset), f"The file exactly as imported. Captured {at} (EXIF)."
    )
    assert text.count(NO_ZONE if offset is None else OWN_ZONE) >= 2
