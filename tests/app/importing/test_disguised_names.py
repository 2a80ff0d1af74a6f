"""A sender who disguises a file or a subject with characters that reorder its letters."""

from __future__ import annotations

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

from app.core.direction_controls import without_direction_controls
from app.core.domain import Customer
from app.importing.email_message import parse_email
from app.services import Services

RLO = "\u202e"


def _disguised() -> bytes:
    message = MIMEMultipart()
    message["From"] = f"Pat {RLO}tnuocca{RLO} <pat@example.com>"
    message["To"] = "shop@example.com"
    message["Subject"] = f"{RLO}terces"
    message["Date"] = "Mon, 02 Nov 2026 10:15:00 +0000"
    message.attach(MIMEText("Open the invoice.", "plain", "utf-8"))
    program = MIMEApplication(b"MZ\x90\x00 not a pdf", "octet-stream")
    program.add_header("Content-Disposition", "attachment", filename=f"invoice_{RLO}fdp.exe")
    message.attach(program)
    return message.as_bytes()


def test_an_attachment_name_reads_in_the_order_it_is_stored() -> None:
    raw = _disguised()
    found = parse_email(raw)
    [attachment] = found.attachments
    # On screen the override showed "invoice_exe.pdf"; the file is a program.
    assert attachment.filename == "invoice_fdp.exe"
    assert found.subject == "terces"
    assert RLO not in found.sender_name
    said = " ".join(found.warnings)
    assert "attachment name “invoice_fdp.exe” had hidden characters" in said
    assert "subject “terces”" in said
    # The original keeps every byte, controls included.
    assert found.original.data == raw


def test_arabic_and_hebrew_names_are_left_as_written() -> None:
    for name in ("تقرير.pdf", "דוח.pdf", "facture-été.pdf"):
        assert without_direction_controls(name) == name


def test_a_disguised_name_is_imported_as_stored(shop: Services, tmp_path: Path) -> None:
    customer = shop.customers.add(Customer(name="Pat", emails=("pat@example.com",)))
    path = tmp_path / "disguised.eml"
    path.write_bytes(_disguised())
    report = shop.imports.run([str(path)])
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    [contact] = shop.contacts.page_for_customer(customer, 0, 10)
    names = [saved.filename for saved in shop.contacts.attachments(contact.id)]
    assert names == ["disguised.eml", "invoice_fdp.exe"]
    assert contact.summary == "terces"
    _, data = shop.contacts.attachment_data(shop.contacts.attachments(contact.id)[0].id)
    assert data == path.read_bytes()
