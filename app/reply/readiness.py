"""What still stands between a draft and sending it, and the record kept of the steps taken."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime
from typing import Any

from app.core.clock import to_storage
from app.reply.signature import has_sign_off, has_signature
from app.reply.steps import QUESTIONS, ReplyState, Step, format_left
from app.reply.tone_rules import ToneFlag


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
            one = len(state.unanswered) == 1
            them = "it" if one else "them"
            reasons.append(
                f"{len(state.unanswered)} {'point' if one else 'points'} on the checklist "
                f"{'is' if one else 'are'} not answered yet: “{state.unanswered[0].text}”. "
                f"Answer {them} in the draft and tick {them}."
            )
        if flags and not state.flags_accepted:
            one = len(flags) == 1
            reasons.append(
                f"{len(flags)} tone {'flag remains' if one else 'flags remain'}. "
                f"Fix {'it' if one else 'them'}, start over, or tick "
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


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def summary_line(state: ReplyState, now: datetime, flags_now: list[ToneFlag]) -> str:
    """One sentence for the log, in plain words: how the reply was prepared."""
    minutes = round(state.cooling_taken(now).total_seconds() / 60)
    pause = _count(minutes, "minute", "minutes")
    waited = (
        f"Calm reply, started early after {pause} (you chose to skip the rest of the pause)."
        if state.override
        else f"Calm reply, written after a pause of {pause}."
    )
    points = sum(1 for item in state.checklist if item.done)
    answered = (
        f" It answers {points} of the {_count(len(state.checklist), 'point', 'points')} raised."
        if state.checklist
        else ""
    )
    fixed = len(flags_fixed(state, flags_now))
    softened = (
        f" {_count(fixed, 'harsh phrase was', 'harsh phrases were')} reworded." if fixed else ""
    )
    kept = (
        f" {_count(len(flags_now), 'phrase', 'phrases')} flagged for tone kept as written."
        if flags_now
        else ""
    )
    return waited + answered + softened + kept
