"""A file is taken in as what its bytes are, not what its name says: a screenshot named .eml is
a picture, an email named .png is an email, an empty file is refused, and a picture cut off
part-way is imported with a warning."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.application import open_services
from app.cli import main
from app.core.domain import Category, Channel, Customer
from app.importing.batch_report import ImportOptions
from app.importing.files import EMPTY, kind_of
from app.importing.images import CANNOT_DRAW, NOT_A_PICTURE
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, email, write_msg


def _picture(fmt: str) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(out, fmt)
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.mark.parametrize(
    ("fmt", "mime", "what"),
    [
        ("PNG", "image/png", "a PNG picture"),
        ("JPEG", "image/jpeg", "a JPEG picture"),
        ("GIF", "image/gif", "a GIF picture"),
        ("WEBP", "image/webp", "a WebP picture"),
    ],
)
@pytest.mark.parametrize("name", ["reply.eml", "inbox.mbox", "note.msg", "export.csv", "x.txt"])
def test_a_picture_with_another_name_is_imported_as_a_picture(
    shop: Services,
    angry_customer_id: int,
    tmp_path: Path,
    fmt: str,
    mime: str,
    what: str,
    name: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(_picture(fmt))
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    contact = shop.contacts.get(report.imported[0].contact_id)
    assert (contact.summary, contact.channel, contact.text) == (f"Image: {name}", Channel.OTHER, "")
    [kept] = shop.contacts.attachments(contact.id)
    assert (kept.filename, kept.mime, kept.is_image) == (name, mime, True)
    assert shop.contacts.attachment_data(kept.id)[1] == path.read_bytes()
    suffix = path.suffix
    assert report.imported[0].warnings == (
        f"Its name ends in “{suffix}”, but it is {what}, so it is read as one.",
    )


def test_a_pdf_named_eml_is_kept_as_a_pdf(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "invoice.eml"
    path.write_bytes(PDF)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    contact = shop.contacts.get(report.imported[0].contact_id)
    assert (contact.summary, contact.channel) == ("File: invoice.eml", Channel.OTHER)
    [kept] = shop.contacts.attachments(contact.id)
    assert kept.mime == "application/pdf"
    assert "it is a PDF document" in report.imported[0].warnings[0]


def test_a_picture_with_the_right_name_gets_no_warning(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "shot.png"
    path.write_bytes(_picture("PNG"))
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert report.imported[0].warnings == ()


@pytest.mark.parametrize("name", ["mail.png", "mail.jpg", "mail.txt", "mail.msg", "mail"])
def test_an_email_saved_under_another_name_is_an_email(
    shop: Services, angry_customer_id: int, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(bytes(email("Pay me back or I will see you in court.", subject="Last chance")))
    report = shop.imports.run([str(path)])  # matched by the sender's address
    assert report.summary() == "Imported 1, skipped 0 already there, failed 0."
    item = report.imported[0]
    contact = shop.contacts.get(item.contact_id)
    assert (contact.customer_id, contact.channel) == (angry_customer_id, Channel.EMAIL)
    assert (contact.summary, contact.text) == (
        "Last chance",
        "Pay me back or I will see you in court.",
    )
    assert [s.category for s in item.suggestions] == [Category.THREAT_LEGAL]
    [kept] = shop.contacts.attachments(contact.id)
    assert kept.mime == "message/rfc822"
    assert shop.contacts.attachment_data(kept.id)[1] == path.read_bytes()
    if path.suffix:
        assert item.warnings[0].startswith(f"Its name ends in “{path.suffix}”, but it is an email")


def test_notes_with_colons_stay_a_plain_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Name: Pat\nPhone: 0123\nAddress: 1 High St\n\nCalled three times today.\n")
    assert kind_of(str(path)) == "file"
    image = tmp_path / "photo.png"
    image.write_bytes(b"Name: Pat\nPhone: 0123\n\nnot a picture\n")
    assert kind_of(str(image)) == "image"


def test_an_outlook_message_named_eml_is_read_as_outlook(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = write_msg(
        tmp_path / "saved.eml",
        subject="Outlook",
        body="I will sue you.",
        sender=ANGRY,
        message_id="<o1@example.com>",
    )
    assert kind_of(str(path)) == "outlook"
    report = shop.imports.run([str(path)])
    contact = shop.contacts.get(report.imported[0].contact_id)
    assert (contact.summary, contact.text) == ("Outlook", "I will sue you.")


@pytest.mark.parametrize("name", ["empty.eml", "empty.png", "empty.mbox", "empty.csv", "Trash"])
@pytest.mark.parametrize("data", [b"", b"\n\n\n", b" \r\n\t\r\n"])
def test_an_empty_file_is_refused_as_empty(
    shop: Services, angry_customer_id: int, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for options in (ImportOptions(), ImportOptions(customer_id=angry_customer_id)):
        report = shop.imports.run([str(path)], options)
        assert report.summary() == "Imported 0, skipped 0 already there, failed 1."
        assert [(f.source, f.reason) for f in report.failed] == [(name, EMPTY)]
    assert EMPTY == "Nothing was imported: the file is empty."
    assert shop.contacts.page_for_customer(angry_customer_id, 0, 10) == []


def test_a_picture_cut_off_part_way_is_imported_with_a_warning(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    whole = _picture("PNG")
    for name, data in [("cut.png", whole[: len(whole) // 2]), ("cut.eml", whole[:60])]:
        path = tmp_path / name
        path.write_bytes(data)
        report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
        assert CANNOT_DRAW in report.imported[0].warnings
        kept = shop.contacts.attachments(report.imported[0].contact_id)[0]
        assert kept.mime == "image/png"
    big = tmp_path / "cut.jpg"
    big.write_bytes(_picture("JPEG")[:-200])
    report = shop.imports.run([str(big)], ImportOptions(customer_id=angry_customer_id))
    assert CANNOT_DRAW in report.imported[0].warnings


def test_text_named_as_a_picture_warns_it_is_not_one(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "screenshot.png"
    path.write_bytes(b"<html>this is a web page, saved with the wrong name</html>")
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert report.imported[0].warnings == (NOT_A_PICTURE,)
    odd = tmp_path / "photo.heic"
    odd.write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    report = shop.imports.run([str(odd)], ImportOptions(customer_id=angry_customer_id))
    assert report.imported[0].warnings == ()  # a format Steady cannot check is not blamed


def test_the_command_line_names_what_is_wrong_with_the_file(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path)
    services.customers.add(Customer(name="Angry Person", emails=(ANGRY,)))
    services.close()
    picture = tmp_path / "picture.eml"
    picture.write_bytes(_picture("PNG"))
    cut = tmp_path / "truncated.png"
    cut.write_bytes(_picture("PNG")[:70])
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    stranger = tmp_path / "stranger.eml"
    stranger.write_bytes(bytes(email(sender="someone@example.net")))
    code = main(["--db", str(db_path), "import", str(picture), str(cut), str(empty), str(stranger)])
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines() == [
        "Imported 0, skipped 0 already there, failed 4.",
        f"  failed: empty.eml: {EMPTY}",
        "  failed: picture.eml: Its name ends in “.eml”, but it is a PNG picture, so it is read "
        "as one. Nothing in it says who it is from: import it again with --customer ID.",
        f"  failed: truncated.png: {CANNOT_DRAW} Nothing in it says who it is from: import it "
        "again with --customer ID.",
        "  failed: stranger.eml: No customer has the address or handle someone@example.net. "
        "Add it to a customer, or import again with --customer ID.",
    ]


_STARTS = [b"", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF89a", b"RIFF\0\0\0\0WEBP", b"%PDF-"]
_STARTS += [b"From: a@example.com\nDate: x\n", b"From a@b Mon Nov  2 10:00:00 2026\nFrom: a\n"]
_STARTS += [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\n \r\n"]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.sampled_from(_STARTS),
    rest=st.binary(max_size=300),
    suffix=st.sampled_from(["", ".eml", ".png", ".jpg", ".msg", ".mbox", ".csv", ".txt"]),
)
def test_whatever_the_bytes_and_the_name_one_file_is_one_outcome(
    shop: Services, angry_customer_id: int, tmp_path: Path, start: bytes, rest: bytes, suffix: str
) -> None:
    path = tmp_path / f"odd{suffix}"
    path.write_bytes(start + rest)
    report = shop.imports.run([str(path)], ImportOptions(customer_id=angry_customer_id))
    assert not report.stopped
    if kind_of(str(path)) != "mbox":  # a mailbox holds any number of messages
        assert len(report.imported) + len(report.skipped) + len(report.failed) == 1
    assert shop.verify().ok
