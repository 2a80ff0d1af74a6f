"""A blocked customer coming back under another identity is noticed, and linked by the owner."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.core.domain import Customer
from app.core.errors import InvalidInputError
from app.services import Services
from app.standing.action_records import ActionKind
from app.standing.returning_customers import names_alike, possible_returning_customers
from tests.helpers.fixtures import inbound


@pytest.fixture
def blocked(services: Services) -> int:
    customer_id = services.customers.add(
        Customer(
            name="Renée Delacroix",
            emails=("renee.delacroix@courriel-prive.example",),
            phones=("+33 6 12 34 56 78",),
            handles=("Larkspur forum: rdelacroix",),
        )
    )
    services.actions.log(customer_id, ActionKind.BLOCK_IP, reference="203.0.113.45")
    return customer_id


def test_each_identifier_matches(services: Services, blocked: int) -> None:
    def reasons(**identity: object) -> tuple[str, ...]:
        [match] = possible_returning_customers(services, **identity)  # type: ignore[arg-type]
        assert match.customer_id == blocked
        return match.reasons

    assert reasons(emails=["Renee.Delacroix@courriel-prive.example"])[0].startswith("same email")
    assert reasons(emails=["rd@courriel-prive.example"]) == (
        "same email domain @courriel-prive.example",
    )
    assert reasons(phones=["06 12 34 56 78"]) == ("same phone 06 12 34 56 78",)
    assert reasons(handles=["X: @RDelacroix"]) == ("same handle X: @RDelacroix",)
    assert reasons(texts=["Received: from [203.0.113.45] by mx.example"]) == (
        "same IP address 203.0.113.45",
    )
    assert reasons(name="R. Delacroix") == ("name “R. Delacroix” is like “Renée Delacroix”",)


def test_strong_matches_first_and_nothing_for_strangers(services: Services, blocked: int) -> None:
    other = services.customers.add(Customer(name="Rene Dela", emails=("x@other.example",)))
    services.actions.log(other, ActionKind.TERMINATE)
    matches = possible_returning_customers(
        services, emails=["x@other.example"], name="Renee Delacroix"
    )
    assert [(m.customer_id, m.strength) for m in matches] == [
        (other, "strong"),
        (blocked, "possible"),
    ]
    assert possible_returning_customers(services, emails=["pat@gmail.com"], name="Pat Lee") == []


def test_public_mail_domains_and_active_customers_do_not_match(services: Services) -> None:
    services.customers.add(Customer(name="Active Person", emails=("ap@example.org",)))
    gone = services.customers.add(Customer(name="Gone Person", emails=("gone@gmail.com",)))
    services.actions.log(gone, ActionKind.TERMINATE)
    assert possible_returning_customers(services, emails=["ap@example.org"]) == []
    assert possible_returning_customers(services, emails=["someone@gmail.com"]) == []


def test_a_new_customer_is_checked_and_linked(services: Services, blocked: int) -> None:
    newcomer = services.customers.add(
        Customer(name="R Delacroix", emails=("rd@courriel-prive.example",))
    )
    [match] = services.identities.matches_for_customer(newcomer)
    assert match.customer_id == blocked
    link_id = services.identities.link(newcomer, blocked, "same domain and name")
    [link] = services.identities.links(blocked)
    assert (link.id, link.other_customer_id, link.reason) == (
        link_id,
        newcomer,
        "same domain and name",
    )
    assert services.verify().ok
    with pytest.raises(InvalidInputError):
        services.identities.link(blocked, blocked, "")


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Renée Delacroix", "renee delacroix", True),
        ("Delacroix Renée", "Renée Delacroix", True),
        ("T. Morrow", "Tasha Morrow", True),
        ("Tasha Morow", "Tasha Morrow", True),
        ("Tasha Morrow", "Tom Morrow", True),  # same initial and surname: worth a look
        ("Gordon Pryce", "Victor Hale", False),
        ("Ann Lee", "Bob Lee", False),
    ],
)
def test_name_variants(a: str, b: str, alike: bool) -> None:
    assert names_alike(a, b) is alike


def test_a_phone_number_given_in_a_message_is_matched(services: Services, blocked: int) -> None:
    """Back under a new name and address, but "call me on" the number the business blocked."""
    newcomer = services.customers.add(Customer(name="R. D.", emails=("rd2026@gmail.com",)))
    at = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    services.contacts.log(newcomer, inbound("Order 0042 please. Call me on 06 12 34 56 78.", at))
    [match] = services.identities.matches_for_customer(newcomer)
    assert (match.customer_id, match.strength) == (blocked, "strong")
    assert match.reasons == ("same phone 06 12 34 56 78",)
    # An order number, a price or a date is not taken for a phone number.
    other = services.customers.add(Customer(name="Sam Other", emails=("sam@example.org",)))
    services.contacts.log(other, inbound("Order 0612345 for 012.34 on 2026-11-01.", at))
    assert services.identities.matches_for_customer(other) == []


def test_with_nobody_watched_a_customer_s_log_is_not_read_for_matches(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shop with no blocked or terminated customer has nobody to come back: reading all of a
    10,000-contact customer's words for numbers and addresses cost a third of a second."""
    busy = services.customers.add(Customer(name="Pat Busy", phones=("+44 7700 900123",)))
    read: list[int] = []
    standing = services.store.standing
    texts = standing.contact_texts
    monkeypatch.setattr(standing, "contact_texts", lambda cid: read.append(cid) or texts(cid))
    assert services.identities.unlinked_matches(busy) == []
    assert read == []
    blocked = services.customers.add(Customer(name="Pat Busy", phones=("+44 7700 900123",)))
    services.actions.log(blocked, ActionKind.BLOCK_IP, reference="203.0.113.45")
    assert [m.customer_id for m in services.identities.unlinked_matches(busy)] == [blocked]
    assert read == [busy]
