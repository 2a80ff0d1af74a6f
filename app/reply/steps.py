"""The seven steps of a calm reply: their state, and the rules for moving from one to the next.

Everything here is plain data and pure functions, so the window, the tests and the command
line share one idea of where a reply stands. The cooling-off timer stores when it started,
never the seconds left, so it keeps running while Steady is closed."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from app.core.clock import from_storage, to_storage


class Step(IntEnum):
    STOP = 1
    CONSIDER = 2
    DRAFT = 3
    CHECK = 4
    REVIEW = 5
    SIGN = 6
    SEND = 7

    @property
    def title(self) -> str:
        return _TITLES[self][0]

    @property
    def instruction(self) -> str:
        return _TITLES[self][1]


_TITLES = {
    Step.STOP: (
        "Stop",
        "Read the message once, then step away. Drafting opens when the cooling-off time is up.",
    ),
    Step.CONSIDER: (
        "Consider",
        "Answer three questions honestly. Only you will see the answers; they are saved "
        "with the reply.",
    ),
    Step.DRAFT: (
        "Draft",
        "Write with cool, exact detail. Answer every point on the checklist and state only "
        "what you know for certain.",
    ),
    Step.CHECK: (
        "Spelling",
        "Fix what is underlined: red for spelling, blue for grammar. Right-click a word for "
        "suggestions.",
    ),
    Step.REVIEW: (
        "Read it",
        "Print it or hear it read aloud, and look at every tone flag: fix it or start over.",
    ),
    Step.SIGN: ("Sign", "Add your signature block and a professional sign-off."),
    Step.SEND: (
        "Send",
        "Send it from your own mail program, or call instead, or refund and move on.",
    ),
}


class ReplyStatus(StrEnum):
    OPEN = "open"
    SENT = "sent"
    CALLED = "called"
    SETTLED = "settled"  # refunded / cancelled and moved on without a written reply
    ABANDONED = "abandoned"  # discarded unfinished; its draft is kept in the history

    @property
    def label(self) -> str:
        return {
            ReplyStatus.OPEN: "Unfinished",
            ReplyStatus.SENT: "Sent",
            ReplyStatus.CALLED: "Called instead",
            ReplyStatus.SETTLED: "Refunded and moved on",
            ReplyStatus.ABANDONED: "Discarded unfinished",
        }[self]


QUESTIONS: tuple[tuple[str, str], ...] = (
    ("bad_day", "Could I have written this myself on a bad day?"),
    ("legitimacy", "Is there any legitimacy in the claim?"),
    ("their_side", "What is their side of the story?"),
)
OVERRIDE_PHRASE = "I am calm and ready to reply"


THREAT = "threat"


@dataclass
class ChecklistItem:
    text: str
    # "question", "complaint" or "demand": a point to answer; or THREAT, shown apart and never
    # answered point by point (Steady's advice on a threat: say the conversation is over).
    kind: str
    done: bool = False

    @property
    def is_point(self) -> bool:
        return self.kind != THREAT


@dataclass
class ProductTest:
    """What was tested for a product problem, so the reply states only what is known."""

    tested: str = ""
    version: str = ""
    system: str = ""
    result: str = ""

    @property
    def is_empty(self) -> bool:
        return not any((self.tested, self.version, self.system, self.result))

    def statement(self) -> str:
        """One sentence with what was tested, filled only from the fields the owner gave."""
        if self.is_empty:
            return ""
        what = self.tested.strip() or "the problem you described"
        where = ", ".join(
            part
            for part in (
                f"version {self.version.strip()}" if self.version.strip() else "",
                self.system.strip(),
            )
            if part
        )
        sentence = f"I tested {what}" + (f" on {where}" if where else "")
        result = self.result.strip().rstrip(".")
        return sentence + (f": {result}." if result else ".")


@dataclass
class CoolingOverride:
    at: datetime
    typed: str
    seconds_left: int


@dataclass
class ReplyState:
    customer_id: int
    contact_id: int
    cooling_started_at: datetime
    cooling_minutes: int
    id: int | None = None
    step: Step = Step.STOP
    status: ReplyStatus = ReplyStatus.OPEN
    override: CoolingOverride | None = None
    answers: dict[str, str] = field(default_factory=dict)
    checklist: list[ChecklistItem] = field(default_factory=list)
    product: ProductTest = field(default_factory=ProductTest)
    template: str = ""
    draft: str = ""
    # Tone problems seen while drafting (key -> the words), to report which were fixed.
    flags_seen: dict[str, str] = field(default_factory=dict)
    flags_accepted: bool = False  # the owner read the remaining flags and keeps the wording
    # The flags read when that was ticked (key -> how many): words flagged after it are not read.
    flags_read: dict[str, int] = field(default_factory=dict)
    drafts_kept: int = 0  # earlier drafts set aside with "Start over"
    sent_via: list[str] = field(default_factory=list)
    outbound_contact_id: int | None = None
    read_aloud: bool = False
    printed: bool = False
    actions_taken: list[dict[str, str]] = field(default_factory=list)
    # The language this reply is written in ("fr"), chosen in the editor; "" follows Settings.
    language: str = ""
    # The owner's time on the reply (app/reply/time_spent.py): seconds counted so far, and
    # when the work was last saved.
    worked_seconds: int = 0
    worked_at: datetime | None = None

    # --- the cooling-off timer ----------------------------------------------------------

    @property
    def cooling_ends_at(self) -> datetime:
        return self.cooling_started_at + timedelta(minutes=self.cooling_minutes)

    def cooling_left(self, now: datetime) -> timedelta:
        if self.override is not None:
            return timedelta(0)
        return max(self.cooling_ends_at - now, timedelta(0))

    def is_cooling(self, now: datetime) -> bool:
        return self.cooling_left(now) > timedelta(0)

    def cooling_taken(self, now: datetime) -> timedelta:
        """How long the owner actually waited before drafting."""
        end = self.override.at if self.override is not None else min(now, self.cooling_ends_at)
        return max(end - self.cooling_started_at, timedelta(0))

    @property
    def is_finished(self) -> bool:
        return self.status is not ReplyStatus.OPEN

    @property
    def points(self) -> list[ChecklistItem]:
        """The checklist's points to answer: its threats left out."""
        return [item for item in self.checklist if item.is_point]

    @property
    def unanswered(self) -> list[ChecklistItem]:
        return [item for item in self.points if not item.done]


def format_left(left: timedelta) -> str:
    seconds = max(int(left.total_seconds() + 0.999), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def override_matches(typed: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", "", text).lower().split())

    return norm(typed) == norm(OVERRIDE_PHRASE)


def state_to_dict(state: ReplyState) -> dict[str, Any]:
    data = asdict(state)
    data["step"] = int(state.step)
    data["status"] = state.status.value
    data["cooling_started_at"] = to_storage(state.cooling_started_at)
    if state.override is not None:
        data["override"]["at"] = to_storage(state.override.at)
    data["worked_at"] = None if state.worked_at is None else to_storage(state.worked_at)
    return data


def state_from_dict(data: dict[str, Any]) -> ReplyState:
    override = data.get("override")
    return ReplyState(
        id=data.get("id"),
        customer_id=int(data["customer_id"]),
        contact_id=int(data["contact_id"]),
        cooling_started_at=from_storage(data["cooling_started_at"]),
        cooling_minutes=int(data["cooling_minutes"]),
        step=Step(int(data.get("step", 1))),
        status=ReplyStatus(data.get("status", "open")),
        override=None
        if not override
        else CoolingOverride(
            at=from_storage(override["at"]),
            typed=override["typed"],
            seconds_left=int(override["seconds_left"]),
        ),
        answers=dict(data.get("answers", {})),
        checklist=[ChecklistItem(**item) for item in data.get("checklist", [])],
        product=ProductTest(**data.get("product", {})),
        template=data.get("template", ""),
        draft=data.get("draft", ""),
        flags_seen=dict(data.get("flags_seen", {})),
        flags_accepted=bool(data.get("flags_accepted", False)),
        flags_read={str(k): int(v) for k, v in data.get("flags_read", {}).items()},
        drafts_kept=int(data.get("drafts_kept", 0)),
        sent_via=list(data.get("sent_via", [])),
        outbound_contact_id=data.get("outbound_contact_id"),
        read_aloud=bool(data.get("read_aloud", False)),
        printed=bool(data.get("printed", False)),
        actions_taken=list(data.get("actions_taken", [])),
        language=str(data.get("language", "")),
        worked_seconds=int(data.get("worked_seconds", 0)),
        worked_at=from_storage(data["worked_at"]) if data.get("worked_at") else None,
    )


@dataclass(frozen=True)
class ReplySummary:
    """One reply in the list of a customer's replies."""

    id: int
    customer_id: int
    contact_id: int
    step: Step
    status: ReplyStatus
    started_at: datetime
    updated_at: datetime
    first_words: str


@dataclass(frozen=True)
class DraftVersion:
    reply_id: int
    number: int
    text: str
    kept_at: datetime
    reason: str
