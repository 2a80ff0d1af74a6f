"""A customer who writes a phone number or an order number so that the owner's search misses
it: in Arabic-Indic, Persian or full-width digits, glued to Chinese words, or grouped another
way than the owner types it. The owner types plain ASCII digits, as on any keyboard, and must
find the contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.core.domain import Customer
from app.core.search_hits import HIT_END, HIT_START
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

# What the customer wrote, in plain digits here, then each way of writing the digits.
PHONE = "Call me on 0412 555 019 or I come to the shop"
ORDER = "Where is order 4471 you thieves"
WRITTEN = {
    "Arabic-Indic phone": (PHONE.translate(ARABIC_INDIC), "0412 555 019"),
    "Persian phone": (PHONE.translate(PERSIAN), "0412 555 019"),
    "full-width phone": (PHONE.translate(FULL_WIDTH), "0412 555 019"),
    "Arabic-Indic phone, run together": (PHONE.translate(ARABIC_INDIC), "0412555019"),
    "Persian phone, run together": (PHONE.translate(PERSIAN), "0412555019"),
    "Arabic-Indic order": (ORDER.translate(ARABIC_INDIC), "order 4471"),
    "Persian order": (ORDER.translate(PERSIAN), "order 4471"),
    "full-width order": (ORDER.translate(FULL_WIDTH), "order 4471"),
    "Arabic-Indic order, number alone": (ORDER.translate(ARABIC_INDIC), "4471"),
    "Arabic text, Arabic-Indic order": ("أين طلبي رقم ٤٤٧١ يا لصوص", "4471"),
    "Chinese text, full-width order glued": ("我的订单４４７１号在哪里", "4471"),
    "Chinese text, plain order glued": ("我的订单4471号在哪里", "4471"),
    "Chinese text, Arabic-Indic phone glued": ("电话٠٤١٢٥٥٥٠١٩找我", "0412 555 019"),
    "accented word beside the number": ("ÉCOLE ٤٤٧١ رقم", "ÉCOLE 4471"),
}


def _found(services: Services, query: str, prefix: bool = False) -> list[str]:
    return [
        hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        for hit in services.search(query, prefix=prefix)
        if hit.kind == "contact"
    ]


@pytest.mark.parametrize("how", list(WRITTEN))
def test_plain_digits_find_a_number_written_in_other_digits(
    services: Services, customer_id: int, how: str
) -> None:
    written, typed = WRITTEN[how]
    # Beside it, contacts that hold some of the digits but not the number.
    services.contacts.log(customer_id, inbound("Order 44712 and ٤٤٧١٢ are not it", AT))
    services.contacts.log(customer_id, inbound("Call ٠٤١٢ ٥٥٥ ٠١٨ instead", AT))
    services.contacts.log(customer_id, inbound(written, AT + timedelta(hours=1)))
    found = _found(services, typed)
    assert len(found) == 1, found
    assert "[" in found[0]


def test_a_number_in_other_digits_is_found_as_the_owner_types_it(
    services: Services, customer_id: int
) -> None:
    services.contacts.log(customer_id, inbound(ORDER.translate(ARABIC_INDIC), AT))
    assert len(_found(services, "447", prefix=True)) == 1
    assert len(_found(services, "4471", prefix=True)) == 1


def test_a_corrected_number_is_found_and_told_as_corrected(
    services: Services, customer_id: int
) -> None:
    contact = services.contacts.log(customer_id, inbound(ORDER.translate(ARABIC_INDIC), AT))
    services.contacts.correct(contact, inbound("Where is my order", AT), "typo")
    [snippet] = _found(services, "4471")
    assert "٤٤٧١" in snippet


# How a customer groups a phone number, and how the owner types it back.
GROUPED = {
    "4-3-4": "0412 555 0199",
    "4-3-4 with dots": "0412.555.0199",
    "4-3-4 with dashes": "0412-555-0199",
    "5-3-3": "07700 900 123",
    "3-3-4": "041 255 5019",
    "3-3-4 with dots": "041.255.5019",
    "run together": "04125550199",
}


@pytest.mark.parametrize("how", list(GROUPED))
def test_a_phone_number_is_found_by_its_digits_run_together(
    services: Services, customer_id: int, how: str
) -> None:
    written = GROUPED[how]
    services.contacts.log(customer_id, inbound("ring 0412 555 0198 instead", AT))
    services.contacts.log(customer_id, inbound(f"ring me on {written} today", AT))
    typed = "".join(char for char in written if char.isdigit())
    assert len(_found(services, typed)) == 1
    assert len(_found(services, typed, prefix=True)) == 1


@pytest.mark.parametrize("typed", ["0412 555 0199", "0412.555.0199", "0412-555-0199"])
def test_a_phone_written_run_together_is_found_as_the_owner_groups_it(
    services: Services, customer_id: int, typed: str
) -> None:
    services.contacts.log(customer_id, inbound("ring me on 04125550199 today", AT))
    services.contacts.log(customer_id, inbound("ring 0412 555 0198 instead", AT))
    assert len(_found(services, typed)) == 1


def test_a_customer_whose_phone_is_grouped_4_3_4_is_found(services: Services) -> None:
    services.customers.add(Customer(name="Dana", phones=("0412 555 0199",)))
    services.customers.add(Customer(name="Eli", phones=("0412 555 0198",)))
    found = [hit.title for hit in services.search("04125550199") if hit.kind == "customer"]
    assert found == ["Dana"]
