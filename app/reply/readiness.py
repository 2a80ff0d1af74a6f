"""What still stands between a draft and sending it, and the record kept of the steps taken."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict
from datetime import datetime
from typing import Any

from app.core.clock import to_storage
from app.reply.signature import (
    DEFAULT_SIGN_OFF,
    has_sign_off,
    has_signature,
    signature_not_last,
    signed_by_hand,
)
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
        unread = flags_unread(state, flags)
        one = len(unread) == 1
        if unread and not state.flags_accepted:
            reasons.append(
                f"{len(flags)} tone {'flag remains' if one else 'flags remain'}. "
                f"Fix {'it' if one else 'them'}, start over, or tick "
                "“I have read every flag and keep my wording”."
            )
        elif unread:
            reasons.append(
                f"{len(unread)} tone {'flag is' if one else 'flags are'} new since you ticked "
                f"“I have read every flag and keep my wording”: {_words(unread)}. Fix "
                f"{'it' if one else 'them'}, start over, or read {'it' if one else 'them'} and "
                "tick again."
            )
    if step in (Step.SIGN, Step.SEND):
        note = new_flags_note(flags_unread(state, flags))
        if note:
            reasons.append(note)
    if step is Step.SIGN:
        if not has_sign_off(state.draft):
            example = DEFAULT_SIGN_OFF.get(state.language, DEFAULT_SIGN_OFF["en"])
            reasons.append(f"End with a sign-off such as “{example}”.")
        if not signature.strip():
            if not signed_by_hand(state.draft):
                reasons.append(
                    "Type your name under the sign-off (with your role and the business), "
                    "or write your signature block in Settings."
                )
        elif signature_not_last(state.draft, signature):
            reasons.append(
                "Your signature block is not at the end: move the lines under it above the "
                "sign-off."
            )
        elif not has_signature(state.draft, signature):
            reasons.append("Insert your signature block.")
    return reasons


def flags_unread(state: ReplyState, flags: list[ToneFlag]) -> list[ToneFlag]:
    """The flags the owner has not read: all of them until “I have read every flag” is ticked,
    then those that came after it (new words, or the same words once more)."""
    if not state.flags_accepted:
        return list(flags)
    read = Counter(state.flags_read)
    unread = []
    for flag in flags:
        if read[flag.key] > 0:
            read[flag.key] -= 1
        else:
            unread.append(flag)
    return unread


def accept_flags(state: ReplyState, flags: list[ToneFlag], accepted: bool) -> None:
    """The owner ticked (or unticked) “I have read every flag”: it covers these flags only."""
    state.flags_accepted = accepted
    state.flags_read = dict(Counter(flag.key for flag in flags)) if accepted else {}


def new_flags_note(unread: list[ToneFlag]) -> str:
    """Why a draft that gained tone flags after the review cannot go out as it is."""
    if not unread:
        return ""
    one = len(unread) == 1
    return (
        f"Since the review the draft has {len(unread)} new tone {'flag' if one else 'flags'}: "
        f"{_words(unread)}. Fix {'it' if one else 'them'}, or go back to step 5 to read "
        f"{'it' if one else 'them'}."
    )


def _words(flags: list[ToneFlag], shown: int = 3) -> str:
    words = ", ".join(f"“{flag.words}”" for flag in flags[:shown])
    return words + (f" and {len(flags) - shown} more" if len(flags) > shown else "")


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
    points = sum(1 for item in state.points if item.done)
    answered = (
        f" It answers {points} of the {_count(len(state.points), 'point', 'points')} raised."
        if state.points
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


# The parts of that sentence that are the owner's own coaching: an early start, harsh phrases
# Steady found in the draft. The window shows them; a packet, which the lawyer, the police or
# the customer's side read, keeps only the neutral facts ("for your eyes only", README).
_STARTED_EARLY = re.compile(
    r"^Calm reply, started early after \d+ minutes? \(you chose to skip the rest of the pause\)\."
)
_TONE_COUNTS = re.compile(
    r" \d+ (?:harsh phrases? (?:was|were) reworded|phrases? flagged for tone kept as written)\."
)


def handed_on_summary(summary: str) -> str:
    """A calm reply's log sentence as a packet prints it: how it was prepared, without the
    owner's early start or the tone flags of their draft."""
    return _TONE_COUNTS.sub("", _STARTED_EARLY.sub("Calm reply.", summary))
