"""Where a customer stands: plain rules over their log, their actions and the owner's settings.

`assess()` is pure (no storage, no clock of its own) so it can be tested on any log; the
`Assessor` gathers what it needs from storage and keeps the customer list's risk scores fresh.
Times are grouped into days and months in the owner's time zone (DST-aware), while "within an
hour" is measured in real elapsed time, so a clock change never invents or hides a burst."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from decimal import Decimal

from app.core.clock import Clock
from app.core.domain import Category, Contact, Customer, Direction
from app.core.ports import Store
from app.core.settings import Settings
from app.log.repeats import RepeatFinder, RepeatGroup
from app.standing.action_records import Action
from app.standing.blocking import after_block_ids
from app.standing.cost import cost_of
from app.standing.escalation import measure_escalation
from app.standing.first_words import as_first_received
from app.standing.grounds import find_grounds, find_warnings
from app.standing.next_steps import find_next_steps, risk_score
from app.standing.records import Assessment
from app.standing.same_person import same_person_as, with_same_person
from app.standing.signs import find_signs
from app.standing.suggested_severity import suggested_severities
from app.standing.unreviewed import marked_unreviewed, waiting_by_contact
from app.standing.view import LONG_HISTORY, StandingView, ViewCancelled, lighter
from app.standing.volume import (
    month_span,
    months_against_average,
    months_shown,
    severity_points,
    thinned,
)


# Which next steps answer which sign.
def assess(
    customer: Customer,
    contacts: Sequence[Contact],
    actions: Sequence[Action] = (),
    *,
    now: datetime,
    hourly_rate: Decimal,
    currency_symbol: str = "$",
    average_by_month: Mapping[str, float] | None = None,
    clause_contact_ids: frozenset[int] = frozenset(),
    zone: tzinfo | None = None,
    repeats: Sequence[RepeatGroup] | None = None,
    suggested_severity: frozenset[int] = frozenset(),
) -> Assessment:
    """Where the customer stands. `contacts` in any order; `zone` None means this computer's;
    `repeats` the same message sent again and again, when the caller has found them already;
    `suggested_severity` the ids of the contacts whose severity is the word check's guess."""
    assert customer.id is not None
    ordered = sorted(contacts, key=lambda c: (c.occurred_at, c.id))
    inbound = [c for c in ordered if c.direction is Direction.INBOUND]
    signs = find_signs(
        inbound,
        customer.amount_paid,
        currency_symbol,
        zone=zone,
        clause_contact_ids=clause_contact_ids,
        repeats=repeats,
        suggested_severity=suggested_severity,
    )
    warnings = find_warnings(ordered, actions)
    grounds = find_grounds(inbound, warnings, zone)
    escalation = measure_escalation(inbound, now, zone)
    return Assessment(
        customer_id=customer.id,
        signs=signs,
        grounds=grounds,
        escalation=escalation,
        cost=cost_of(ordered, inbound, customer.amount_paid, hourly_rate, currency_symbol, zone),
        next_steps=find_next_steps(
            signs, grounds, {c.id: c for c in ordered}, actions, bool(warnings)
        ),
        risk=risk_score(signs, grounds, escalation, inbound),
        monthly=months_against_average(inbound, now, average_by_month or {}, zone),
    )


@dataclass(frozen=True)
class CustomerPicture:
    """Everything the customer page shows about where a customer stands, read once."""

    customer: Customer
    contacts: tuple[Contact, ...]  # oldest first
    actions: tuple[Action, ...]  # oldest first
    assessment: Assessment
    after_block: frozenset[int]


class Assessor:
    """Assess a customer from storage, and keep the risk scores the customer list sorts by."""

    RISK_MAX_AGE = timedelta(hours=12)  # escalation depends on today's date

    def __init__(
        self, store: Store, settings: Settings, clock: Clock, zone: tzinfo | None = None
    ) -> None:
        self._store = store
        self._settings = settings
        self._clock = clock
        self._zone = zone

    def _contacts(self, customer_id: int) -> list[Contact]:
        # Quoted as first received where a correction changed the customer's words.
        return [
            as_first_received(self._store, contact)
            for contact in self._store.contacts.stream_for_customer(customer_id)
        ]

    def view(self, customer_id: int, cancelled: Callable[[], bool] = lambda: False) -> StandingView:
        """What the customer page shows (off the window's thread: it reads the whole log).

        `cancelled` is asked as the log is read; when it says yes, ViewCancelled is raised (the
        owner has moved on to another customer)."""
        customer = self._store.customers.get(customer_id)
        long_history = self._store.contacts.count_for_customer(customer_id) > LONG_HISTORY
        # Repeated messages are found as the log is read, from every word: the lighter form
        # of a long history keeps only the words the other rules read.
        finder = RepeatFinder()
        read: list[Contact] = []
        for contact in self._store.contacts.stream_for_customer(customer_id):
            finder.add(contact)
            contact = as_first_received(self._store, contact)
            read.append(lighter(contact) if long_history else contact)
            if len(read) % 500 == 0 and cancelled():
                raise ViewCancelled()
        actions = self._store.standing.actions_for(customer_id)
        repeats = tuple(finder.groups())  # found once: for the burst sign and the log
        waiting = self._waiting(customer_id)
        return StandingView(
            customer,
            tuple(actions),
            self._assess(customer, read, actions, repeats=repeats, waiting=waiting),
            len(after_block_ids(read, actions)),
            thinned(severity_points(read, self._guessed(read, waiting))),
            repeats,
        )

    def _waiting(self, customer_id: int) -> dict[int, frozenset[Category]]:
        """Each contact's categories the word check suggested and nobody reviewed yet."""
        return waiting_by_contact(
            (s.contact_id, s.category)
            for s in self._store.imports.waiting_for_customer(customer_id)
        )

    def _guessed(
        self, contacts: Sequence[Contact], waiting: Mapping[int, frozenset[Category]]
    ) -> frozenset[int]:
        """The contacts whose severity is still the word check's guess."""
        return suggested_severities(contacts, waiting, self._store.contacts.revisions)

    def picture(self, customer_id: int) -> CustomerPicture:
        customer = self._store.customers.get(customer_id)
        contacts = self._contacts(customer_id)
        actions = self._store.standing.actions_for(customer_id)
        assessment = self._assess(customer, contacts, actions)
        return CustomerPicture(
            customer,
            tuple(contacts),
            tuple(actions),
            assessment,
            frozenset(after_block_ids(contacts, actions)),
        )

    def _assess(
        self,
        customer: Customer,
        contacts: list[Contact],
        actions: list[Action],
        average: Mapping[str, float] | None = None,
        repeats: Sequence[RepeatGroup] | None = None,
        waiting: Mapping[int, frozenset[Category]] | None = None,
    ) -> Assessment:
        assert customer.id is not None
        now = self._clock()
        if average is None:
            average = self._book_average(contacts, now)
        tags = self._store.policies.clause_tags(customer.id)
        if waiting is None:
            waiting = self._waiting(customer.id)
        guessed = self._guessed(contacts, waiting)

        def assessed(log: list[Contact]) -> Assessment:
            return assess(
                customer,
                log,
                actions,
                now=now,
                hourly_rate=self._settings.hourly_rate,
                currency_symbol=self._settings.currency_symbol,
                average_by_month=average,
                clause_contact_ids=frozenset(t.contact_id for t in tags),
                zone=self._zone,
                repeats=repeats,
                suggested_severity=guessed,
            )

        assessment = marked_unreviewed(assessed(contacts), contacts, waiting, assessed)
        # The owner linked them to an account that was ended: that says what to do first.
        return with_same_person(assessment, same_person_as(self._store, customer.id), self._zone)

    def _book_average(self, contacts: Sequence[Contact], now: datetime) -> dict[str, float]:
        """Messages per month from the average customer who wrote at all, for the months the
        chart shows: counted by the database, not read contact by contact."""
        inbound = [c for c in contacts if c.direction is Direction.INBOUND]
        months = months_shown(inbound, now, self._zone)
        writers = self._store.standing.writing_customers() if months else 0
        if not writers:
            return {}
        counts = self._store.standing.inbound_counts([month_span(m, self._zone) for m in months])
        return {month: count / writers for month, count in zip(months, counts, strict=True)}

    def assess(self, customer_id: int) -> Assessment:
        customer = self._store.customers.get(customer_id)
        return self._assess(
            customer,
            self._contacts(customer_id),
            self._store.standing.actions_for(customer_id),
        )

    def refresh_risks(self) -> int:
        """Compute the risk of every customer whose score is missing or old; returns how many.

        Call before listing customers by risk (a new contact or action drops the score)."""
        stale = self._store.standing.stale_risk_customers(self._clock() - self.RISK_MAX_AGE)
        if not stale:
            return 0
        scores = {}
        for customer_id in stale:
            customer = self._store.customers.get(customer_id)
            scores[customer_id] = self._assess(
                customer,
                self._contacts(customer_id),
                self._store.standing.actions_for(customer_id),
                {},  # the risk does not depend on the monthly average
            ).risk
        with self._store.atomic():
            for customer_id, risk in scores.items():
                self._store.standing.save_risk(customer_id, risk)
        return len(scores)

    def risks(self, customer_ids: Iterable[int]) -> dict[int, int]:
        return self._store.standing.risks(customer_ids)
