"""The packets as printed: text extraction of the finished PDF proves what each one shows."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import QUOTES, PacketSubject, flat, pdf_text
from tests.helpers.pdf_reading import actual_texts


def _made(subject: PacketSubject, kind: PacketKind, **options: object):  # type: ignore[no-untyped-def]
    return make_packet(subject.services, subject.customer_id, PacketOptions(kind, **options))  # type: ignore[arg-type]


@pytest.fixture
def legal(packet_subject: PacketSubject):  # type: ignore[no-untyped-def]
    return _made(packet_subject, PacketKind.LEGAL)


@pytest.fixture
def termination(packet_subject: PacketSubject):  # type: ignore[no-untyped-def]
    return _made(
        packet_subject,
        PacketKind.TERMINATION,
        refund=Decimal("19.95"),
        closed_as_of=__import__("datetime").date(2026, 4, 1),
    )


@pytest.mark.parametrize("key", list(QUOTES))
def test_every_quote_prints_verbatim(legal, key: str) -> None:  # type: ignore[no-untyped-def]
    """What a reader copies or searches: the drawn text, or a span's ActualText."""
    text = flat(
        "\n".join(pdf_text(legal.pdf.data)) + "\n" + "\n".join(actual_texts(legal.pdf.data))
    )
    assert flat(QUOTES[key]) in text


def test_arabic_is_stored_as_typed_not_as_presentation_forms(legal) -> None:  # type: ignore[no-untyped-def]
    spans = "\n".join(actual_texts(legal.pdf.data))
    assert QUOTES["arabic"] in spans
    # Copy and search read the span's text, in logical order, with no presentation forms.
    assert not any(0xFE70 <= ord(ch) <= 0xFEFF for ch in spans)


def test_emoji_are_drawn_as_glyphs_never_as_names_or_boxes(legal) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join(pdf_text(legal.pdf.data)) + "\n".join(actual_texts(legal.pdf.data))
    assert "Enjoy your one star 😀 see you soon 🤬" in text
    assert "[GRINNING FACE]" not in text


def test_markup_characters_in_a_quote_print_literally(legal) -> None:  # type: ignore[no-untyped-def]
    assert "& I'll see you <in court>." in flat("\n".join(pdf_text(legal.pdf.data)))


def test_exhibits_carry_the_stored_hash_on_every_page_they_fill(
    packet_subject: PacketSubject,
    legal,  # type: ignore[no-untyped-def]
) -> None:
    services = packet_subject.services
    pages = pdf_text(legal.pdf.data)
    stored = {}
    for key in ("email", "post"):
        (attachment,) = services.contacts.attachments(packet_subject.contact_ids[key])
        _, data = services.contacts.attachment_data(attachment.id)
        stored[attachment.filename] = hashlib.sha256(data).hexdigest()
    assert [e.sha256 for e in legal.data.exhibits] == list(stored.values())
    for number, sha in enumerate(stored.values(), start=1):
        stamped = [i for i, text in enumerate(pages) if f"EXHIBIT {number}" in text]
        assert stamped, f"exhibit {number} has no page"
        for index in stamped:
            assert f"SHA-256 {sha}" in pages[index]
    index_page = next(t for t in pages if "Exhibit index" in t and "File and SHA-256" in t)
    for sha in stored.values():
        assert sha in index_page


def test_email_exhibit_shows_its_full_headers(legal) -> None:  # type: ignore[no-untyped-def]
    page = next(t for t in pdf_text(legal.pdf.data) if "EXHIBIT 1" in t)
    for header in ("Received", "Message-ID", "<abc123@mail.example>", "Last chance – refund"):
        assert header in page


def test_page_x_of_y_is_right_on_a_long_packet(packet_subject: PacketSubject) -> None:
    services = packet_subject.services
    from tests.helpers.packet_fixtures import _details

    base = services.contacts.get(packet_subject.contact_ids["after"]).occurred_at
    from datetime import timedelta

    for n in range(60):
        services.contacts.log(
            packet_subject.customer_id,
            _details(
                f"Message {n}: " + "why is my account locked? " * 12, base + timedelta(hours=n)
            ),
        )
    made = _made(packet_subject, PacketKind.TERMINATION)
    pages = pdf_text(made.pdf.data)
    total = len(pages)
    assert total == made.pdf.pages and total > 8
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert made.data.number in text


def test_contents_list_the_sections_with_their_pages(legal) -> None:  # type: ignore[no-untyped-def]
    pages = pdf_text(legal.pdf.data)
    contents = flat(pages[0])
    match = re.search(r"Certification of records (\d+)", contents)
    assert match, contents
    assert "Certification of records" in pages[int(match.group(1)) - 1]


def test_legal_packet_sections(packet_subject: PacketSubject, legal) -> None:  # type: ignore[no-untyped-def]
    text = flat("\n".join(pdf_text(legal.pdf.data)))
    report = packet_subject.services.verify()
    for must in (
        "Legal referral packet",
        "Purpose and contact",
        "What happened, in our words",
        "2. Threats",
        "Threat of legal action",
        "Public posts",
        "https://x.com/pat_rants/status/1",
        "Handle @pat_rants",
        "Harassment of other customers",
        "Chronological log",
        "This is a final warning",  # the owner's own replies are in the log too
        "Actions taken",
        "Exhibit index",
        "Integrity statement",
        "Certification of records",
        "penalty of perjury",
        f"ledger held {report.entries} entries",
        report.head_hash,
    ):
        assert flat(must) in text, must


def test_termination_packet_sections(termination) -> None:  # type: ignore[no-untyped-def]
    text = flat("\n".join(pdf_text(termination.pdf.data)))
    for must in (
        "Termination packet",
        "Grounds to end the relationship",
        "Messages per month from the customer, against the average customer",
        "Severity of each message from the customer, over time",
        "Examples of inappropriate language",
        "Warnings given",
        "Policies broken and the customer's agreement",
        "Termination letter",
        "closed as of 1 April 2026",
        "We are refunding $19.95",
        "Approval and sign-off",
        "Appendix A — Full contact log",
        "Appendix B — Exhibits",
    ):
        assert flat(must) in text, must
    # Each ground the assessment found met is printed as met, in the assessment's words.
    met = [ground for ground in termination.data.grounds if ground.met]
    assert met, "the subject's abuse and threats meet at least one ground"
    for ground in met:
        assert flat(f"{ground.title} — MET") in text, ground.title


def test_redacted_words_are_not_in_the_pdf_but_stay_in_the_log(
    packet_subject: PacketSubject,
) -> None:
    made = _made(
        packet_subject,
        PacketKind.LEGAL,
        redactions=(Redaction("9 Elm Lane", reason="A staff member's home address"),),
    )
    text = "\n".join(pdf_text(made.pdf.data))
    assert "Elm Lane" not in text
    assert "[redacted]" in text
    assert "A staff member's home address" in text
    stored = packet_subject.services.contacts.get(packet_subject.contact_ids["email"])
    assert "9 Elm Lane" in stored.text
    assert made.data.redactions[0].places >= 2  # the contact and the email's body


def test_paper_size_comes_from_settings(packet_subject: PacketSubject) -> None:
    packet_subject.services.settings.update({"paper_size": "Letter"})
    made = _made(packet_subject, PacketKind.LEGAL)
    box = PdfReader(io.BytesIO(made.pdf.data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.skipif(
    shutil.which("qpdf") is None, reason="qpdf is installed by scripts/setup.sh test"
)
def test_qpdf_finds_both_packets_sound(tmp_path, legal, termination) -> None:  # type: ignore[no-untyped-def]
    for made in (legal, termination):
        path = tmp_path / f"{made.data.kind}.pdf"
        path.write_bytes(made.pdf.data)
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_renderer_reads_nothing_but_the_data(packet_subject: PacketSubject) -> None:
    data = assemble_packet(
        packet_subject.services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL)
    )
    packet_subject.services.close()
    # With the database closed, drawing still works: everything came in the PacketData.
    from reports.packets import render_packet

    pdf, pages = render_packet(replace(data, narrative="Drawn after the database closed."))
    assert "Drawn after the database closed." in "\n".join(pdf_text(pdf))
    assert pages > 3


def test_certification_says_which_contacts_were_entered_late(legal) -> None:  # type: ignore[no-untyped-def]
    """Nobody should certify that records were made at the time when they were not."""
    text = flat("\n".join(pdf_text(legal.pdf.data)))
    late = [c for c in legal.data.contacts if c.logged_late]
    assert late, "the subject's contacts were entered after the fact"
    assert "recorded at or near the time" not in text
    assert flat(f"These {len(late)} were entered later") in text
    for contact in late[:20]:
        assert (
            flat(
                f"#{contact.id} (happened {contact.occurred_at:%Y-%m-%d}, "
                f"entered {contact.logged_at:%Y-%m-%d})"
            )
            in text
        )
