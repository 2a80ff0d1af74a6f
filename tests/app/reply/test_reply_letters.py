"""The calm-reply letters follow the packet letter's rules: only the customer's own written words
are quoted, a threat is never repeated back, a refund is claimed only when one was logged, a
policy is named only when one is recorded, and a threat of harm ends the offer to keep helping."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from app.core.domain import Category, Channel, Customer
from app.reply.readiness import placeholders_left
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound

NOTE = "Tom rang about the invoice. Very angry. I think he said something like he'd sort us out."
THREAT = "I know where you live. You will regret this."
RUDE = "You lot are clueless and rude."


@pytest.fixture
def tom(business: Services, clock: FakeClock) -> tuple[int, int]:
    """Tom paid nothing; a phone note and a written threat, then a plain question to answer."""
    customer = business.customers.add(
        Customer(name="Tom Caller", emails=("tom@example.com",), amount_paid=Decimal("0"))
    )
    day = timedelta(days=1)
    business.contacts.log(
        customer,
        inbound(
            NOTE,
            clock() - 6 * day,
            channel=Channel.PHONE,
            staff="Sam",
            categories=(Category.THREAT_PHYSICAL,),
            severity=4,
        ),
    )
    business.contacts.log(
        customer,
        inbound(THREAT, clock() - 3 * day, categories=(Category.THREAT_PHYSICAL,), severity=5),
    )
    last = business.contacts.log(customer, inbound("Where is my invoice?", clock() - day))
    return customer, last


def test_a_note_is_never_quoted_as_the_customers_words_nor_a_threat_repeated(
    business: Services, tom: tuple[int, int]
) -> None:
    reply = business.replies.start(tom[1])
    for key in ("termination", "boundary"):
        letter = business.replies.use_template(reply, key)
        assert "sort us out" not in letter and "Tom rang" not in letter  # Sam's note
        assert "know where you live" not in letter and "regret" not in letter  # the threat
        assert "We received a message on 30 October 2026 that contained a threat." in letter
        assert "refund" not in letter  # nothing paid, nothing refunded
        assert "terms of service" not in letter  # no policy is recorded


def test_after_a_threat_of_harm_the_boundary_letter_does_not_offer_to_keep_helping(
    business: Services, tom: tuple[int, int]
) -> None:
    letter = business.replies.use_template(business.replies.start(tom[1]), "boundary")
    assert "keep helping" not in letter and "want to help" not in letter
    assert "this conversation is over" in letter


def test_a_threat_only_in_a_staff_note_still_ends_the_offer_of_help(
    business: Services, clock: FakeClock
) -> None:
    customer = business.customers.add(Customer(name="Una Caller"))
    business.contacts.log(
        customer,
        inbound(NOTE, clock() - timedelta(days=2), channel=Channel.PHONE, staff="Sam",
                categories=(Category.THREAT_PHYSICAL,), severity=4),
    )  # fmt: skip
    last = business.contacts.log(customer, inbound("Any news?", clock() - timedelta(hours=2)))
    letter = business.replies.use_template(business.replies.start(last), "boundary")
    assert "keep helping" not in letter and "sort us out" not in letter
    # Nothing the customer wrote can be quoted: the owner fills the gap or deletes it.
    assert "- On [date]: “[the words used]”" in letter


def test_the_customers_own_rude_words_are_quoted_with_their_date(
    business: Services, clock: FakeClock
) -> None:
    customer = business.customers.add(Customer(name="Rita Rude", emails=("rita@example.com",)))
    business.contacts.log(
        customer, inbound(RUDE, clock() - timedelta(days=2), categories=(Category.ABUSE,))
    )
    last = business.contacts.log(customer, inbound("Any news?", clock() - timedelta(hours=2)))
    reply = business.replies.start(last)
    boundary = business.replies.use_template(reply, "boundary")
    assert f"- On 31 October 2026: “{RUDE}”" in boundary
    assert "I am glad to keep helping with your account" in boundary  # no threat: help goes on
    termination = business.replies.use_template(reply, "termination")
    assert f"For example:\n\n- On 31 October 2026: “{RUDE}”" in termination


def test_no_refund_is_claimed_unless_one_was_logged(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    letter = business.replies.use_template(reply, "termination")
    assert "We have issued a refund" not in letter.replace("[If you give a refund: “We", "")
    gaps = placeholders_left(letter)
    assert any("If you give a refund" in gap and "$84.00" in gap for gap in gaps)
    referral = business.replies.use_template(reply, "referral")
    assert any("If you refund" in gap for gap in placeholders_left(referral))
    business.actions.log(reply.customer_id, ActionKind.REFUND, amount="50.00", reference="R-1")
    letter = business.replies.use_template(reply, "termination")
    assert "We have issued a refund of $50.00, which usually arrives" in letter
    assert not any("refund" in gap for gap in placeholders_left(letter))
    assert "I have refunded $50.00, so you are free" in business.replies.use_template(
        reply, "referral"
    )


def test_the_policy_is_named_only_when_one_is_recorded(
    business: Services, angry_id: int, clock: FakeClock
) -> None:
    reply = business.replies.start(angry_id)
    assert "terms of service" not in business.replies.use_template(reply, "boundary")
    assert "language that we do not accept from anyone." in business.replies.use_template(
        reply, "termination"
    )
    policy = business.policies.add_policy("Terms of service")
    business.policies.add_version(policy, "Be kind to staff.", clock() - timedelta(days=30))
    boundary = business.replies.use_template(reply, "boundary")
    assert "Under our terms of service, everyone is asked to treat our staff" in boundary
    assert "not allowed under our terms of service. For example:" in (
        business.replies.use_template(reply, "termination")
    )
