"""The business on the letterhead, the packet's number, and the default purpose and contact."""

from __future__ import annotations

from datetime import date

from app.core.errors import SteadyError
from app.packets.data import (
    BusinessProfile,
    PacketKind,
)
from app.packets.handed_on import PacketLogger
from app.services import Services
from app.standing.action_records import ActionKind

# Printed where the business's name belongs until Settings › Business profile has one: plainly a
# gap to fill. "Your business" read as a name and signed the letter to the customer.
UNNAMED_BUSINESS = "[your business name]"


def business_profile(services: Services) -> BusinessProfile:
    settings = services.settings
    logo: bytes | None = None
    logo_ref = settings.text("business_logo").strip()
    if logo_ref:
        try:
            logo = services.store.blobs.get(logo_ref)
        except SteadyError:
            logo = None
    return BusinessProfile(
        name=settings.text("business_name").strip() or UNNAMED_BUSINESS,
        address_lines=tuple(
            line.strip() for line in settings.text("business_address").splitlines() if line.strip()
        ),
        phone=settings.text("business_phone"),
        email=settings.text("business_email"),
        logo=logo,
        owner_name=settings.text("owner_name"),
        signature=settings.text("signature"),
        currency_symbol=settings.currency_symbol,
    )


def next_number(logger: PacketLogger, customer_id: int, kind: PacketKind, day: date) -> str:
    made = sum(1 for a in logger.history(customer_id) if a.kind is ActionKind.PACKET)
    prefix = "T" if kind is PacketKind.TERMINATION else "L"
    return f"{prefix}-{customer_id}-{day:%Y%m%d}-{made + 1}"


def default_purpose(kind: PacketKind, business: BusinessProfile, name: str) -> str:
    if kind is PacketKind.TERMINATION:
        return (
            f"This packet records why {business.name} is ending its relationship with {name}, "
            "for the business's leadership and the customer file."
        )
    return (
        f"{business.name} asks for advice and, where appropriate, action about the conduct of "
        f"{name}, set out below from the records the business kept at the time."
    )


def default_contact_person(business: BusinessProfile) -> str:
    parts = [business.owner_name, business.name, business.phone, business.email]
    return ", ".join(p for p in parts if p)
