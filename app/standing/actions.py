"""Logging what the business did about a customer: blocks, refunds, warnings, reports.

Actions are evidence: each is saved with its ledger entry in one transaction and never
changed; a correction is a new action that names the one it corrects. Logging an action that
moves the customer along active → warned → blocked → terminated (or referred to counsel, or
reported to the police) changes their status in the same transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.core.clock import Clock
from app.core.domain import CustomerStatus
from app.core.errors import InvalidInputError
from app.core.money import parse_money
from app.core.ports import Store
from app.standing.action_records import Action, ActionKind

# How far along the road a status is; logging an action never moves a customer back.
STATUS_ORDER = (
    CustomerStatus.ACTIVE,
    CustomerStatus.WARNED,
    CustomerStatus.BLOCKED,
    CustomerStatus.TERMINATED,
    CustomerStatus.REFERRED_TO_COUNSEL,
    CustomerStatus.REPORTED_TO_POLICE,
)

_STATUS_AFTER = {
    ActionKind.WARNING: CustomerStatus.WARNED,
    ActionKind.TERMINATE: CustomerStatus.TERMINATED,
    ActionKind.LEGAL_ADVICE: CustomerStatus.REFERRED_TO_COUNSEL,
    ActionKind.POLICE_REPORT: CustomerStatus.REPORTED_TO_POLICE,
}

# What each kind asks for beyond the basics, in the words the forms and `--help` use.
POLICE_FIELDS = (("officer", "Officer's name"), ("badge", "Badge number"), ("station", "Station"))
PLATFORM_FIELDS = (("platform", "Platform"),)
REFERENCE_LABELS = {
    ActionKind.POLICE_REPORT: "Police report number",
    ActionKind.PLATFORM_REPORT: "The platform's ticket number",
    ActionKind.REFUND: "Refund reference",
    ActionKind.CREDIT: "Credit reference",
}
NEEDS_REFERENCE = (ActionKind.POLICE_REPORT, ActionKind.PLATFORM_REPORT)
MONEY_KINDS = (ActionKind.REFUND, ActionKind.CREDIT, ActionKind.CANCEL)
UNDONE = "undone"  # details key on an action that takes a checklist item back


def status_after(kind: ActionKind, details: dict[str, str]) -> CustomerStatus | None:
    """The status an action puts the customer in, or None when it does not change it."""
    if details.get(UNDONE):
        return None
    if kind is ActionKind.STATUS_CHANGE:
        return CustomerStatus(details["status"])
    if kind.is_block:
        return CustomerStatus.BLOCKED
    return _STATUS_AFTER.get(kind)


def parse_amount(text: str | Decimal | None) -> Decimal | None:
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    return parse_money(str(text))


def parse_kind(text: str) -> ActionKind:
    try:
        return ActionKind(text.strip().lower())
    except ValueError as error:
        raise InvalidInputError(
            f"“{text}” is not a kind of action. Use one of: "
            + ", ".join(kind.value for kind in ActionKind)
        ) from error


class ActionLog:
    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock()

    def _validated(self, action: Action) -> Action:
        details = {key: str(value).strip() for key, value in action.details.items()}
        details = {key: value for key, value in details.items() if value}
        reference = action.reference.strip()
        if action.kind in NEEDS_REFERENCE and not reference and not details.get(UNDONE):
            raise InvalidInputError(f"{REFERENCE_LABELS[action.kind]} is needed to log this.")
        if action.kind is ActionKind.STATUS_CHANGE:
            try:
                CustomerStatus(details.get("status", ""))
            except ValueError as error:
                raise InvalidInputError(
                    "A status change needs the new status: "
                    + ", ".join(status.value for status in CustomerStatus)
                ) from error
        if "check_again" in details:
            try:
                date.fromisoformat(details["check_again"])
            except ValueError as error:
                raise InvalidInputError(
                    f"“{details['check_again']}” is not a date (use YYYY-MM-DD)."
                ) from error
        occurred = action.occurred_at
        if occurred.tzinfo is None:
            occurred = occurred.astimezone()
        if occurred > self._now() + timedelta(minutes=5):
            raise InvalidInputError("An action cannot be dated in the future.")
        return replace(
            action,
            occurred_at=occurred,
            by=action.by.strip(),
            reference=reference,
            amount=parse_amount(action.amount),
            note=action.note.strip(),
            details=details,
        )

    def log(
        self,
        customer_id: int,
        kind: ActionKind,
        *,
        occurred_at: datetime | None = None,
        by: str = "",
        reference: str = "",
        amount: Decimal | str | None = None,
        note: str = "",
        contact_id: int | None = None,
        details: dict[str, str] | None = None,
    ) -> int:
        """Save the action and its ledger entry (and any status change) together."""
        action = self._validated(
            Action(
                id=0,
                customer_id=customer_id,
                kind=kind,
                occurred_at=occurred_at or self._now(),
                by=by,
                reference=reference,
                amount=amount,  # type: ignore[arg-type]  # parsed by _validated
                note=note,
                contact_id=contact_id,
                details=dict(details or {}),
            )
        )
        with self._store.atomic():
            customer = self._store.customers.get(customer_id)
            if contact_id is not None:
                contact = self._store.contacts.get(contact_id)
                if contact.customer_id != customer_id:
                    raise InvalidInputError(
                        f"Contact {contact_id} belongs to another customer, not {customer.name}."
                    )
            action_id = self._store.standing.add_action(action)
            self._store.ledger.record(
                "action.logged",
                "action",
                action_id,
                {"customer_id": customer_id, "kind": kind.value, "reference": action.reference},
            )
            new_status = status_after(kind, action.details)
            if (
                new_status is not None
                and (
                    kind is ActionKind.STATUS_CHANGE
                    or STATUS_ORDER.index(new_status) > STATUS_ORDER.index(customer.status)
                )
                and new_status != customer.status
            ):
                self._store.customers.update(replace(customer, status=new_status))
                self._store.ledger.record(
                    "customer.status",
                    "customer",
                    customer_id,
                    {
                        "from": customer.status.value,
                        "to": new_status.value,
                        "action_id": action_id,
                    },
                )
        return action_id

    def correct(
        self,
        action_id: int,
        reason: str,
        *,
        reference: str | None = None,
        amount: Decimal | str | None = None,
        note: str | None = None,
        occurred_at: datetime | None = None,
        by: str | None = None,
        details: dict[str, str] | None = None,
    ) -> int:
        """Log a corrected copy of an action; the original stays as it was saved. `details`
        (a police report's officer, a platform…) replace the original's where given."""
        if not reason.strip():
            raise InvalidInputError("Say briefly why the action is being corrected.")
        original = self._store.standing.action(action_id)
        corrected = dict(original.details) | dict(details or {})
        corrected |= {"corrects": str(action_id), "reason": reason}
        return self.log(
            original.customer_id,
            original.kind,
            occurred_at=occurred_at or original.occurred_at,
            by=original.by if by is None else by,
            reference=original.reference if reference is None else reference,
            amount=original.amount if amount is None else amount,
            note=original.note if note is None else note,
            contact_id=original.contact_id,
            details=corrected,
        )

    def record(
        self,
        customer_id: int,
        kind: ActionKind,
        *,
        note: str = "",
        amount: Decimal | None = None,
        reference: str = "",
        contact_id: int | None = None,
    ) -> int:
        """The calm-reply editor's way in (its ActionRecorder): refund, cancel, unsubscribe…"""
        return self.log(
            customer_id,
            kind,
            note=note,
            amount=amount,
            reference=reference,
            contact_id=contact_id,
        )

    def get(self, action_id: int) -> Action:
        return self._store.standing.action(action_id)

    def for_customer(self, customer_id: int) -> list[Action]:
        """Every action, oldest first: merge with the contacts by `occurred_at` for the timeline."""
        return self._store.standing.actions_for(customer_id)

    def current_for_customer(self, customer_id: int) -> list[Action]:
        """As for_customer, but an action that was corrected shows only as its correction."""
        actions = self.for_customer(customer_id)
        corrected = {int(a.details["corrects"]) for a in actions if "corrects" in a.details}
        return [action for action in actions if action.id not in corrected]
