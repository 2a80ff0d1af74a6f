"""A text exhibit (a chat export, a .txt attachment, an HTML page) is printed redacted in a
redacted packet, whatever its character set; its original stays whole in the bundle, with a
redacted copy beside it; a file name quoted in an exhibit's note is redacted as a file name."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle, exhibit_path
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from tests.helpers.packet_fixtures import PacketSubject, _details, flat, pdf_text

CHAT = (
    "[06/10/2026, 10:00:00] Robin Vale: I will come to 14 Birch Lane tonight\n"
    "[06/10/2026, 10:01:00] Robin Vale: tell Mayfield\n"
)
RULES = (Redaction("Robin Vale"), Redaction("14 Birch Lane"), Redaction("Mayfield"))

# The same words as phones, Notepad and web pages save them.
TEXT_FILES = {
    "utf8": NewAttachment("WhatsApp Chat with Robin Vale.txt", CHAT.encode(), "text/plain"),
    "utf16": NewAttachment("chat-utf16.txt", CHAT.encode("utf-16"), "text/plain"),
    "cp1252": NewAttachment(
        "notes.txt",
        "Café note: Robin Vale, 14 Birch Lane – Mayfield".encode("cp1252"),
        "text/plain",
    ),
    "html": NewAttachment(
        "page.html",
        b"<p>Rob<b></b>in&nbsp;Vale lives at 14&#160;Birch Lane. Ask <i>Mayfield</i>.</p>",
        "text/html",
    ),
}


def _packet(subject: PacketSubject, attachment: NewAttachment) -> MadePacket:
    subject.services.contacts.log(
        subject.customer_id,
        _details(
            "A chat export was sent to us.",
            datetime(2026, 3, 25, 9, 0, tzinfo=UTC),
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
        [attachment],
        source="import:file",
    )
    return make_packet(
        subject.services, subject.customer_id, PacketOptions(PacketKind.LEGAL, redactions=RULES)
    )


@pytest.mark.parametrize("kind", sorted(TEXT_FILES))
def test_a_text_exhibit_is_printed_redacted_and_its_original_kept_whole(
    packet_subject: PacketSubject, kind: str
) -> None:
    attachment = TEXT_FILES[kind]
    made = _packet(packet_subject, attachment)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    for words in ("Robin", "Vale", "Birch", "Mayfield"):
        assert words not in text.replace("Robin lives at 9 Elm", "")  # the fixture's email
    # The file's own words are printed, read in their character set, the names blacked out.
    assert any(
        printed in text
        for printed in (
            "[redacted]: I will come to [redacted] tonight",
            "Café note: [redacted], [redacted] – [redacted]",
            "[redacted] lives at [redacted]. Ask [redacted].",
        )
    )
    exhibit = made.data.exhibits[-1]
    assert exhibit.data == attachment.data
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    assert archive.read(exhibit_path(exhibit)) == attachment.data  # the original, byte for byte
    copy = next(n for n in archive.namelist() if n.startswith(f"redacted/{exhibit.number:03d}-"))
    words = archive.read(copy).decode("utf-8")
    assert "[redacted]" in words and "Robin" not in words and "Birch" not in words


def test_the_places_counted_include_the_text_exhibit(packet_subject: PacketSubject) -> None:
    made = _packet(packet_subject, TEXT_FILES["utf8"])
    places = {a.redaction.text: a.places for a in made.data.redactions}
    assert places["14 Birch Lane"] == 1 and places["Mayfield"] == 1


def test_an_unredacted_packet_prints_the_text_file_as_written(
    packet_subject: PacketSubject,
) -> None:
    packet_subject.services.contacts.log(
        packet_subject.customer_id,
        _details("Notes.", datetime(2026, 3, 25, 9, 0, tzinfo=UTC)),
        [TEXT_FILES["utf16"]],
    )
    made = make_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Robin Vale: I will come to 14 Birch Lane tonight" in text


def test_a_file_name_quoted_in_a_note_is_redacted_wherever_it_is_printed(
    packet_subject: PacketSubject,
) -> None:
    note = (
        "The message exactly as received, with all its headers. Message 1 of the mailbox file "
        "“Robin_Vale-2026.mbox” (907 bytes, SHA-256 ab12)."
    )
    packet_subject.services.contacts.log(
        packet_subject.customer_id,
        _details("See the attached.", datetime(2026, 3, 25, 9, 0, tzinfo=UTC)),
        [
            NewAttachment(
                "IMG_Robin_Vale.eml", b"Subject: hi\r\n\r\nhello\r\n", "message/rfc822", note
            )
        ],
    )
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.LEGAL, redactions=(Redaction("Robin Vale"),)),
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Vale" not in text
    assert "mailbox file “[redacted]-2026.mbox”" in text  # the note, on the exhibit's page
    assert "IMG_[redacted].eml" in text  # the index, the heading and the chain of custody
    assert made.data.exhibits[-1].note.count("\ue000") == 1
