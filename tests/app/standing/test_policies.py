"""Policies keep every version's exact wording; agreements and clause tags are evidence."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from app.core.contact_changes import NewAttachment
from app.core.domain import Category
from app.core.errors import InvalidInputError
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound

V1 = "2. Be respectful. We will not continue calls in which staff are sworn at."
V2 = "2. Be respectful. Abuse of staff ends the account without refund."


def test_editing_makes_a_new_version(services: Services) -> None:
    policy = services.policies.add_policy("Acceptable-behaviour policy")
    first = services.policies.add_version(policy, V1, datetime(2025, 1, 1, tzinfo=UTC))
    second = services.policies.add_version(policy, V2, datetime(2026, 6, 1, tzinfo=UTC))
    versions = services.policies.versions(policy)
    assert [(v.id, v.version, v.text) for v in versions] == [(first, "1", V1), (second, "2", V2)]
    assert services.policies.version_in_force(policy, datetime(2026, 3, 1, tzinfo=UTC)).text == V1  # type: ignore[union-attr]
    assert services.policies.version_in_force(policy, datetime(2024, 3, 1, tzinfo=UTC)) is None
    [listed] = services.policies.policies()
    assert listed.latest is not None and listed.latest.version == "2"
    with pytest.raises(InvalidInputError, match="same as the latest"):
        services.policies.add_version(policy, V2)
    with pytest.raises(InvalidInputError, match="already a policy"):
        services.policies.add_policy("acceptable-behaviour  policy")


def test_versions_are_immutable(services: Services) -> None:
    policy = services.policies.add_policy("Refund policy")
    services.policies.add_version(policy, "Refunds within 14 days.")
    db = services.store.db  # type: ignore[attr-defined]
    for sql in (
        "UPDATE policy_versions SET text = 'Refunds within 30 days.'",
        "DELETE FROM policy_versions",
        "UPDATE policies SET name = 'x'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="read-only"):
            db.execute(sql)
    assert services.policies.versions(policy)[0].text == "Refunds within 14 days."
    assert services.verify().ok


def test_agreement_with_evidence(services: Services, customer_id: int) -> None:
    policy = services.policies.add_policy("Terms of service")
    version = services.policies.add_version(policy, "6. Downtime earns a credit.")
    png = b"\x89PNG checkout page"
    agreement_id = services.policies.record_agreement(
        customer_id,
        version,
        datetime(2026, 3, 4, 10, 0, tzinfo=UTC),
        "checkbox at checkout",
        [NewAttachment("checkout.png", png, "image/png")],
        note="order LF-20931",
    )
    [agreement] = services.policies.agreements(customer_id)
    assert agreement.id == agreement_id and agreement.method == "checkbox at checkout"
    assert agreement.attachment_id is not None
    found, data = services.policies.evidence(agreement.attachment_id)
    assert (found.filename, data) == ("checkout.png", png)
    assert services.verify().ok
    # What binds them: the version they agreed to, else what was in force.
    refunds = services.policies.add_policy("Refund policy")
    services.policies.add_version(
        refunds, "Refunds within 14 days.", datetime(2025, 1, 1, tzinfo=UTC)
    )
    services.policies.add_version(policy, "6. Downtime earns two credits.")
    binding = services.policies.in_force(customer_id, datetime(2026, 11, 2, 16, 0, tzinfo=UTC))
    assert [(v.policy_name, v.version) for v in binding] == [
        ("Refund policy", "1"),
        ("Terms of service", "1"),
    ]


def test_a_tagged_clause_is_a_sign(services: Services, customer_id: int, clock: FakeClock) -> None:
    policy = services.policies.add_policy("Acceptable-behaviour policy")
    version = services.policies.add_version(policy, V1)
    contact = services.contacts.log(customer_id, inbound("You are all idiots", clock()))
    services.policies.tag_contact(contact, version, "section 2", "insults staff")
    [tag] = services.policies.clause_tags(customer_id)
    assert (tag.contact_id, tag.clause) == (contact, "section 2")
    breach = next(
        s for s in services.assessor.assess(customer_id).signs if s.key == "policy-breach"
    )
    assert breach.contact_ids == (contact,)
    assert Category.TOS_VIOLATION.value == "tos-violation"


def test_a_read_only_log_from_before_withdrawals_still_shows_its_policies(
    services: Services, customer_id: int, db_path, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    """A log changed outside Steady opens read-only and is not brought up to date: one from a
    Steady without withdrawals still lists its agreements and tags (none withdrawn)."""
    from app.application import open_services

    policy = services.policies.add_policy("Refund policy")
    version = services.policies.add_version(policy, V1, datetime(2025, 1, 1, tzinfo=UTC))
    services.policies.record_agreement(
        customer_id, version, datetime(2025, 6, 1, tzinfo=UTC), "signed contract"
    )
    contact = services.contacts.log(
        customer_id, inbound("Refund me now.", datetime(2026, 1, 2, tzinfo=UTC)), []
    )
    services.policies.tag_contact(contact, version, "section 2")
    services.close()
    conn = sqlite3.connect(db_path)
    for table in ("agreement_withdrawals", "clause_tag_withdrawals"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name LIKE 'm6_0_%withdrawals'")
    conn.execute(
        "CREATE TRIGGER x_rewrite AFTER INSERT ON contacts BEGIN "
        "UPDATE contacts SET text = 'harmless' WHERE id = NEW.id; END"
    )
    conn.commit()
    conn.close()
    older = open_services(db_path, clock)
    try:
        assert older.store.read_only
        [agreement] = older.policies.agreements(customer_id)
        assert agreement.method == "signed contract" and agreement.withdrawn_at is None
        [tag] = older.policies.clause_tags(customer_id)
        assert tag.clause == "section 2" and older.policies.contact_tags(contact) == [tag]
    finally:
        older.close()
