"""The seven steps of a calm reply: their state, and the rules for moving from one to the next.

Everything here is plain data and pure functions, so the window, the tests and the command
line share one idea of where a reply stands. The cooling-off timer stores when it started,
never the seconds left, so it keeps running while Steady is closed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from app.core.clock import from_storage, to_storage
from app.reply.sentences import sentence_spans
from app.reply.tone import ToneFlag


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

    @property
    def label(self) -> str:
        return {
            ReplyStatus.OPEN: "Unfinished",
            ReplyStatus.SENT: "Sent",
            ReplyStatus.CALLED: "Called instead",
            ReplyStatus.SETTLED: "Refunded and moved on",
        }[self]


QUESTIONS: tuple[tuple[str, str], ...] = (
    ("bad_day", "Could I have written this myself on a bad day?"),
    ("legitimacy", "Is there any legitimacy in the claim?"),
    ("their_side", "What is their side of the story?"),
)

OVERRIDE_PHRASE = "I am calm and ready to reply"


@dataclass
class ChecklistItem:
    text: str
    kind: str  # "question" or "complaint"
    done: bool = False


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
    drafts_kept: int = 0  # earlier drafts set aside with "Start over"
    sent_via: list[str] = field(default_factory=list)
    outbound_contact_id: int | None = None
    read_aloud: bool = False
    printed: bool = False
    actions_taken: list[dict[str, str]] = field(default_factory=list)

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
    def unanswered(self) -> list[ChecklistItem]:
        return [item for item in self.checklist if not item.done]


def format_left(left: timedelta) -> str:
    seconds = max(int(left.total_seconds() + 0.999), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def override_matches(typed: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(re.sub(r"[^\w\s]", "", text).lower().split())

    return norm(typed) == norm(OVERRIDE_PHRASE)


# --- the checklist found in the original -----------------------------------------------

_COMPLAINT = re.compile(
    r"\b(?:not|never|no|didn'?t|doesn'?t|don'?t|won'?t|can'?t|cannot|isn'?t|wasn'?t|"
    r"haven'?t|hasn'?t|still|broken|broke|lost|missing|late|wrong|failed|fails|error|"
    r"fail\w*|crash\w*|stopped|down|charged|overcharged|refund|money back|damaged|faulty|slow|waiting|waited|terrible|"
    r"awful|worst|useless|unacceptable|disappointed|problem|issue|complain\w*|scam|"
    r"rip-?off|want|demand|expect|need)\b",
    re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^\s*>.*$", re.MULTILINE)
MAX_CHECKLIST = 15


def extract_checklist(original: str) -> list[ChecklistItem]:
    """Every question, and every sentence that complains, in the customer's message."""
    text = _QUOTED_LINE.sub(lambda m: " " * len(m.group()), original)  # earlier quoted mail
    items: list[ChecklistItem] = []
    seen: set[str] = set()
    for start, end in sentence_spans(text):
        sentence = " ".join(text[start:end].split())
        if len(sentence) < 6:
            continue
        if sentence.rstrip("”\"')").endswith("?"):
            kind = "question"
        elif _COMPLAINT.search(sentence):
            kind = "complaint"
        else:
            continue
        key = sentence.lower()
        if key in seen:
            continue
        seen.add(key)
        items.append(ChecklistItem(sentence, kind))
    return items[:MAX_CHECKLIST]


# --- signing ------------------------------------------------------------------------------

SIGN_OFFS = (
    "kind regards",
    "best regards",
    "warm regards",
    "regards",
    "best wishes",
    "with best wishes",
    "sincerely",
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "many thanks",
    "thank you",
    "thanks",
    "all the best",
    "best",
)


def has_sign_off(draft: str) -> bool:
    """A closing line such as “Kind regards,” near the end of the reply."""
    lines = [line.strip().rstrip(",.!").lower() for line in draft.strip().splitlines()]
    tail = [line for line in lines if line][-8:]
    return any(line in SIGN_OFFS for line in tail)


def has_signature(draft: str, signature: str) -> bool:
    first = next((line.strip() for line in signature.splitlines() if line.strip()), "")
    return bool(first) and first in draft


def with_signature(draft: str, signature: str, sign_off: str = "Kind regards,") -> str:
    """The draft ending with a sign-off and the signature block, each added once."""
    body = draft.rstrip()
    if not has_sign_off(body):
        body += f"\n\n{sign_off}"
    if signature.strip() and not has_signature(body, signature):
        body += "\n" + signature.strip()
    return body + "\n"


# --- moving between steps ---------------------------------------------------------------


def blockers(state: ReplyState, now: datetime, flags: list[ToneFlag], signature: str) -> list[str]:
    """Why the owner cannot leave the current step yet, in words they can act on."""
    step = state.step
    reasons: list[str] = []
    if step is Step.STOP and state.is_cooling(now):
        reasons.append(
            f"Drafting opens in {format_left(state.cooling_left(now))}. Step away for now, "
            "or type the confirmation to start early."
        )
    if step is Step.CONSIDER:
        missing = [q for key, q in QUESTIONS if not state.answers.get(key, "").strip()]
        if missing:
            reasons.append("Answer each question, even in a few words: " + missing[0])
    if step is Step.DRAFT and not state.draft.strip():
        reasons.append("Write the reply, or start from a template.")
    if step is Step.REVIEW:
        gaps = placeholders_left(state.draft)
        if gaps:
            reasons.append(f"Fill in or delete {gaps[0]} in the draft.")
        if state.unanswered:
            reasons.append(
                f"{len(state.unanswered)} point(s) on the checklist are not answered yet: "
                f"“{state.unanswered[0].text}”. Answer them in the draft and tick them."
            )
        if flags and not state.flags_accepted:
            reasons.append(
                f"{len(flags)} tone flag(s) remain. Fix them, start over, or tick "
                "“I have read every flag and keep my wording”."
            )
    if step is Step.SIGN:
        if not has_sign_off(state.draft):
            reasons.append("End with a sign-off such as “Kind regards,”.")
        if not signature.strip():
            reasons.append("Write your signature block in Settings (name, role, business).")
        elif not has_signature(state.draft, signature):
            reasons.append("Insert your signature block.")
    return reasons


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]{2,120}\]")


def placeholders_left(text: str) -> list[str]:
    """The [square-bracket] gaps a template left for the owner to fill in."""
    return _PLACEHOLDER.findall(text)


def note_flags(state: ReplyState, flags: list[ToneFlag]) -> None:
    for flag in flags:
        state.flags_seen.setdefault(flag.key, flag.words)


def flags_fixed(state: ReplyState, flags_now: list[ToneFlag]) -> list[str]:
    """The words flagged at some point that are no longer in the draft."""
    present = {flag.key for flag in flags_now}
    return [words for key, words in state.flags_seen.items() if key not in present]


def step_record(state: ReplyState, now: datetime, flags_now: list[ToneFlag]) -> dict[str, Any]:
    """Everything about how this reply was written, kept with the outbound contact."""
    taken = state.cooling_taken(now)
    return {
        "reply_id": state.id,
        "answers_contact": state.contact_id,
        "cooling_minutes_set": state.cooling_minutes,
        "cooling_minutes_taken": round(taken.total_seconds() / 60, 1),
        "cooling_overridden": state.override is not None,
        "override": None
        if state.override is None
        else {
            "at": to_storage(state.override.at),
            "typed": state.override.typed,
            "seconds_left": state.override.seconds_left,
        },
        "answers": {key: state.answers.get(key, "") for key, _ in QUESTIONS},
        "checklist": [asdict(item) for item in state.checklist],
        "product_test": asdict(state.product),
        "template": state.template,
        "tone_flags_fixed": flags_fixed(state, flags_now),
        "tone_flags_kept": [flag.words for flag in flags_now],
        "drafts_set_aside": state.drafts_kept,
        "printed": state.printed,
        "read_aloud": state.read_aloud,
        "sent_via": list(state.sent_via),
        "actions": list(state.actions_taken),
    }


def summary_line(state: ReplyState, now: datetime, flags_now: list[ToneFlag]) -> str:
    """One line for the log: how the reply was prepared."""
    minutes = round(state.cooling_taken(now).total_seconds() / 60)
    waited = f"waited {minutes} min" + (" (cooling-off overridden)" if state.override else "")
    fixed = len(flags_fixed(state, flags_now))
    points = sum(1 for item in state.checklist if item.done)
    return (
        f"Calm reply: {waited}; {points} of {len(state.checklist)} points answered; "
        f"{fixed} tone flag(s) fixed" + (f", {len(flags_now)} kept" if flags_now else "") + "."
    )


# --- saving -------------------------------------------------------------------------------


def state_to_dict(state: ReplyState) -> dict[str, Any]:
    data = asdict(state)
    data["step"] = int(state.step)
    data["status"] = state.status.value
    data["cooling_started_at"] = to_storage(state.cooling_started_at)
    if state.override is not None:
        data["override"]["at"] = to_storage(state.override.at)
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
        drafts_kept=int(data.get("drafts_kept", 0)),
        sent_via=list(data.get("sent_via", [])),
        outbound_contact_id=data.get("outbound_contact_id"),
        read_aloud=bool(data.get("read_aloud", False)),
        printed=bool(data.get("printed", False)),
        actions_taken=list(data.get("actions_taken", [])),
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
