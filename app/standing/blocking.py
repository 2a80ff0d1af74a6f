"""The blocking checklist: every place a customer you stop serving has to be blocked.

The items come from the `blocking_checklist` setting, one line each. Ticking an item logs a
block action (with who, why, the platform's reference, a note and a date to check again);
unticking logs an action that takes it back. Nothing is deleted, and a blocked customer's
later contacts are still logged: they are flagged "after block", worked out from the blocked
periods (a block taken back, or the customer set back to active, ends one), so the contact rows
themselves never change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from app.core.checklist_lines import checklist_lines, current_key, moved_keys
from app.core.domain import Contact, CustomerStatus, Direction
from app.core.settings import Settings
from app.standing.action_records import Action, ActionKind
from app.standing.actions import UNDONE, ActionLog

# Words in an item's label that say which block it is (checked in this order); a few in the
# owners' other languages too, so a line written in them is logged as the block it names.
_KIND_WORDS = (
    (ActionKind.UNSUBSCRIBE, ("mailing", "newsletter", "unsubscribe")),
    (ActionKind.BLOCK_IP, (r"\bip\b",)),
    (
        ActionKind.BLOCK_EMAIL,
        (
            "helpdesk",
            "help desk",
            "email",
            "e-mail",
            "inbox",
            "courriel",
            "correo",
            "דוא״ל",
            "דואל",
            "אימייל",
            "почт",
            "邮件",
            "电邮",
        ),
    ),
    (ActionKind.BLOCK_FACEBOOK, ("facebook", "פייסבוק", "фейсбук")),
    (ActionKind.BLOCK_INSTAGRAM, ("instagram",)),
    (ActionKind.BLOCK_X, (r"\bx\b", "twitter")),
    (ActionKind.BLOCK_REVIEW_SITE, ("review", "trustpilot", "yelp")),
    (
        ActionKind.BLOCK_PHONE,
        (
            "phone",
            "call",
            "sms",
            "text message",
            "téléphone",
            "teléfono",
            "telefon",
            "טלפון",
            "телефон",
            "电话",
            "電話",
        ),
    ),
)

_ENDED = (CustomerStatus.BLOCKED, CustomerStatus.TERMINATED)


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    kind: ActionKind
    legacy_key: str = ""  # the key an earlier Steady ticked it under, if not the same


@dataclass(frozen=True)
class ChecklistState:
    item: ChecklistItem
    action: Action | None  # the latest action for this item, if any

    @property
    def done(self) -> bool:
        return self.action is not None and not self.action.details.get(UNDONE)

    @property
    def when(self) -> datetime | None:
        return self.action.occurred_at if self.action else None

    @property
    def by(self) -> str:
        return self.action.by if self.action else ""

    @property
    def why(self) -> str:
        return self.action.details.get("why", "") if self.action else ""

    @property
    def reference(self) -> str:
        return self.action.reference if self.action else ""

    @property
    def note(self) -> str:
        return self.action.note if self.action else ""

    @property
    def check_again(self) -> date | None:
        text = self.action.details.get("check_again", "") if self.action else ""
        return date.fromisoformat(text) if text else None

    def check_due(self, today: date) -> bool:
        return self.done and self.check_again is not None and self.check_again <= today


def kind_for(label: str) -> ActionKind:
    lowered = label.lower()
    for kind, words in _KIND_WORDS:
        if any(re.search(word, lowered) for word in words):
            return kind
    return ActionKind.BLOCK_OTHER


def checklist_items(text: str) -> list[ChecklistItem]:
    """Every line the owner wrote, in whatever script. A line in Hebrew, Russian, Chinese…
    was keyed by its ASCII letters by an earlier Steady (so only the first such line showed);
    the first line with that old key keeps the ticks made under it."""
    lines = checklist_lines(text)
    keys = {line.key for line in lines}
    legacy_taken: set[str] = set()
    items: list[ChecklistItem] = []
    for line in lines:
        legacy = ""
        if line.legacy_key != line.key and line.legacy_key not in keys | legacy_taken:
            legacy = line.legacy_key
            legacy_taken.add(legacy)
        items.append(ChecklistItem(line.key, line.label, kind_for(line.label), legacy))
    return items


def checklist_states(
    items: list[ChecklistItem], actions: list[Action], moves: dict[str, str] | None = None
) -> list[ChecklistState]:
    """Each item with its latest action, a reworded line's ticks included (`moves`: old key ->
    new key). An action logged elsewhere (the command line, a next step) without an item key
    counts for the first item of its kind."""
    first_of_kind: dict[ActionKind, str] = {}
    for item in items:
        first_of_kind.setdefault(item.kind, item.key)
    current = {item.key for item in items}
    aliases = {item.legacy_key: item.key for item in items if item.legacy_key}
    latest: dict[str, Action] = {}
    for action in actions:  # oldest first, so later ones win
        key = action.details.get("item") or first_of_kind.get(action.kind)
        if key is not None and action.kind.is_block:
            key = current_key(key, moves or {}, current)
            latest[aliases.get(key, key) if key not in current else key] = action
    return [ChecklistState(item, latest.get(item.key)) for item in items]


# A status the owner sets that takes the customer back (reinstated): every block ends.
_REINSTATED = (CustomerStatus.ACTIVE, CustomerStatus.WARNED)


@dataclass(frozen=True)
class BlockedPeriod:
    """From the first block to the moment the last block was taken back (None: still blocked)."""

    start: datetime
    end: datetime | None = None

    def holds(self, moment: datetime) -> bool:
        return moment > self.start and (self.end is None or moment <= self.end)


def _block_key(action: Action) -> str:
    return action.details.get("item") or f"kind:{action.kind.value}"


def blocked_periods(actions: list[Action]) -> list[BlockedPeriod]:
    """Each stretch of time the customer was blocked, oldest first.

    A block, a termination or a status set to blocked or terminated starts one; it ends when
    every block in force is taken back (unticked) and no termination stands, or when the owner
    sets the customer back to active or warned. A corrected action counts as its correction.
    """
    corrected = {a.details["corrects"] for a in actions if "corrects" in a.details}
    in_force: set[str] = set()
    periods: list[BlockedPeriod] = []
    start: datetime | None = None
    for action in actions:  # oldest first
        if str(action.id) in corrected:
            continue
        status = action.details.get("status")
        if action.details.get(UNDONE):
            if action.kind.is_block:
                key = _block_key(action)
                # A block logged without its item (the command line) is the item of its kind.
                in_force.discard(key if key in in_force else f"kind:{action.kind.value}")
        elif action.kind.is_block:
            in_force.add(_block_key(action))
        elif action.kind is ActionKind.TERMINATE:
            in_force.add("terminated")
        elif action.kind is ActionKind.STATUS_CHANGE and status in _ENDED:
            in_force.add("status")
        elif action.kind is ActionKind.STATUS_CHANGE and status in _REINSTATED:
            in_force.clear()
        if in_force and start is None:
            start = action.occurred_at
        elif not in_force and start is not None:
            periods.append(BlockedPeriod(start, action.occurred_at))
            start = None
    if start is not None:
        periods.append(BlockedPeriod(start))
    return periods


def block_before(moment: datetime, periods: list[BlockedPeriod]) -> datetime | None:
    """When the block that was in force at `moment` began, if one was."""
    return next((period.start for period in periods if period.holds(moment)), None)


def after_block_ids(contacts: list[Contact], actions: list[Action]) -> set[int]:
    """The customer's own messages that arrived while they were blocked."""
    periods = blocked_periods(actions)
    if not periods:
        return set()
    return {
        contact.id
        for contact in contacts
        if contact.direction is Direction.INBOUND
        and block_before(contact.occurred_at, periods) is not None
    }


class BlockingChecklist:
    def __init__(self, settings: Settings, actions: ActionLog) -> None:
        self._settings = settings
        self._actions = actions

    def items(self) -> list[ChecklistItem]:
        return checklist_items(self._settings.text("blocking_checklist"))

    def states(self, customer_id: int) -> list[ChecklistState]:
        moves = moved_keys(self._settings.text("blocking_checklist_moves"))
        return checklist_states(self.items(), self._actions.for_customer(customer_id), moves)

    def _item(self, key: str) -> ChecklistItem:
        for item in self.items():
            if item.key == key:
                return item
        raise KeyError(key)

    def tick(
        self,
        customer_id: int,
        key: str,
        *,
        by: str = "",
        why: str = "",
        reference: str = "",
        note: str = "",
        check_again: date | None = None,
        when: datetime | None = None,
    ) -> int:
        item = self._item(key)
        details = {"item": item.key, "item_label": item.label, "why": why}
        if check_again is not None:
            details["check_again"] = check_again.isoformat()
        return self._actions.log(
            customer_id,
            item.kind,
            occurred_at=when,
            by=by,
            reference=reference,
            note=note,
            details=details,
        )

    def untick(self, customer_id: int, key: str, *, why: str, by: str = "") -> int:
        """Record that a block no longer holds (the earlier action stays in the log)."""
        item = self._item(key)
        # Under the key the block was ticked with (the line may have been reworded since), so
        # the block it takes back ends.
        state = next((s for s in self.states(customer_id) if s.item.key == key), None)
        ticked = state.action.details.get("item") if state and state.action else None
        return self._actions.log(
            customer_id,
            item.kind,
            by=by,
            note=why,
            details={
                "item": ticked or item.key,
                "item_label": item.label,
                UNDONE: "yes",
                "why": why,
            },
        )

    def after_block_ids(self, customer_id: int, contacts: list[Contact]) -> set[int]:
        return after_block_ids(contacts, self._actions.for_customer(customer_id))
