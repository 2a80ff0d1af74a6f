"""A redacted packet's bundle: the warning reads each original as its program shows it (a mail
decoded, a picture's metadata), pictures get copies without metadata, and README.txt names only
the folders the bundle has."""

from __future__ import annotations

import base64
import io
import zipfile
from datetime import UTC, datetime

from PIL import Image, PngImagePlugin

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, Customer
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle, exhibit_path, originals_with_redacted_text
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from app.services import Services
from tests.helpers.packet_fixtures import _details


def _mail(body_headers: str, body: bytes, attachment: bytes = b"") -> bytes:
    """A multipart mail as Gmail and Outlook send it: encoded words, encoded parts."""
    subject = base64.b64encode("Zoë Ågren: final warning".encode()).decode()
    parts = [
        "From: =?utf-8?q?Zo=C3=AB_=C3=85gren?= <zoe@mail.example>",
        "To: shop@example.com",
        f"Subject: =?utf-8?b?{subject}?=",
        "Date: Tue, 06 Oct 2026 10:00:00 +0000",
        "MIME-Version: 1.0",
        'Content-Type: multipart/mixed; boundary="XX"',
        "",
        "--XX",
        body_headers,
        "",
    ]
    raw = "\r\n".join(parts).encode() + body + b"\r\n"
    if attachment:
        raw += attachment
    return raw + b"--XX--\r\n"


BASE64_BODY = _mail(
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
    base64.encodebytes(b"Tell Mayfield and Bilbo that I know where they park.\n"),
)
# Windows-1252, quoted-printable, the name broken by a soft line break.
LATIN_QP_BODY = _mail(
    "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable",
    b"Caf=E9 staff: Mayf=\r\nield knows.",
)
HTML_BODY = _mail(
    "Content-Type: text/html; charset=us-ascii",
    b"<p>Ask May<span>field</span>&nbsp;about Zo&euml; &Aring;gren.</p>",
)
# Only the attachment of a forwarded mail holds the word.
ATTACHED = _mail(
    "Content-Type: text/plain; charset=utf-8",
    b"See attached.",
    b"--XX\r\nContent-Type: text/plain; charset=utf-16\r\n"
    b'Content-Disposition: attachment; filename="n.txt"\r\nContent-Transfer-Encoding: base64\r\n'
    b"\r\n" + base64.encodebytes("Private: Mayfield".encode("utf-16")) + b"\r\n",
)


def _picture_with_metadata(kind: str) -> bytes:
    image = Image.new("RGB", (120, 60), "white")
    out = io.BytesIO()
    if kind == "jpeg":
        exif = Image.Exif()
        exif[0x013B] = "Mayfield"  # Artist
        exif[0x010E] = "Shot at 14 Birch Lane"  # ImageDescription
        exif[0x8825] = {1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)}
        image.save(out, "JPEG", exif=exif.tobytes(), comment=b"by Mayfield")
    else:
        info = PngImagePlugin.PngInfo()
        info.add_itxt("Author", "Zoë Ågren")
        info.add_text(
            "XML:com.adobe.xmp", "<x:xmpmeta><dc:creator>Mayfield</dc:creator></x:xmpmeta>"
        )
        image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


def _made(services: Services, *files: NewAttachment, **options: object) -> MadePacket:
    customer_id = services.customers.add(Customer(name="Gary Flint"))
    if not files:
        services.contacts.log(
            customer_id, _details("Mayfield knows.", datetime(2026, 10, 5, 10, 0, tzinfo=UTC))
        )
    for n, attachment in enumerate(files):
        services.contacts.log(
            customer_id,
            _details(
                "See the file.",
                datetime(2026, 10, 6 + n, 10, 0, tzinfo=UTC),
                channel=Channel.SOCIAL if attachment.mime.startswith("image/") else Channel.EMAIL,
                categories=(Category.THREAT_PHYSICAL,),
                severity=4,
            ),
            [attachment],
        )
    return make_packet(
        services,
        customer_id,
        PacketOptions(
            PacketKind.LEGAL,
            redactions=options.pop("redactions", (Redaction("Mayfield"),)),  # type: ignore[arg-type]
            **options,  # type: ignore[arg-type]
        ),
    )


def bundle_warning(made: MadePacket) -> str:
    # What the window asks and the command line says before the bundle is written.
    from app.packets.bundle_warning import bundle_warning as said

    return said(made.data)


def _eml(name: str, data: bytes) -> NewAttachment:
    return NewAttachment(name, data, "message/rfc822")


def test_every_encoded_mail_holding_a_redacted_word_is_named(services: Services) -> None:
    made = _made(
        services,
        _eml("b64.eml", BASE64_BODY),
        _eml("qp.eml", LATIN_QP_BODY),
        _eml("html.eml", HTML_BODY),
        _eml("attached.eml", ATTACHED),
        _eml("clean.eml", _mail("Content-Type: text/plain", b"Nothing here, May.")),
    )
    assert originals_with_redacted_text(made.data) == [1, 2, 3, 4]
    warning = bundle_warning(made)
    assert "exhibits 1, 2, 3, 4 still contain words you redacted" in warning


def test_the_name_in_an_encoded_header_alone_is_found(services: Services) -> None:
    made = _made(
        services,
        _eml("b64.eml", BASE64_BODY),
        redactions=(Redaction("Zoë Ågren"),),
    )
    assert originals_with_redacted_text(made.data) == [1]  # only the From and Subject hold it


def test_a_picture_gets_a_copy_without_metadata_and_its_original_is_kept(
    services: Services,
) -> None:
    jpeg = NewAttachment("IMG_2026.jpg", _picture_with_metadata("jpeg"), "image/jpeg")
    png = NewAttachment("shot.png", _picture_with_metadata("png"), "image/png")
    made = _made(services, jpeg, png)
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    for exhibit, original in zip(made.data.exhibits, (jpeg, png), strict=True):
        assert archive.read(exhibit_path(exhibit)) == original.data
        copy = archive.read(f"redacted/{exhibit_path(exhibit).removeprefix('exhibits/')}")
        assert b"Mayfield" not in copy and b"Birch" not in copy and "Ågren".encode() not in copy
        with Image.open(io.BytesIO(copy)) as image:
            assert not image.getexif() and not getattr(image, "text", {})
            assert not {"comment", "xmp", "XML:com.adobe.xmp", "Author"} & set(image.info)
            assert image.size == (120, 60)
    assert originals_with_redacted_text(made.data) == [1, 2]
    warning = bundle_warning(made)
    assert "exhibits 1, 2 still contain words you redacted" in warning
    assert "The original of exhibit 1 records where the picture was taken" in warning
    readme = archive.read("README.txt").decode()
    assert "In redacted/, exhibits 1, 2: the pictures as the packet draws them" in readme
    assert "The original of exhibit 1 records where the picture was taken" in readme


def test_readme_names_redacted_only_when_the_folder_exists(services: Services) -> None:
    picture = NewAttachment("review.png", _picture_with_metadata("png"), "image/png")
    made = _made(services, picture, leave_pictures_out=True)
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    assert not [name for name in archive.namelist() if name.startswith("redacted/")]
    readme = archive.read("README.txt").decode()
    assert "redacted/" not in readme
    assert "exhibits/       every evidence file" in readme
    assert "No redacted copy of exhibit 1" in readme


def test_readme_of_a_packet_without_files_lists_no_exhibits_folder(services: Services) -> None:
    made = _made(services)
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    names = archive.namelist()
    readme = archive.read("README.txt").decode()
    assert not [n for n in names if n.startswith(("exhibits/", "redacted/"))]
    assert "exhibits/" not in readme.split("FINGERPRINTS")[0]
    assert "redacted/" not in readme


def test_a_name_written_in_a_pictures_details_any_way_is_found(services: Services) -> None:
    """XMP with character references, Windows' UTF-16 XPAuthor, a UNICODE UserComment: the
    raw bytes never spell the name, the picture's details do."""
    image = Image.new("RGB", (40, 20), "white")
    shots = []
    for how in ("xmp", "xpauthor", "usercomment"):
        out = io.BytesIO()
        exif = Image.Exif()
        if how == "xpauthor":
            exif[0x9C9D] = "Mayfield".encode("utf-16-le") + b"\x00\x00"
        extra: dict[str, object] = {"exif": exif.tobytes()}
        if how == "xmp":
            extra["xmp"] = b"<x:xmpmeta><dc:creator>May&#x66;ield</dc:creator></x:xmpmeta>"
        if how == "usercomment":
            exif_ifd = exif.get_ifd(0x8769)
            exif_ifd[0x9286] = b"UNICODE\x00" + "by Mayfield".encode("utf-16-le")
            extra["exif"] = exif.tobytes()
        image.save(out, "JPEG", **extra)  # type: ignore[arg-type]
        assert b"Mayfield" not in out.getvalue()
        shots.append(NewAttachment(f"{how}.jpg", out.getvalue(), "image/jpeg"))
    made = _made(services, *shots, NewAttachment("plain.jpg", _plain_jpeg(), "image/jpeg"))
    assert originals_with_redacted_text(made.data) == [1, 2, 3]


def _plain_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(out, "JPEG")
    return out.getvalue()


def test_a_word_in_an_attachments_base64_lines_is_not_a_word_of_the_mail(
    services: Services,
) -> None:
    # "May+ABCD" is base64 for six bytes of a file, not the word "May".
    binary = (
        b"--XX\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="data.bin"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nMay+ABCD\r\n"
    )
    made = _made(
        services,
        _eml("bin.eml", _mail("Content-Type: text/plain", b"Hello.", binary)),
        redactions=(Redaction("May"),),
    )
    assert originals_with_redacted_text(made.data) == []
