"""The demo database: a small file-hosting business and four fictional difficult customers.

Every name, address and message here is invented, drawn from situations shop owners meet.
Dates are set relative to today so the demo always looks current."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.core.contact_changes import NewAttachment
from app.core.domain import ContactDetails
from app.core.errors import InvalidInputError
from app.core.paths import assets_folder
from app.demo.hale_and_delacroix import delacroix, hale
from app.demo.pryce_and_morrow import morrow, pryce
from app.demo.shapes import DemoContact, DemoCustomer
from app.services import Services

DEMO_SETTINGS: dict[str, object] = {
    "business_name": "Larkspur Files",
    "business_address": "14 Orchard Row\nPortmere PM2 7QT",
    "business_phone": "+1 555 0100",
    "business_email": "support@larkspurfiles.example",
    "business_addresses": "support@larkspurfiles.example\njordan@larkspurfiles.example",
    "owner_name": "Jordan Ellis",
    "signature": "Jordan Ellis\nFounder, Larkspur Files\nsupport@larkspurfiles.example · +1 555 0100",
    "hourly_rate": "45.00",
    "currency": "USD",
}


def demo_customers() -> list[DemoCustomer]:
    return [pryce(), morrow(), hale(), delacroix()]


def _when(today: datetime, contact: DemoContact) -> datetime:
    hours = int(contact.hour)
    minutes = round((contact.hour - hours) * 60)
    return today - timedelta(days=contact.days_ago) + timedelta(hours=hours, minutes=minutes)


def fill_demo(services: Services) -> dict[str, int]:
    """Write the demo into an empty database through the ordinary use cases (so it is ledgered)."""
    if services.customers.count() > 0:
        raise InvalidInputError(
            "This database already has customers; the demo goes into an empty database "
            "(use --db with a new file)."
        )
    today = services.clock().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    services.settings.update(DEMO_SETTINGS)
    counts = {"customers": 0, "contacts": 0, "attachments": 0}
    folder = assets_folder() / "demo"
    for demo in demo_customers():
        customer_id = services.customers.add(demo.customer)
        counts["customers"] += 1
        for contact in demo.contacts:
            attachments = []
            if contact.screenshot:
                data = (folder / contact.screenshot).read_bytes()
                attachments.append(
                    NewAttachment(
                        contact.screenshot,
                        data,
                        "image/png",
                        note="Screenshot taken when the post was found",
                    )
                )
            services.contacts.log(
                customer_id,
                ContactDetails(
                    occurred_at=_when(today, contact),
                    channel=contact.channel,
                    direction=contact.direction,
                    text=contact.text,
                    summary=contact.summary,
                    categories=contact.categories,
                    severity=contact.severity,
                    minutes=contact.minutes,
                    url=contact.url,
                    staff=contact.staff,
                ),
                attachments,
                source="demo",
            )
            counts["contacts"] += 1
            counts["attachments"] += len(attachments)
    return counts
