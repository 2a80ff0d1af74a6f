"""A mail's attachment is taken in as what its bytes are, as a file imported on its own is: a web
page named receipt.pdf, a zip holding a program named broken-part.jpg and a PDF that runs
JavaScript when opened are each said for what they are, at import and in the packet, with the
sender's name and type kept beside them."""

from __future__ import annotations

import io
import zipfile
import zlib
from email.message import EmailMessage
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.importing.attachment_check import check_attachment
from app.importing.batch_report import ImportOptions
from app.importing.email_message import parse_email
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.import_fixtures import ANGRY
from tests.helpers.packet_fixtures import flat, pdf_text, png

PAGE = b"<html><body><h1>Receipt</h1><script>alert(1)</script><p>Paid $19.95</p></body></html>"
SCRIPTED_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
4 0 obj << /S /JavaScript /JS (app.alert('hi');) >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""
PLAIN_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _zip_with(name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, b"MZ" + b"\0" * 100)
    return out.getvalue()


def _mail(*parts: tuple[bytes, str, str]) -> bytes:
    message = EmailMessage()
    message["From"] = ANGRY
    message["To"] = "owner@shop.example"
    message["Subject"] = "The evidence you asked for"
    message["Date"] = "Sat, 07 Nov 2026 10:00:00 +0000"
    message.set_content("Here is my receipt and a photo of the broken part.\n")
    for data, mime, name in parts:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


ARCHIVE = _zip_with("payload.exe")
DISGUISED = _mail(
    (PAGE, "application/pdf", "receipt.pdf"),
    (ARCHIVE, "image/jpeg", "broken-part.jpg"),
    (SCRIPTED_PDF, "application/pdf", "invoice.pdf"),
)


def test_each_attachment_is_stored_as_what_its_bytes_are_and_the_import_says_so(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "att1.eml"
    path.write_bytes(DISGUISED)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    [item] = report.imported
    assert item.warnings == (
        "receipt.pdf is named and declared as a PDF document, but its bytes are a web page (HTML).",
        "broken-part.jpg is named and declared as a picture, but its bytes are a zip archive "
        "holding a program (payload.exe).",
        "invoice.pdf is a PDF holding JavaScript, set to run when it is opened (OpenAction): "
        "open it only in a viewer that does not run scripts.",
    )
    kept = [(a.filename, a.mime, a.note) for a in shop.contacts.attachments(item.contact_id)]
    assert kept[1:] == [
        (
            "receipt.pdf",
            "text/html",
            "Sent as “receipt.pdf”, with the type application/pdf; its bytes are a web page "
            "(HTML).",
        ),
        (
            "broken-part.jpg",
            "application/zip",
            "Sent as “broken-part.jpg”, with the type image/jpeg; its bytes are a zip archive "
            "holding a program (payload.exe).",
        ),
        (
            "invoice.pdf",
            "application/pdf",
            "Sent as “invoice.pdf”, with the type application/pdf. The PDF holds JavaScript, set "
            "to run when it is opened (OpenAction).",
        ),
    ]
    # The bytes themselves are the evidence, unchanged.
    _, data = shop.contacts.attachment_data(shop.contacts.attachments(item.contact_id)[2].id)
    assert data == ARCHIVE


def test_the_packet_prints_what_each_attachment_really_is(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "att1.eml"
    path.write_bytes(DISGUISED)
    shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    made = make_packet(shop, angry_customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "receipt.pdf · text/html" in text
    assert "broken-part.jpg · application/zip" in text
    assert "receipt.pdf · application/pdf" not in text
    assert "broken-part.jpg · image/jpeg" not in text
    assert "its bytes are a zip archive holding a program (payload.exe)" in text
    assert "The PDF holds JavaScript, set to run when it is opened (OpenAction)" in text


def test_honest_attachments_keep_their_type_and_say_nothing() -> None:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    found = parse_email(
        _mail(
            (PLAIN_PDF, "application/pdf", "invoice.pdf"),
            (png(40, 30), "image/png", "photo.png"),
            (_zip_with("word/document.xml"), docx.split(";")[0], "letter.docx"),
            (b"Just some words.\n", "text/plain", "note.txt"),
            (b"MZ\x90\x00", "application/x-msdownload", "setup.exe"),
        )
    )
    assert [(a.mime, a.note) for a in found.attachments] == [
        ("application/pdf", ""),
        ("image/png", ""),
        (docx, ""),
        ("text/plain", ""),
        ("application/x-msdownload", ""),
    ]
    assert found.warnings == []


def test_a_sender_who_gives_no_type_gets_the_type_of_the_bytes_with_no_warning() -> None:
    checked = check_attachment(png(10, 10), "application/octet-stream", "proof.png")
    assert (checked.mime, checked.warning) == ("image/png", "")
    assert checked.note == "Sent as “proof.png”, with the type application/octet-stream."
    # A PNG named .jpg is still the picture it promised.
    assert check_attachment(png(10, 10), "image/jpeg", "photo.jpg").warning == ""


def test_a_picture_or_pdf_whose_bytes_are_nothing_known_is_not_stored_as_one() -> None:
    picture = check_attachment(b"\x00\x01 just noise", "image/jpeg", "damage.jpg")
    assert picture.mime == "application/octet-stream"
    assert picture.warning == (
        "damage.jpg is named and declared as a picture, but its bytes are not a picture."
    )
    pdf = check_attachment(b"\x00\x01 just noise", "application/octet-stream", "quote.pdf")
    assert pdf.mime == "application/octet-stream"
    assert pdf.warning == (
        "quote.pdf is named as a PDF document, but its bytes are not a PDF document."
    )


def test_a_program_under_a_harmless_name_is_named_as_one() -> None:
    checked = check_attachment(b"MZ\x90\x00 program", "application/pdf", "invoice.pdf")
    assert checked.mime == "application/x-msdownload"
    assert checked.warning == (
        "invoice.pdf is named and declared as a PDF document, but its bytes are a Windows program."
    )
    unnamed = check_attachment(b"MZ\x90\x00 program", "application/octet-stream", "")
    assert unnamed.warning == (
        "An attachment with no name is a Windows program: open it only if you know it is safe."
    )


def test_pdf_javascript_is_found_when_its_name_is_escaped_or_compressed() -> None:
    escaped = SCRIPTED_PDF.replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS", b"/J#53")
    escaped = escaped.replace(b"/OpenAction", b"/Open#41ction")
    assert "JavaScript" in check_attachment(escaped, "application/pdf", "a.pdf").warning
    hidden = zlib.compress(b"4 0 obj << /S /Launch /F (calc.exe) >> endobj")
    packed = (
        b"%PDF-1.5\n5 0 obj << /Type /ObjStm /Filter /FlateDecode >>\nstream\n"
        + hidden
        + b"\nendstream\nendobj\n%%EOF\n"
    )
    checked = check_attachment(packed, "application/pdf", "b.pdf")
    assert "a command to start another program (Launch)" in checked.warning
    assert check_attachment(PLAIN_PDF, "application/pdf", "c.pdf").warning == ""
    # Opening at a page and zoom is what most PDFs' OpenAction does: nothing to warn about.
    zoom = PLAIN_PDF.replace(b"/Type/Catalog", b"/Type/Catalog/OpenAction[3 0 R/Fit]")
    assert check_attachment(zoom, "application/pdf", "d.pdf").warning == ""


@given(st.binary(max_size=300), st.sampled_from(["application/pdf", "image/jpeg", "text/plain"]))
def test_any_bytes_are_checked_without_an_exception(data: bytes, declared: str) -> None:
    checked = check_attachment(data, declared, "file.pdf")
    assert checked.mime
