"""The saved reply answers the customer's own email: In-Reply-To and References carry its
Message-ID, and the subject is “Re: ” and theirs, so both mail programs show one conversation."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from app.core.domain import Customer
from app.reply.mail import eml_bytes, their_message_id
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.import_fixtures import email

WHEN = datetime(2026, 11, 27, 9, 0).astimezone()


def _imported(shop: Services, tmp_path: Path, **headers: str) -> int:
    path = tmp_path / "victor.eml"
    path.write_bytes(bytes(email("I still have not got my refund. Where is it?", **headers)))
    assert shop.imports.run([str(path)]).summary().startswith("Imported 1")
    (contact,) = shop.contacts.page_for_customer(1, 0, 10)
    return contact.id


def _saved(shop: Services, contact_id: int):  # type: ignore[no-untyped-def]
    reply = shop.replies.start(contact_id)
    reply.draft = "Dear Victor,\n\nThe refund went out today.\n\nKind regards,\nSam"
    return message_from_bytes(eml_bytes(shop.replies.outgoing_mail(reply), WHEN), policy=default)


def test_the_eml_joins_the_customers_thread(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    contact_id = _imported(
        shop,
        tmp_path,
        subject="RE: Invoice LF-10442 – wrong amount",
        message_id="<CAF1234.victor@hale-associates.example>",
    )
    saved = _saved(shop, contact_id)
    assert saved["In-Reply-To"] == "<CAF1234.victor@hale-associates.example>"
    assert saved["References"] == "<CAF1234.victor@hale-associates.example>"
    assert saved["Subject"] == "Re: Invoice LF-10442 – wrong amount"
    # The owner's own note about the message, written later, never reaches the customer.
    contact = shop.contacts.get(contact_id)
    shop.contacts.correct(contact_id, replace(contact.details, summary="Liar"), "my note")
    assert _saved(shop, contact_id)["Subject"] == "Re: Invoice LF-10442 – wrong amount"


def test_a_hostile_message_id_or_subject_adds_no_header(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    contact_id = _imported(
        shop, tmp_path, subject="Refund  now", message_id="<a b@x.example> <c@y.example>"
    )
    saved = _saved(shop, contact_id)
    assert saved["In-Reply-To"] is None and saved["References"] is None
    assert saved["Bcc"] is None
    # Without a Message-ID Steady cannot tell a subject from a note: the neutral subject.
    assert saved["Subject"].startswith("Re: your message of ")


def test_a_message_typed_in_by_hand_keeps_the_neutral_subject(business: Services, clock) -> None:  # type: ignore[no-untyped-def]
    customer = business.customers.add(Customer(name="Ana", emails=("ana@example.com",)))
    contact_id = business.contacts.log(
        customer, inbound("Where is my parcel?", clock(), summary="Threatens a chargeback")
    )
    saved = _saved(business, contact_id)
    assert saved["Subject"].startswith("Re: your message of ")
    assert saved["In-Reply-To"] is None


def test_only_a_plain_message_id_is_written_into_a_header() -> None:
    assert their_message_id("message-id:CAF1@host.example") == "<CAF1@host.example>"
    assert their_message_id("message-id:<CAF1@host.example>") == "<CAF1@host.example>"
    for hostile in ("message-id:a@b\r\nBcc: all@x.example", "message-id:a b@c", "sha256:ab@c"):
        assert their_message_id(hostile) == ""
