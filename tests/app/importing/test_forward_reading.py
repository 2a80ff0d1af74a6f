"""Reading a forward as mail programs write it: a reply's header block is not a forward (only
a forward's subject makes Outlook's block one), and the forwarded date is read in English,
German, French and Spanish, in the forwarder's zone when it gives none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.importing.forwards import inline_forward, read_date

BLOCK = (
    "Fine.\n\n________________________________\nFrom: Rex <rex@mail.example>\n"
    "Sent: Monday, November 23, 2026 10:14 PM\nTo: shop@example.com\nSubject: Bike\n\nPay up.\n"
)
PARIS = timezone(timedelta(hours=1))


@pytest.mark.parametrize("subject", ["RE: Bike", "Bike", "RE: FW: Bike"])
def test_an_outlook_reply_block_is_not_a_forward(subject: str) -> None:
    assert inline_forward(BLOCK, subject, UTC) is None


@pytest.mark.parametrize("subject", ["FW: Bike", "WG: Bike", "TR: Bike", "RV: Bike", "Fwd: Bike"])
def test_the_same_block_under_a_forwards_subject_is_the_forwarded_message(subject: str) -> None:
    found = inline_forward(BLOCK, subject, UTC)
    assert found is not None
    assert (found.note, found.sender_address, found.text) == (
        "Fine.",
        "rex@mail.example",
        "Pay up.",
    )


@pytest.mark.parametrize(
    "written",
    [
        "Mon, 23 Nov 2026 at 22:14",
        "Monday, November 23, 2026 10:14 PM",
        "Mo., 23. Nov. 2026 um 22:14 Uhr",
        "Montag, 23. November 2026 22:14",
        "lundi 23 novembre 2026 22:14",
        "lun. 23 nov. 2026 à 22:14",
        "lunes, 23 de noviembre de 2026 22:14",
        "lun, 23 nov 2026 a las 22:14",
        "Mon, 23 Nov 2026 22:14:00 +0100",
    ],
)
def test_a_forwarded_date_is_read_in_the_forwarders_zone(written: str) -> None:
    assert read_date(written, PARIS) == datetime(2026, 11, 23, 22, 14, tzinfo=PARIS)
