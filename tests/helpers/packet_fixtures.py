"""Fixtures for packets: a customer whose log has every script, an email and a screenshot."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from pypdf import PdfReader

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.services import Services

QUOTES = {
    "english": "You people are useless & I'll see you <in court>. “Final” warning — café.",
    "greek": "Θα σας καταγγείλω σε όλους τους πελάτες σας.",
    "cyrillic": "Я напишу плохой отзыв везде, запомните это.",
    "chinese": "你们的服务太差了我要投诉",
    "japanese": "返金しないなら訴えます",
    "korean": "환불하지 않으면 고소하겠습니다",
    "hebrew": "אני אתבע אתכם בבית משפט",
    "arabic": "سأقاضيكم في المحكمة",
    "emoji": "Enjoy your one star 😀 see you soon 🤬",
}

EMAIL = (
    b"Received: from mail.example by mx.larkspur.example; Tue, 3 Mar 2026 10:00:00 +0000\r\n"
    b"From: Pat Example <pat@example.com>\r\n"
    b"To: support@larkspur.example\r\n"
    b"Subject: =?utf-8?q?Last_chance_=E2=80=93_refund?=\r\n"
    b"Date: Tue, 3 Mar 2026 10:00:00 +0000\r\n"
    b"Message-ID: <abc123@mail.example>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n"
    b"\r\n"
    b"Refund me by Friday or my lawyer calls you. Staff member Robin lives at 9 Elm Lane.\r\n"
)


def png(width: int = 900, height: int = 500, colour: str = "#d04040") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


@dataclass
class PacketSubject:
    services: Services
    customer_id: int
    contact_ids: dict[str, int]


def _details(text: str, at: datetime, **fields: object) -> ContactDetails:
    return ContactDetails(
        occurred_at=at,
        channel=fields.pop("channel", Channel.EMAIL),  # type: ignore[arg-type]
        direction=fields.pop("direction", Direction.INBOUND),  # type: ignore[arg-type]
        text=text,
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def packet_subject(services: Services) -> PacketSubject:
    services.settings.update(
        {
            "business_name": "Larkspur Files",
            "business_address": "14 Orchard Row\nPortmere",
            "owner_name": "Jordan Ellis",
            "business_email": "support@larkspur.example",
        }
    )
    customer_id = services.customers.add(
        Customer(
            name="Pat Example",
            emails=("pat@example.com",),
            handles=("X: @pat_rants",),
            account_ref="LF-7",
        )
    )
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    ids: dict[str, int] = {}
    for index, (key, text) in enumerate(QUOTES.items()):
        ids[key] = services.contacts.log(
            customer_id,
            _details(
                text,
                start + timedelta(days=index),
                categories=(Category.ABUSE,) if index % 2 else (Category.THREAT_LEGAL,),
                severity=1 + index % 5,
                minutes=10,
            ),
        )
    ids["email"] = services.contacts.log(
        customer_id,
        _details(
            "Refund me by Friday or my lawyer calls you. Staff member Robin lives at 9 Elm Lane.",
            start + timedelta(days=12),
            categories=(Category.THREAT_LEGAL,),
            severity=4,
        ),
        [NewAttachment("refund.eml", EMAIL, "message/rfc822")],
        source="import:eml",
    )
    ids["post"] = services.contacts.log(
        customer_id,
        _details(
            "Larkspur Files are crooks, avoid!",
            start + timedelta(days=13),
            channel=Channel.SOCIAL,
            url="https://x.com/pat_rants/status/1",
            categories=(Category.HARASSMENT_SOCIAL, Category.THREAT_PUBLIC),
            severity=3,
        ),
        [NewAttachment("post.png", png(), "image/png")],
    )
    ids["warning"] = services.contacts.log(
        customer_id,
        _details(
            "This is a final warning: if this continues we will close your account.",
            start + timedelta(days=14),
            direction=Direction.OUTBOUND,
            staff="Jordan Ellis",
        ),
    )
    ids["after"] = services.contacts.log(
        customer_id,
        _details(
            "I don't care about your warning.",
            start + timedelta(days=15),
            categories=(Category.ABUSE,),
            severity=4,
        ),
    )
    return PacketSubject(services, customer_id, ids)


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed and compatibility forms folded (Arabic presentation forms)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())
