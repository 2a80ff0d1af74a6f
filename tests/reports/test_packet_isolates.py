"""A customer's or the owner's words in another script inside one of the packet's English lines
read in their own direction and leave the line's order alone: the date and "#1" after an Arabic
note stay at the right end of the line, where an English reader looks for them."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.pdf_reading import actual_texts, drawn_runs

NOTE = "قال إنه سيقاضينا أمام المحكمة"  # Sam's note of a call, written down in Arabic
QUOTE = "אני אשבור לך את החלון"  # the customer's own words, in Hebrew


def _sign_line(data: bytes, title: str) -> list[str]:
    """The drawn runs of the sign's line, left to right as a reader's eye meets them (Arabic
    folded from its shaped forms)."""
    runs = drawn_runs(data)
    lines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for page, x, y, _, text in runs:
        lines.setdefault((page, y), []).append((x, unicodedata.normalize("NFKC", text).strip()))
    for line in lines.values():
        words = [text for _, text in sorted(line)]
        if " ".join(words).startswith(f"• {title}:"):
            return words
    raise AssertionError(f"no line for {title}")


def _is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in word)


@pytest.fixture
def customer(services: Services) -> int:
    customer_id = services.customers.add(Customer(name="Karim Haddad", emails=("k@example.com",)))
    services.contacts.log(
        customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 9, 1, 10, tzinfo=UTC),
            channel=Channel.PHONE,
            direction=Direction.INBOUND,
            text=NOTE,
            staff="Sam",
            categories=(Category.THREAT_LEGAL,),
            severity=4,
        ),
    )
    services.contacts.log(
        customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 9, 3, 10, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=QUOTE,
            categories=(Category.THREAT_VANDALISM,),
            severity=5,
        ),
    )
    return customer_id


def test_an_arabic_note_in_a_sign_leaves_the_date_and_contact_at_the_lines_end(
    services: Services, customer: int
) -> None:
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    words = _sign_line(made.pdf.data, "Threatens legal action")
    # The note reads right to left, whole, where the sentence quotes it; the sentence's full
    # stop, the day and the contact number follow it, at the right end of the line.
    arabic = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(arabic)] == NOTE.split()
    assert words[arabic[-1] + 1 :] == [".", "—", "2026-09-01:", "#1"], " ".join(words)
    assert words[arabic[0] - 3 : arabic[0]] == ["of", "the", "call:"]
    # Copied and searched as written, with no mark of the layout in it.
    copied = [text for text in actual_texts(made.pdf.data) if "Threatens legal action:" in text]
    assert copied == [
        "• Threatens legal action: On Tue 1 Sep 2026: Sam's note of the call: "
        f"{NOTE}. — 2026-09-01: #1"
    ]


def test_a_hebrew_quote_in_a_sign_stays_inside_its_quotation_marks(
    services: Services, customer: int
) -> None:
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    words = _sign_line(made.pdf.data, "Threatens vandalism")
    hebrew = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(hebrew)] == QUOTE.split()
    assert words[hebrew[0] - 2 : hebrew[0]] == ["2026:", "“"]
    assert words[hebrew[-1] + 1 :][-2:] == ["2026-09-03:", "#2"], words
