"""A redacted packet as the reader gets it: no redacted word in any spelling or spacing in the
PDF's text, no other word touched, the bar adding no spaces, and the pictures it cannot
redact said plainly."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from app.core.domain import Category
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, _details, flat, pdf_text
from tests.helpers.pdf_reading import actual_texts

# Hard-wrapped and pasted mail: the name and the address split every way mail splits them.
WRAPPED = [
    "I saw your assistant Alice\nBrown at 12 Elm\nStreet yesterday.",
    "Tell Alïce  Brown I know\u00a0where she lives: 12\tElm\r\nStreet.",
    "> You said ALICE\n> BROWN would call. Same question again.",
    "My Samsung sample broke, Sam. The same for you. Sam's fault.",
    "אמרתי ל-Alice\nBrown שאני אבוא",  # laid out by hand (right to left), copied as logged
]


@pytest.fixture
def wrapped(packet_subject: PacketSubject) -> PacketSubject:
    start = datetime(2026, 3, 20, 9, 0, tzinfo=UTC)
    for n, text in enumerate(WRAPPED):
        packet_subject.services.contacts.log(
            packet_subject.customer_id,
            _details(
                text,
                start + timedelta(hours=n),
                categories=(Category.THREAT_PHYSICAL,),
                severity=5,
            ),
        )
    return packet_subject


def _text(subject: PacketSubject, kind: PacketKind, *rules: str):  # type: ignore[no-untyped-def]
    made = make_packet(
        subject.services,
        subject.customer_id,
        PacketOptions(kind, redactions=tuple(Redaction(r, reason="staff safety") for r in rules)),
    )
    return made, "\n".join(pdf_text(made.pdf.data))


@pytest.mark.parametrize("kind", list(PacketKind))
def test_no_redacted_word_survives_in_any_spacing(wrapped: PacketSubject, kind: PacketKind) -> None:
    made, text = _text(wrapped, kind, "Alice Brown", "12 Elm Street", "Sam", "broke")
    squeezed = "".join(text.split()).lower()
    for word in ("alice", "alïce", "brown", "elmstreet", "12elm"):
        assert word not in squeezed, word
    assert not re.search(r"\bsam\b", text, re.IGNORECASE)
    # Every other word is printed as written, and the bar adds no spaces around itself.
    for kept in ("Same question again", "My Samsung sample", "The same for you"):
        assert kept in flat(text), kept
    for written in ("assistant [redacted] at [redacted] yesterday", "[redacted]'s fault"):
        assert written in flat(text), written
    assert "[redacted] ," not in text and "[redacted] ." not in text
    copied = "\n".join(actual_texts(made.pdf.data))
    assert (
        "אמרתי ל-[redacted] שאני אבוא" in copied
        and "[redacted]  " not in copied
        and "Alice" not in copied
    )
    places = {a.redaction.text: a.places for a in made.data.redactions}
    # "Sam" stands twice in the message, "broke" once: counted where it matched, never
    # inside "same", "Samsung" or "sample" (wherever the message is printed, both are).
    assert places["Sam"] == 2 * places["broke"] > 0


@pytest.mark.parametrize("kind", list(PacketKind))
def test_a_redacted_packet_says_its_pictures_are_printed_as_received(
    packet_subject: PacketSubject, kind: PacketKind
) -> None:
    made, _ = _text(packet_subject, kind, "pat_rants")
    pages = [flat(page) for page in pdf_text(made.pdf.data)]
    said = (
        "Screenshots and other pictures are printed as received and are not redacted: "
        "1 picture (Exhibit 2)."
    )
    assert said in pages[0]
    assert any("Redactions The owner removed" in page and said in page for page in pages)
    # On the picture's own page, among its facts.
    assert any(
        "Exhibit 2 — post.png SHA-256" in page
        and "Redaction None: this picture is printed as received, not redacted." in page
        for page in pages
    )
    unredacted = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(kind)
    )
    assert "not redacted: 1 picture" not in flat("\n".join(pdf_text(unredacted.pdf.data)))
