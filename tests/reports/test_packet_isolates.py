"""A customer's or the owner's words in another script inside one of the packet's English lines
read in their own direction and leave the line's order alone: the date and "#1" after an Arabic
note stay at the right end of the line, where an English reader looks for them."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from reportlab.platypus import SimpleDocTemplate

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, PublicPost
from app.packets.making import make_packet
from app.services import Services
from app.standing.action_records import ActionKind
from reports.bidi_order import isolated, levels
from reports.blocks import p
from reports.legal_signs import _where_and_when
from reports.styles import styles
from tests.helpers.fixtures import FakeClock
from tests.helpers.pdf_reading import actual_texts, drawn_runs

NOTE = "قال إنه سيقاضينا أمام المحكمة"  # Sam's note of a call, written down in Arabic
QUOTE = "אני אשבור לך את החלון"  # the customer's own words, in Hebrew
CLAUSE = "סעיף ראשון"  # the owner's name for a clause of their policy, in Hebrew
REFUND_NOTE = "החזר חלקי"  # the owner's note of a refund


def _lines(data: bytes) -> list[list[str]]:
    """The drawn runs of each line, left to right as a reader's eye meets them (Arabic folded
    from its shaped forms)."""
    lines: dict[tuple[int, float], list[tuple[float, str]]] = {}
    for page, x, y, _, text in drawn_runs(data):
        lines.setdefault((page, y), []).append((x, unicodedata.normalize("NFKC", text).strip()))
    return [[text for _, text in sorted(line)] for line in lines.values()]


def _sign_line(data: bytes, title: str) -> list[str]:
    return next(w for w in _lines(data) if " ".join(w).startswith(f"• {title}:"))


def _line_with(data: bytes, word: str) -> list[str]:
    return next(words for words in _lines(data) if word in words)


def _is_rtl(word: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in word)


@pytest.fixture
def customer(services: Services) -> int:
    customer_id = services.customers.add(Customer(name="Karim Haddad", emails=("k@example.com",)))
    call = services.contacts.log(
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
    email = services.contacts.log(
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
    policies = services.policies
    version = policies.add_version(
        policies.add_policy("Conduct policy"), "1. No threats.", datetime(2026, 1, 1, tzinfo=UTC)
    )
    policies.record_agreement(customer_id, version, datetime(2026, 2, 1, tzinfo=UTC), "signed")
    policies.tag_contact(call, version, CLAUSE)
    policies.tag_contact(email, version, "clause 1")
    services.actions.record(customer_id, ActionKind.REFUND, note=REFUND_NOTE, amount=Decimal(50))
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


def test_a_policy_clause_in_hebrew_leaves_the_next_clauses_day_and_contact_after_it(
    services: Services, customer: int
) -> None:
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    words = _line_with(made.pdf.data, "clause")
    hebrew = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(hebrew)] == CLAUSE.split()
    assert words[hebrew[0] - 2 : hebrew[0]] == ["2026-09-01:", "#1,"]
    assert words[hebrew[-1] + 1 :] == [";", "2026-09-03:", "#2,", "clause", "1"], " ".join(words)


def test_an_amount_after_the_owners_hebrew_note_of_an_action_stays_after_it(
    services: Services, customer: int
) -> None:
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    words = next(w for w in _lines(made.pdf.data) if "—" in w and set(w) & set(REFUND_NOTE.split()))
    hebrew = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(hebrew)] == REFUND_NOTE.split()
    assert "".join(words[hebrew[-1] + 1 :]) == "—$50.00", " ".join(words)


SUMMARY = "اتصل بخصوص الفاتورة"  # the owner's summary of a call, in Arabic


def test_a_count_after_an_arabic_summary_stays_after_it(
    services: Services, clock: FakeClock
) -> None:
    customer_id = services.customers.add(Customer(name="Karim Haddad", emails=("k@example.com",)))
    contact = services.contacts.log(
        customer_id,
        ContactDetails(
            occurred_at=clock() - timedelta(hours=1),
            channel=Channel.PHONE,
            direction=Direction.INBOUND,
            text="",
            summary=SUMMARY,
            staff="Sam",
        ),
        [NewAttachment("wrong.txt", b"not this customer's\n", "text/plain")],
    )
    (attachment,) = services.contacts.attachments(contact)
    services.contacts.withdraw_file(attachment.id, "dropped on the wrong contact")
    made = make_packet(services, customer_id, PacketOptions(PacketKind.TERMINATION))
    words = next(w for w in _lines(made.pdf.data) if set(w) & set(SUMMARY.split()))
    arabic = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(arabic)] == SUMMARY.split()
    # "— 1 file attached to it was withdrawn …" reads on from the summary, left to right.
    assert arabic[0] == 0 and words[arabic[-1] + 1 : arabic[-1] + 5] == [
        "—",
        "1",
        "file",
        "attached",
    ], " ".join(words)


SHOP = "متجر الورد"  # the business's name, in Arabic


@pytest.mark.parametrize("kind", [PacketKind.TERMINATION, PacketKind.LEGAL])
def test_the_count_after_an_arabic_business_name_in_the_summary_stays_after_it(
    services: Services, customer: int, kind: PacketKind
) -> None:
    services.settings.update({"business_name": SHOP})
    made = make_packet(services, customer, PacketOptions(kind))
    words = next(w for w in _lines(made.pdf.data) if w[:3] == ["Karim", "Haddad", "contacted"])
    arabic = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert [words[i] for i in reversed(arabic)] == SHOP.split()
    assert words[arabic[-1] + 1 : arabic[-1] + 4] == ["2", "times", "between"], " ".join(words)


def test_a_platform_named_in_arabic_leaves_the_next_count_after_it() -> None:
    """ "2 on <a platform the owner named in Arabic>, 1 on X (Twitter), posted …"."""
    at = datetime(2026, 9, 1, 10, tzinfo=UTC)
    posts = [
        PublicPost(n, platform, "", "", None, at, "")
        for n, platform in enumerate(["منتدى الحي", "منتدى الحي", "X (Twitter)"])
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([p(_where_and_when(posts), styles().body)])
    (words,) = _lines(buffer.getvalue())
    arabic = [i for i, word in enumerate(words) if _is_rtl(word)]
    assert words[: arabic[0]] == ["2", "on"]
    assert words[arabic[-1] + 1 : arabic[-1] + 4] == [",", "1", "on"], " ".join(words)


def test_isolate_marks_keep_the_words_inside_from_the_sentence_around_them() -> None:
    words = "قال 500"
    sentence = f"Note: {isolated(words)} — 2026-09-01: #1"
    marked = levels(sentence, rtl=False, marks=True)
    inside = sentence.index(words)
    after = sentence.index(" — ")
    # The note at its own right-to-left level (its number above it); the rest of the line,
    # marks included, at the sentence's.
    assert marked[inside : inside + len(words)] == [1, 1, 1, 1, 2, 2, 2]
    assert set(marked[:inside] + marked[after:]) == {0}
    # Unmarked, the day and the contact number after the note are pulled into its run.
    assert set(levels(sentence.replace("\u2068", "").replace("\u2069", ""), rtl=False)[after:]) != {
        0
    }
    # An isolate left open runs to the paragraph's end (UAX #9, BD9).
    assert levels(f"Note: \u2068{words}", rtl=False, marks=True)[-len(words) :] == [
        1,
        1,
        1,
        1,
        2,
        2,
        2,
    ]
