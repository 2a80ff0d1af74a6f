"""A Hebrew or Arabic word is found with a particle written onto it, as the threat rules
already find it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 8, 10, 0, tzinfo=UTC)
HEBREW = "אם לא תחזירו את הכסף אני אפנה למשטרה ולעורך דין"
ARABIC = "إذا لم تعيدوا المال سأذهب إلى المحامي والشرطة"


@pytest.mark.parametrize("prefix", [False, True])
@pytest.mark.parametrize(
    ("typed", "text", "marked"),
    [
        ("משטרה", HEBREW, "ל\x02משטרה\x03"),
        ("עורך דין", HEBREW, "ול\x02עורך\x03 \x02דין\x03"),
        ("الشرطة", ARABIC, "و\x02الشرطة\x03"),
        ("شرطة", ARABIC, "وال\x02شرطة\x03"),
    ],
)
def test_a_word_with_a_particle_written_on_is_found(
    services: Services, customer_id: int, typed: str, text: str, marked: str, prefix: bool
) -> None:
    services.contacts.log(customer_id, inbound(HEBREW, AT))
    services.contacts.log(customer_id, inbound(ARABIC, AT.replace(hour=11)))
    hits = [hit for hit in services.search(typed, prefix=prefix) if hit.kind == "contact"]
    assert len(hits) == 1
    assert marked in hits[0].snippet
