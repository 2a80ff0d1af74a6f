"""A sign quotes a long message in a line around the words that made it a threat. The words
Steady's check found are looked for in the sign's excerpt as a reader reads it: on across a
line break and a wrapped quote's "> " marks, so the threat stays in view; never from one
paragraph into the next, where the words were not written together."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Channel, Direction
from app.packets.contact_data import PacketContact
from app.packets.packet_signs import told

FILLER = (
    "I ordered the blue lamp three weeks ago and it still has not come, and nobody answers the "
    "phone when I call your shop in the morning."
)


def _contact(text: str) -> PacketContact:
    return PacketContact(
        id=1,
        occurred_at=datetime(2026, 11, 23, 22, 14, tzinfo=UTC),
        zone="+00:00",
        channel=Channel.EMAIL,
        direction=Direction.INBOUND,
        text=text,
        categories=(Category.THREAT_PHYSICAL,),
    )


@pytest.mark.parametrize(
    "shown",
    [
        "…in the morning. I know where\nyou live. I ordered the blue lamp…",
        "…in the morning.\n> I know where\n> you live. I ordered the blue lamp…",
        "…in the morning. I know where\r\n>> you live. I ordered the blue lamp…",
    ],
    ids=["line break", "wrapped quote", "quote in a quote"],
)
def test_a_threat_split_across_lines_stays_in_view(shown: str) -> None:
    printed = _contact(f"{FILLER}\nI know where\nyou live.\n{FILLER}")

    quoted = told(printed, shown).text

    assert "I know where you live" in quoted
    assert quoted.startswith("…") and quoted.endswith("…"), quoted
    assert len(quoted) < len(" ".join(printed.text.split()))


def test_words_are_never_joined_across_paragraphs() -> None:
    printed = _contact(f"{FILLER}\nI know where\nyou live.\n{FILLER}")

    quoted = told(printed, "…in the morning. I know where\n\n> you live. I ordered…").text

    # Not narrowed to words the excerpt does not hold together: the message as it was.
    assert quoted == " ".join(printed.text.split())
