"""A packet with its pictures left out, as the other side reads it: not one picture drawn on
any page, and each one named in words by its file name, size and SHA-256 on its own exhibit
page, so the packet still proves the file exists and says how to ask for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.business_profile import BusinessProfile
from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, Customer
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from app.services import Services
from tests.helpers.packet_fixtures import PacketSubject, _details, flat, pdf_text, png
from tests.helpers.pdf_reading import reader


def _images(pdf: bytes) -> list[tuple[int, int]]:
    """(page from 1, width in pixels) of every image XObject any page draws."""
    found = []
    for number, page in enumerate(reader(pdf).pages, start=1):
        for ref in ((page.get("/Resources") or {}).get("/XObject") or {}).values():
            shown = ref.get_object()
            if shown.get("/Subtype") == "/Image":
                found.append((number, int(shown["/Width"])))
    return found


def _make(subject: PacketSubject, kind: PacketKind, **options: object) -> MadePacket:
    return make_packet(subject.services, subject.customer_id, PacketOptions(kind, **options))  # type: ignore[arg-type]


def _left_out_line(name: str, size: int, sha256: str) -> str:
    return (
        f"Picture left out of this packet: “{name}”, image/png, {size:,} bytes, SHA-256 {sha256}."
    )


@pytest.mark.parametrize("kind", list(PacketKind))
def test_pictures_left_out_are_named_not_drawn(
    packet_subject: PacketSubject, kind: PacketKind
) -> None:
    drawn = _make(packet_subject, kind)
    made = _make(packet_subject, kind, leave_pictures_out=True)
    assert [w for _, w in _images(drawn.pdf.data)] == [900]  # the screenshot, as before
    assert _images(made.pdf.data) == []
    pages = [flat(page) for page in pdf_text(made.pdf.data)]
    text = " ".join(pages)
    (picture,) = [e for e in made.data.exhibits if e.is_image]
    line = _left_out_line("post.png", picture.size, picture.sha256)
    # On the picture's own page, under its heading and facts, with its number as before.
    assert any(
        page.startswith("Exhibit 2 — post.png") or "Exhibit 2 — post.png SHA-256" in page
        for page in pages
        if line in page
    ), line
    assert "can be asked for as Exhibit 2" in text
    # Numbering and hashes are those of the packet that draws them; the post's words print.
    assert [(e.number, e.sha256) for e in made.data.exhibits] == [
        (e.number, e.sha256) for e in drawn.data.exhibits
    ]
    assert "Larkspur Files are crooks, avoid!" in text
    assert "Picture left out of this packet (listed, not drawn)" in text  # the index
    # The cover says so, and so does the integrity statement: nothing was lost.
    said = "1 picture (Exhibit 2) was left out of this copy at the owner's choice"
    assert said in pages[0]
    assert any("Integrity statement" in page and said in page for page in pages[1:])
    assert "left out of this copy" not in flat(" ".join(pdf_text(drawn.pdf.data)))
    # No reason is made up: nothing in this copy is redacted.
    assert "cannot be redacted" not in text


@pytest.mark.parametrize("kind", list(PacketKind))
def test_a_redacted_packet_leaving_pictures_out_warns_of_no_unredacted_picture(
    packet_subject: PacketSubject, kind: PacketKind
) -> None:
    rules = (Redaction("pat_rants", None, "the customer's handle"),)
    warned = _make(packet_subject, kind, redactions=rules)
    made = _make(packet_subject, kind, redactions=rules, leave_pictures_out=True)
    assert "not redacted: 1 picture" in flat(" ".join(pdf_text(warned.pdf.data)))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "printed as received" not in text and "not redacted: 1 picture" not in text
    assert "This copy is redacted" in text
    assert (
        "(Exhibit 2) was left out of this copy at the owner's choice, as words in a picture cannot be redacted."
        in text
    )
    assert _images(made.pdf.data) == []


def test_the_option_follows_the_setting_when_not_given(packet_subject: PacketSubject) -> None:
    packet_subject.services.settings.update({"packet_pictures": "Leave them out"})
    assert _images(_make(packet_subject, PacketKind.LEGAL).pdf.data) == []
    drawn = _make(packet_subject, PacketKind.LEGAL, leave_pictures_out=False)
    assert len(_images(drawn.pdf.data)) == 1


@pytest.fixture
def only_pictures(services: Services) -> PacketSubject:
    """A customer whose every exhibit is a screenshot, one of them a scrolled thread."""
    customer = services.customers.add(Customer(name="Quinn Harte"))
    start = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    ids = {}
    sizes = [(900, 500), (640, 4200), (1200, 300)]
    for n, (w, h) in enumerate(sizes):
        ids[f"post{n}"] = services.contacts.log(
            customer,
            _details(
                f"Post number {n} about the shop",
                start + timedelta(days=n),
                channel=Channel.SOCIAL,
                url=f"https://x.com/quinn/status/{n}",
                categories=(Category.HARASSMENT_SOCIAL,),
                severity=3,
            ),
            [NewAttachment(f"post-{n}.png", png(w, h, f"#{n + 1}0{n}0a0"), "image/png")],
        )
    return PacketSubject(services, customer, ids)


@pytest.mark.parametrize("kind", list(PacketKind))
def test_a_packet_of_nothing_but_pictures(only_pictures: PacketSubject, kind: PacketKind) -> None:
    made = _make(only_pictures, kind, leave_pictures_out=True)
    drawn = _make(only_pictures, kind)
    assert len(_images(drawn.pdf.data)) >= 3 and _images(made.pdf.data) == []
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert [e.number for e in made.data.exhibits] == [1, 2, 3]
    for exhibit in made.data.exhibits:
        assert _left_out_line(exhibit.filename, exhibit.size, exhibit.sha256) in text
    assert "3 pictures (Exhibits 1, 2, 3) were left out of this copy" in text
    for n in range(3):
        assert f"Post number {n} about the shop" in text
    # The long screenshot's parts are not cut for pages nobody draws.
    assert made.pdf.pages < drawn.pdf.pages


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Dana Whitlock home.png", "[redacted] home.png"),
        ("IMG_Dana_Whitlock.png", "IMG_[redacted].png"),
        ("dana-whitlock.png", "[redacted].png"),
    ],
)
def test_a_picture_named_with_redacted_words_is_named_redacted(
    packet_subject: PacketSubject, name: str, shown: str
) -> None:
    services = packet_subject.services
    at = services.contacts.get(packet_subject.contact_ids["after"]).occurred_at
    services.contacts.log(
        packet_subject.customer_id,
        _details("Look where your staff lives", at + timedelta(hours=1), channel=Channel.SOCIAL),
        [NewAttachment(name, png(300, 200), "image/png")],
    )
    made = _make(
        packet_subject,
        PacketKind.LEGAL,
        redactions=(Redaction("Dana Whitlock", None, "staff safety"),),
        leave_pictures_out=True,
    )
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "dana" not in text.lower() and "whitlock" not in text.lower()
    picture = made.data.exhibits[-1]
    assert _left_out_line(shown, picture.size, picture.sha256) in text
    assert f"Exhibit {picture.number} — {shown}" in text


def test_the_business_logo_is_not_evidence_and_still_heads_the_letterhead(
    packet_subject: PacketSubject,
) -> None:
    services = packet_subject.services
    BusinessProfile(services.store, services.settings).set_logo(png(120, 40, "#204060"))
    made = _make(packet_subject, PacketKind.LEGAL, leave_pictures_out=True)
    # Only the 120-pixel logo, once per page it heads; never the 900-pixel screenshot.
    assert {width for _, width in _images(made.pdf.data)} == {120}
