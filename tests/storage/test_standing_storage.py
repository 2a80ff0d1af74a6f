"""The risk scores the customer list sorts by, kept fresh as contacts and actions arrive."""

from __future__ import annotations

from app.core.domain import Category, Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound


def _cached(services: Services) -> dict[int, int]:
    db = services.store.db  # type: ignore[attr-defined]
    return dict(db.execute("SELECT customer_id, risk FROM customer_risk").fetchall())


def test_list_sorts_by_risk_and_filters_by_status(demo_services: Services, demo_ids: dict) -> None:
    assert demo_services.assessor.refresh_risks() == 4
    assert demo_services.assessor.refresh_risks() == 0  # fresh scores are kept
    rows = demo_services.customers.page(0, 10, order="risk")
    risks = demo_services.assessor.risks(r.id for r in rows)
    assert rows[0].name == "Victor Hale"
    assert [risks[r.id] for r in rows] == sorted(risks.values(), reverse=True)
    demo_services.actions.log(demo_ids["morrow"], ActionKind.BLOCK_X)
    blocked = demo_services.customers.page(0, 10, order="risk", status="blocked")
    assert [r.name for r in blocked] == ["Tasha Morrow"]


def test_new_contacts_and_actions_drop_the_score(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    services.assessor.refresh_risks()
    assert _cached(services) == {customer_id: 0}
    services.contacts.log(
        customer_id, inbound("I will sue", clock(), categories=(Category.THREAT_LEGAL,))
    )
    assert _cached(services) == {}
    services.assessor.refresh_risks()
    assert _cached(services)[customer_id] > 0
    services.actions.log(customer_id, ActionKind.STOP_CONVERSATION)
    assert _cached(services) == {}


def test_old_scores_are_computed_again(
    services: Services, customer_id: int, clock: FakeClock
) -> None:
    services.assessor.refresh_risks()
    clock.advance(hours=13)
    other = services.customers.add(Customer(name="New"))
    assert services.assessor.refresh_risks() == 2
    assert set(_cached(services)) == {customer_id, other}
