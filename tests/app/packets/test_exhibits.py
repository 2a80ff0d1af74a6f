"""Posts matched to the customer's handle on the same platform; emails with any address form."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.core.contact_changes import NewAttachment
from app.core.domain import Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.data import PacketKind
from app.packets.exhibits import email_view
from app.packets.platforms import handle_for
from tests.helpers.packet_fixtures import PacketSubject, flat, pdf_text

HANDLES = ("X: @pat_rants", "HostTalk forum: gpryce", "Weibo: pat_wb")


@pytest.mark.parametrize(
    ("platform", "url", "handle"),
    [
        ("X (Twitter)", "https://x.com/pat_rants/status/1", "@pat_rants"),
        ("", "https://twitter.com/pat_rants/status/1", "@pat_rants"),
        ("weibo.com", "https://weibo.com/123/abc", "pat_wb"),
        ("nextdoor.com", "https://nextdoor.com/p/abc", ""),
        ("xing.com", "https://www.xing.com/profile/abc", ""),
        ("hosttalk.example", "https://hosttalk.example/threads/1", "gpryce"),
    ],
)
def test_a_handle_belongs_to_its_own_platform_only(platform: str, url: str, handle: str) -> None:
    assert handle_for(HANDLES, platform, url) == handle


def test_a_weibo_post_is_not_listed_under_the_x_handle(packet_subject: PacketSubject) -> None:
    services = packet_subject.services
    contact = services.contacts.log(
        packet_subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 3, 20, 9, 0, tzinfo=UTC),
            channel=Channel.SOCIAL,
            direction=Direction.INBOUND,
            text="他们是骗子",
            url="https://weibo.com/123/abcdef",
        ),
    )
    data = assemble_packet(services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL))
    (post,) = [p for p in data.public_posts if p.contact_id == contact]
    assert post.handle == ""


GROUPS = [
    "undisclosed-recipients:;",
    "outer: inner: a@b.example;;",
    "undisclosed-recipients:;, friends: y@z.example;",
    "a@",
]


@pytest.mark.parametrize("to", GROUPS)
def test_every_address_form_passes_through_the_email_view(to: str) -> None:
    raw = (
        f"From: Pat <pat@example.com>\r\nTo: {to}\r\nCc: {to}\r\nSubject: s\r\n\r\nYou will pay.\r\n"
    ).encode()
    view = email_view(raw)
    assert dict(view.headers)["To"].replace(" ", "") == to.replace(" ", "")
    assert view.body == "You will pay."


def test_a_group_address_email_goes_through_import_packet_and_bundle(
    services,
    db_path,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    customer = services.customers.add(Customer(name="Pat Example", emails=("pat@example.com",)))
    services.contacts.log(
        customer,
        ContactDetails(
            occurred_at=datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text="first",
        ),
        [NewAttachment("g.eml", _mail("outer: inner: a@b.example;;"), "message/rfc822")],
    )
    services.close()
    for n, to in enumerate(("undisclosed-recipients:;", "a: b: c@d.example;;")):
        mail = tmp_path / f"group{n}.eml"
        mail.write_bytes(_mail(to))
        assert main(["--db", str(db_path), "import", str(mail), "--customer", str(customer)]) == 0
    out, bundle = tmp_path / "p.pdf", tmp_path / "p.zip"
    code = main(
        [
            "--db",
            str(db_path),
            "packet",
            str(customer),
            "--kind",
            "legal",
            "--out",
            str(out),
            "--bundle",
            str(bundle),
        ]
    )
    assert code == 0
    text = flat("\n".join(pdf_text(out.read_bytes())))
    assert "undisclosed-recipients:;" in text and "outer: inner: a@b.example;;" in text
    names = zipfile.ZipFile(io.BytesIO(bundle.read_bytes())).namelist()
    assert "SHA256SUMS" in names


def _mail(to: str) -> bytes:
    return (
        "From: Pat Example <pat@example.com>\r\n"
        f"To: {to}\r\n"
        "Subject: refund\r\n"
        "Date: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
        f"Message-ID: <{to.encode().hex()[:24]}@example.com>\r\n"
        "\r\n"
        "You will pay for this.\r\n"
    ).encode()


def test_a_call_flagged_as_social_harassment_is_not_a_public_post(
    packet_subject: PacketSubject,
) -> None:
    from app.core.domain import Category

    services = packet_subject.services
    call = services.contacts.log(
        packet_subject.customer_id,
        ContactDetails(
            occurred_at=datetime(2026, 3, 21, 9, 0, tzinfo=UTC),
            channel=Channel.PHONE,
            direction=Direction.INBOUND,
            text="Called to say she is posting about us.",
            categories=(Category.HARASSMENT_SOCIAL,),
            staff="Sam",
        ),
    )
    data = assemble_packet(services, packet_subject.customer_id, PacketOptions(PacketKind.LEGAL))
    assert call not in [p.contact_id for p in data.public_posts]
    assert [p.url for p in data.public_posts] == ["https://x.com/pat_rants/status/1"]
