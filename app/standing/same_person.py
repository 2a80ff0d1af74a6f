"""A customer the owner linked as the same person as one they stopped serving.

Once linked, the new record keeps saying who it is, when that account was ended, and what to
do: the link is the owner's own finding and must not fade once the "may be" notice is answered.
The wording is shared by the window and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from app.core.domain import CustomerStatus
from app.core.ports import Store
from app.standing.action_records import ActionKind
from app.standing.actions import status_after
from app.standing.reading import show_day
from app.standing.records import Assessment, NextStep

# What happened to the account, as the line says it ("ended on …").
_HAPPENED = {
    CustomerStatus.WARNED: "warned",
    CustomerStatus.BLOCKED: "blocked",
    CustomerStatus.TERMINATED: "ended",
    CustomerStatus.REFERRED_TO_COUNSEL: "referred to a lawyer",
    CustomerStatus.REPORTED_TO_POLICE: "reported to the police",
}
RETURNING_STEP = "returning"


@dataclass(frozen=True)
class SamePerson:
    customer_id: int
    name: str
    status: CustomerStatus
    since: datetime | None  # when the account reached that status, if an action says
    linked_at: datetime

    def sentence(self, zone: tzinfo | None = None) -> str:
        """“Same person as Renée Delacroix — ended on Thu 26 Nov 2026”."""
        when = f" on {show_day(self.since, zone)}" if self.since is not None else ""
        return f"Same person as {self.name} — {_HAPPENED[self.status]}{when}"

    @property
    def served_no_more(self) -> bool:
        return self.status is not CustomerStatus.WARNED


def same_person_as(store: Store, customer_id: int) -> list[SamePerson]:
    """The linked customers the business warned or stopped serving, ended accounts first."""
    people = []
    for _link_id, other_id, _reason, linked_at in store.standing.links_for(customer_id):
        other = store.customers.get(other_id)
        if other.status is CustomerStatus.ACTIVE:
            continue
        since = None
        for action in store.standing.actions_for(other_id):  # oldest first: the latest wins
            if status_after(action.kind, action.details) is other.status:
                since = action.occurred_at
        people.append(SamePerson(other_id, other.name, other.status, since, linked_at))
    return sorted(people, key=lambda p: (not p.served_no_more, p.name))


def returning_step(person: SamePerson, zone: tzinfo | None = None) -> NextStep:
    when = f" on {show_day(person.since, zone)}" if person.since is not None else ""
    because = f"same person as {person.name}, {_HAPPENED[person.status]}{when}"
    if person.served_no_more:
        return NextStep(
            RETURNING_STEP,
            "Do not take new orders: suggest another business",
            ActionKind.REFER_ELSEWHERE,
            because,
        )
    return NextStep(
        RETURNING_STEP, "Remind them of the warning they were given", ActionKind.WARNING, because
    )


def with_same_person(
    assessment: Assessment, people: list[SamePerson], zone: tzinfo | None = None
) -> Assessment:
    """The assessment with the step a linked, ended account calls for put first."""
    if not people:
        return assessment
    step = returning_step(people[0], zone)
    rest = tuple(s for s in assessment.next_steps if s.action is not step.action)
    return replace(assessment, next_steps=(step, *rest))
