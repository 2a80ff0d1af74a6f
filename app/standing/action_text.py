"""An action in words, as the window's timeline and the command line both show it."""

from __future__ import annotations

from app.standing.action_records import Action
from app.standing.actions import UNDONE

__all__ = ["action_note", "action_title"]


def action_title(action: Action) -> str:
    item = action.details.get("item_label")
    title = f"{item}" if item else action.kind.label
    if action.details.get(UNDONE):
        title = f"No longer holds: {title}"
    if "corrects" in action.details:
        title += f" (corrects action {action.details['corrects']})"
    if action.kind.value == "status-change":
        title += f" → {action.details.get('status', '').replace('-', ' ')}"
    # A packet made without its pictures says so wherever it is listed (the key and value
    # are app/packets/handed_on.py's, which the standing rules do not import).
    if action.details.get("pictures") == "left out":
        title += ", pictures left out"
    return title


def action_note(action: Action) -> str:
    extra = [
        f"{key.capitalize()}: {action.details[key]}"
        for key in ("officer", "badge", "station", "platform", "why", "check_again")
        if action.details.get(key)
    ]
    return " · ".join([action.note, *extra] if action.note else extra).replace("_", " ")
