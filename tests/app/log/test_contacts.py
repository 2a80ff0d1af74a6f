from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Customer
from app.core.errors import InvalidInputError, NotFoundError
from app.services import Services
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 5, 8, 15, tzinfo=UTC)


def test_exact_words_are_kept_byte_for_byte(services: Services, customer_id: int) -> None:
    words = "  Ｙou’ll  hear from my lawyer!!\r\n\tΣας παρακαλώ — 请退款 \x00end  "
    contact_id = services.contacts.log(customer_id, inbound(words, AT))
    assert services.contacts.get(contact_id).text == words


def test_correction_keeps_the_original_and_every_version(
    services: Services, customer_id: int
) -> None:
    contact_id = services.contacts.log(
        customer_id,
        inbound(
            "I will sue",
            AT,
            summary="Legal threat",
            categories=(Category.THREAT_LEGAL,),
            severity=3,
        ),
    )
    original = services.contacts.get(contact_id).details
    number = services.contacts.correct(
        contact_id,
        replace(original, text="I will sue you tomorrow", severity=4),
        "Transcribed the voicemail again",
    )
    assert number == 1
    current = services.contacts.get(contact_id)
    assert current.text == "I will sue you tomorrow" and current.revision == 1
    history = services.contacts.revisions(contact_id)
    assert [(r.number, r.details.text) for r in history] == [
        (0, "I will sue"),
        (1, "I will sue you tomorrow"),
    ]
    assert history[1].reason == "Transcribed the voicemail again"
    assert services.verify().ok


def test_correction_needs_a_reason_and_a_change(services: Services, customer_id: int) -> None:
    contact_id = services.contacts.log(customer_id, inbound("hello", AT))
    details = services.contacts.get(contact_id).details
    with pytest.raises(InvalidInputError, match="why"):
        services.contacts.correct(contact_id, replace(details, text="hi"), "  ")
    with pytest.raises(InvalidInputError, match="Nothing was changed"):
        services.contacts.correct(contact_id, details, "no change")


def test_attachments_are_stored_once_with_their_hash(services: Services, customer_id: int) -> None:
    image = NewAttachment("post.png", b"\x89PNG...pixels", "image/png")
    first = services.contacts.log(customer_id, inbound("see screenshot", AT), [image])
    services.contacts.log(customer_id, inbound("same screenshot again", AT), [image])
    [attachment] = services.contacts.attachments(first)
    assert attachment.sha256 == hashlib.sha256(b"\x89PNG...pixels").hexdigest()
    meta, data = services.contacts.attachment_data(attachment.id)
    assert data == b"\x89PNG...pixels" and meta.filename == "post.png"
    count = services.store.db.execute("SELECT count(*) FROM blobs").fetchone()[0]  # type: ignore[attr-defined]
    assert count == 1


def test_failed_log_leaves_nothing_behind(services: Services, customer_id: int) -> None:
    before = services.verify().entries
    with pytest.raises(NotFoundError):
        services.contacts.log(9999, inbound("orphan", AT))
    assert services.verify().entries == before
    assert services.contacts.count_for_customer(customer_id) == 0


def test_empty_contact_is_refused(services: Services, customer_id: int) -> None:
    with pytest.raises(InvalidInputError, match="exact words"):
        services.contacts.log(customer_id, inbound("   ", AT))


def test_customer_edit_is_ledgered(services: Services, customer_id: int) -> None:
    customer = services.customers.get(customer_id)
    services.customers.update(
        replace(customer, amount_paid=Decimal("19.95"), phones=("+1 555 0101",)),
        reason="a new number",
    )
    again = services.customers.get(customer_id)
    assert again.amount_paid == Decimal("19.95") and again.phones == ("+1 555 0101",)
    entries = services.store.ledger.entries("customer", customer_id)
    assert [e.action for e in entries] == ["customer.added", "customer.updated"]
    assert entries[1].detail == {
        "changed": ["phones", "amount_paid"],
        "before": {"phones": [], "amount_paid": "0"},
        "after": {"phones": ["+1 555 0101"], "amount_paid": "19.95"},
        "reason": "a new number",
    }
    assert services.verify().ok


def test_bad_customer_input_is_explained(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="needs a name"):
        services.customers.add(Customer(name="  "))
    with pytest.raises(InvalidInputError, match="does not look like an email"):
        services.customers.add(Customer(name="X", emails=("not-an-email",)))
