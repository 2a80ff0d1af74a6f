"""How a reply was written, read back for the owner: the answers to the three step-2
questions, the pause taken or the sentence typed to skip it, the points answered and the
tone flags kept. Saved with the reply when it went out (its "sent" or "called" event); shown
beside the reply in the log, never in a packet (“Only you will see the answers”)."""

from __future__ import annotations

from typing import Any

from app.core.ports import Store
from app.reply.steps import QUESTIONS, THREAT

_FINISHED = ("sent", "called")


def reply_record_lines(store: Store, contact_id: int, customer_id: int) -> list[str]:
    """The record of the calm reply logged as this contact, or [] if it was not one."""
    for summary in store.replies.for_customer(customer_id):
        for kind, detail in store.replies.events(summary.id):
            if kind in _FINISHED and detail.get("contact_id") == contact_id:
                record = detail.get("record")
                return record_lines(record) if isinstance(record, dict) else []
    return []


def record_lines(record: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    override = record.get("override")
    if record.get("cooling_overridden") and isinstance(override, dict):
        lines.append(
            f"Started early, {_minutes(int(override.get('seconds_left', 0)))} before the pause "
            f"was up, typing: “{override.get('typed', '')}”"
        )
    else:
        taken = round(float(record.get("cooling_minutes_taken", 0)))
        lines.append(f"Paused {taken} minute{'' if taken == 1 else 's'} before writing.")
    answers = record.get("answers") or {}
    for key, question in QUESTIONS:
        answer = " ".join(str(answers.get(key, "")).split())
        lines.append(f"{question} {answer or '(no answer)'}")
    # A threat is listed apart, never a point the reply answers.
    checklist = [item for item in record.get("checklist") or [] if item.get("kind") != THREAT]
    if checklist:
        done = sum(1 for item in checklist if item.get("done"))
        lines.append(f"Points answered: {done} of {len(checklist)}.")
    kept = record.get("tone_flags_kept") or []
    if kept:
        lines.append("Flagged for tone and kept: " + ", ".join(f"“{w}”" for w in kept) + ".")
    return lines


def _minutes(seconds: int) -> str:
    minutes = max(1, round(seconds / 60)) if seconds > 0 else 0
    return f"{minutes} minute{'' if minutes == 1 else 's'}"
