"""A file withdrawn from a contact as added by mistake is disclosed, as a lawyer would check:
named with its SHA-256, its contact, when and why in the legal packet's corrections and in the
bundle's manifest.json, contacts.json and README, while its bytes stay out of the exhibits."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import UTC, datetime

import pytest

from app.core.contact_changes import NewAttachment
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

WRONG = b"photo of Robin Vale's invoice\n"
WRONG_SHA = hashlib.sha256(WRONG).hexdigest()
REASON = "Wrong file attached: Robin Vale's, not this customer's"


@pytest.fixture
def withdrawn(services: Services, customer_id: int, clock: FakeClock) -> int:
    """Contact #N with two files; on the next day the second is withdrawn."""
    contact_id = services.contacts.log(
        customer_id,
        inbound("I will post everywhere that you scam people.", datetime(2026, 10, 2, tzinfo=UTC)),
        [
            NewAttachment("chat-export.txt", b"I will post everywhere\n", "text/plain"),
            NewAttachment("Robin_Vale_invoice.txt", WRONG, "text/plain"),
        ],
    )
    clock.advance(days=3)
    wrong = services.contacts.attachments(contact_id)[1]
    services.contacts.withdraw_file(wrong.id, REASON)
    return contact_id


def _made(
    services: Services,
    customer_id: int,
    *redactions: Redaction,
    kind: PacketKind = PacketKind.LEGAL,
) -> MadePacket:
    return make_packet(services, customer_id, PacketOptions(kind, redactions=redactions))


def test_the_legal_packet_names_the_withdrawn_file_in_its_corrections(
    services: Services, customer_id: int, withdrawn: int
) -> None:
    text = flat(" ".join(pdf_text(_made(services, customer_id).pdf.data)))
    assert (
        f"Robin_Vale_invoice.txt, SHA-256 {WRONG_SHA}, {len(WRONG)} bytes — attached to contact "
        f"#{withdrawn} on 2026-11-02, withdrawn by the owner on 2026-11-05 as added by mistake "
        f"(reason given: {REASON})."
    ) in text
    # In the table of contents, and the exhibit index says why the file is not among them.
    assert text.count("Corrections: files withdrawn as added by mistake") >= 3
    assert "1 file was withdrawn by the owner as added by mistake and is not an exhibit" in text
    # The contact's own entry in the chronological log says a file was taken from it.
    log = text[text.rindex("Chronological log") :]
    assert "1 file attached to it was withdrawn by the owner as added by mistake" in log
    # Its bytes are not an exhibit: the file kept is exhibit 1, and there is no exhibit 2.
    assert "chat-export.txt" in text and "I will post everywhere" in text
    assert "photo of Robin Vale's invoice" not in text


def test_the_termination_packet_names_the_withdrawn_file_as_the_legal_packet_does(
    services: Services, customer_id: int, withdrawn: int
) -> None:
    """Its contact's entry says a file was withdrawn: the packet says which, when and why,
    as its own bundle does, and redacted like the rest."""
    made = _made(services, customer_id, Redaction("Robin Vale"), kind=PacketKind.TERMINATION)
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert (
        f"SHA-256 {WRONG_SHA}, {len(WRONG)} bytes — attached to contact #{withdrawn} on "
        "2026-11-02, withdrawn by the owner on 2026-11-05 as added by mistake (reason given: "
        "Wrong file attached:"
    ) in text
    assert "Corrections: files withdrawn as added by mistake" in text
    exhibits = text[text.rindex("Appendix B — Exhibits") :]
    assert "1 file was withdrawn by the owner as added by mistake and is not an exhibit" in exhibits
    log = text[text.rindex("Appendix A — Full contact log") :]
    assert "1 file attached to it was withdrawn by the owner as added by mistake" in log
    assert "Robin" not in text and "Vale" not in text
    assert "photo of" not in text


def test_the_bundle_lists_the_withdrawn_file_but_does_not_hold_it(
    services: Services, customer_id: int, withdrawn: int
) -> None:
    made = _made(services, customer_id)
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    assert all(archive.read(name) != WRONG for name in archive.namelist())
    expected = {
        "original_filename": "Robin_Vale_invoice.txt",
        "sha256": WRONG_SHA,
        "size": len(WRONG),
        "contact": withdrawn,
        "attached_at": "2026-11-02T15:30:00+00:00",
        "withdrawn_at": "2026-11-05T15:30:00+00:00",
        "reason": REASON,
        "in_bundle": False,
    }
    assert json.loads(archive.read("manifest.json"))["withdrawn_files"] == [expected]
    [record] = json.loads(archive.read("contacts.json"))["contacts"]
    assert record["id"] == withdrawn and record["withdrawn_files"] == [expected]
    readme = flat(archive.read("README.txt").decode())
    assert "FILES WITHDRAWN AS ADDED BY MISTAKE (not in this bundle)" in readme
    assert f"Robin_Vale_invoice.txt, SHA-256 {WRONG_SHA}" in readme


def test_a_redacted_packet_does_not_leak_a_name_through_the_withdrawn_files_name(
    services: Services, customer_id: int, withdrawn: int
) -> None:
    made = _made(services, customer_id, Redaction("Robin Vale"))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Robin" not in text and "Vale" not in text
    # Still disclosed: the file's hash and its contact identify it without the name.
    assert f"SHA-256 {WRONG_SHA}" in text and f"attached to contact #{withdrawn}" in text
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    for name in ("manifest.json", "contacts.json", "README.txt"):
        told = archive.read(name).decode()
        assert "Robin" not in told and "Vale" not in told, name
        assert WRONG_SHA in told, name


def test_a_rule_for_the_contact_applies_to_its_withdrawn_file(
    services: Services, customer_id: int, withdrawn: int
) -> None:
    made = _made(services, customer_id, Redaction("Robin Vale", contact_id=withdrawn))
    [file] = made.data.withdrawn_files
    assert "Robin" not in file.filename and "Robin" not in file.reason
