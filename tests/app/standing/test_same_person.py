"""Once the owner links a newcomer to a customer the business stopped serving, the newcomer's
assessment keeps saying so and what to do, however clean their own log is."""

from __future__ import annotations

from datetime import timedelta

from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound


def _renee(services: Services, clock: FakeClock) -> int:
    old = services.customers.add(
        Customer(name="Renée Delacroix", emails=("renee.delacroix@gmail.com",))
    )
    services.actions.log(old, ActionKind.WARNING, occurred_at=clock() - timedelta(days=30))
    services.actions.log(old, ActionKind.TERMINATE, occurred_at=clock() - timedelta(days=20))
    return old


def test_linked_to_an_ended_account_keeps_saying_so(services: Services, clock: FakeClock) -> None:
    old = _renee(services, clock)
    new = services.customers.add(
        Customer(name="Renée Delacroix", emails=("r.delacroix.2026@gmail.com",))
    )
    services.contacts.log(new, inbound("I'd like to order again.", clock() - timedelta(hours=1)))
    assert services.assessor.assess(new).next_steps == ()
    assert [m.customer_id for m in services.identities.unlinked_matches(new)] == [old]

    services.identities.link(new, old, "name alike")
    [person] = services.identities.same_person(new)
    assert person.sentence() == "Same person as Renée Delacroix — ended on Tue 13 Oct 2026"
    [step] = services.assessor.assess(new).next_steps
    assert step.text == "Do not take new orders: suggest another business"
    assert step.because == "same person as Renée Delacroix, ended on Tue 13 Oct 2026"
    assert step.action is ActionKind.REFER_ELSEWHERE
    assert services.identities.unlinked_matches(new) == []  # the "may be" notice is answered
    # The link reads both ways: the old record is not told it is someone it stopped serving.
    assert services.identities.same_person(old) == []
    assert services.assessor.view(new).assessment.next_steps[0] == step


def test_a_link_to_someone_still_served_says_nothing(services: Services, clock: FakeClock) -> None:
    """A link to an active customer is no sign against anyone; a warned one is reminded."""
    active = services.customers.add(Customer(name="Pat Example"))
    new = services.customers.add(Customer(name="Pat Example", emails=("pat2@example.com",)))
    services.identities.link(new, active, "same person, new address")
    assert services.identities.same_person(new) == []
    assert services.assessor.assess(new).next_steps == ()

    services.actions.log(active, ActionKind.WARNING, occurred_at=clock() - timedelta(days=3))
    [person] = services.identities.same_person(new)
    assert person.sentence() == "Same person as Pat Example — warned on Fri 30 Oct 2026"
    [step] = services.assessor.assess(new).next_steps
    assert (step.text, step.action) == (
        "Remind them of the warning they were given",
        ActionKind.WARNING,
    )
