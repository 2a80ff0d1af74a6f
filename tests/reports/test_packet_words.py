"""Whose words a packet quotes: the customer's own writing as theirs, a call note as a note,
and examples picked by what crossed a line (not by being first)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.domain import Category, Channel, ContactDetails, Direction
from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.contacts import default_examples
from app.packets.data import PacketKind
from app.packets.making import make_packet
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text

NOTE = "Customer says she is locked out and wants to speak to a manager immediately."
MILD = "Where is my refund? This is message 1"


def _add_call_and_mild_first(subject: PacketSubject) -> tuple[int, int]:
    services = subject.services
    mild = services.contacts.log(
        subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 2, 27, 9, 0, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=MILD,
            categories=(Category.REPEATED_CONTACT,),
            severity=1,
        ),
    )
    call = services.contacts.log(
        subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 3, 16, 10, 0, tzinfo=UTC),
            channel=Channel.PHONE,
            direction=Direction.INBOUND,
            text=NOTE,
            summary="Call 1 of the day",
            categories=(Category.ABUSE,),
            severity=4,
            minutes=6,
            staff="Sam",
        ),
    )
    return mild, call


def test_a_call_note_is_never_quoted_as_the_customers_words(
    packet_subject: PacketSubject,
) -> None:
    _, call = _add_call_and_mild_first(packet_subject)
    services, customer = packet_subject.services, packet_subject.customer_id
    legal = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    narrative = flat(legal.data.narrative)
    assert flat(f"Pat Example wrote: “{NOTE}") not in narrative
    assert "Sam's note of it reads" in narrative
    text = flat("\n".join(pdf_text(legal.pdf.data)))
    assert (
        flat("Note of the phone call by Sam (the staff member's words, not the customer's)") in text
    )
    assert flat(NOTE) in text  # still in the log, as the note it is
    termination = assemble_packet(
        services, customer, PacketOptions(PacketKind.TERMINATION, example_ids=None)
    )
    assert call not in termination.examples
    assert termination.termination is not None
    assert "locked out" not in termination.termination.letter


def test_examples_are_what_crossed_a_line_and_say_who_chose(
    packet_subject: PacketSubject,
) -> None:
    mild, call = _add_call_and_mild_first(packet_subject)
    services, customer, ids = (
        packet_subject.services,
        packet_subject.customer_id,
        packet_subject.contact_ids,
    )
    contacts = services.contacts.page_for_customer(customer, 0, 100)[::-1]
    chosen = default_examples(contacts)
    assert mild not in chosen and call not in chosen
    assert ids["warning"] not in chosen
    assert ids["email"] in chosen and ids["after"] in chosen  # severity 4, threat / abuse
    assert all(services.contacts.get(i).severity >= 3 for i in chosen)
    assert len(chosen) <= 5

    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    text = flat("\n".join(pdf_text(made.pdf.data)))
    assert "Chosen by Steady" in text and "Chosen by the owner" not in text
    assert flat(MILD) not in flat(made.data.termination.letter)  # type: ignore[union-attr]

    owner = make_packet(
        services,
        customer,
        PacketOptions(PacketKind.TERMINATION, example_ids=(ids["english"],)),
    )
    assert owner.data.examples == (ids["english"],)
    assert "Chosen by the owner" in flat("\n".join(pdf_text(owner.pdf.data)))


def test_redaction_reaches_every_text_the_packet_prints(packet_subject: PacketSubject) -> None:
    from app.packets.bundle import build_bundle
    from app.packets.data import Redaction

    secrets = ("Pat Example", "pat_rants", "pat@example.com", "LF-7")
    made = make_packet(
        packet_subject.services,
        packet_subject.customer_id,
        PacketOptions(
            PacketKind.LEGAL,
            redactions=tuple(Redaction(s, reason="identifies the customer") for s in secrets),
        ),
    )
    pages = pdf_text(made.pdf.data)
    text = "\n".join(pages)
    for secret in secrets:
        assert secret.lower() not in text.lower(), secret
    assert "NOT redacted" in flat(pages[0])  # said on the first page, not only in the zip
    import io
    import zipfile

    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    readme = archive.read("README.txt").decode()
    assert "ARE NOT REDACTED" in readme
    assert "Pat Example" not in archive.read("contacts.json").decode()
    # The saved email's redacted copy; the picture's is its pixels, without its details.
    (copy, picture) = [n for n in archive.namelist() if n.startswith("redacted/")]
    assert copy.endswith(".eml.txt") and picture.endswith(".png")
    assert "pat@example.com" not in archive.read(copy).decode()
    assert "[redacted]" in archive.read(copy).decode()


def test_the_termination_letter_is_a_letter_on_its_own_page(
    packet_subject: PacketSubject,
) -> None:
    services, ids = packet_subject.services, packet_subject.contact_ids
    long_abuse = (
        "You are the most useless incompetent bunch of clowns I have ever had the misfortune "
        "of paying money to, and every single one of your staff should be ashamed of "
        "themselves for the garbage service they provide day after day after day."
    )
    long_id = services.contacts.log(
        packet_subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=long_abuse,
            categories=(Category.ABUSE,),
            severity=4,
        ),
    )
    chosen = (ids["english"], ids["email"], long_id)
    made = make_packet(
        services,
        packet_subject.customer_id,
        PacketOptions(PacketKind.TERMINATION, example_ids=chosen),
    )
    assert made.data.termination is not None
    letter = made.data.termination.letter
    # Threats are never quoted back to the customer.
    for key in ("email", "english"):
        threat = services.contacts.get(ids[key]).text
        assert threat[:30] not in letter, key
    assert "contained threats. We will not repeat them here" in letter
    # A long quote is cut where a word ends.
    found = [x for x in letter.splitlines() if "useless incompetent" in x]
    assert len(found) == 1, letter
    (line,) = found
    quoted = line.split("“", 1)[1].rstrip("”")
    assert quoted.endswith("…")
    assert long_abuse.startswith(quoted[:-1]) and long_abuse[len(quoted) - 1] == " "
    pages = pdf_text(made.pdf.data)
    (page,) = [flat(t) for t in pages if "Dear Pat Example" in t]
    assert "Approval and sign-off" not in page
    assert f"Our reference: {made.data.number}" in page
    assert "Your account: LF-7" in page and "pat@example.com" in page
    assert f"{made.data.generated_at:%d %B %Y}".lstrip("0") in page
    assert "Larkspur Files" in page and "14 Orchard Row" in page
