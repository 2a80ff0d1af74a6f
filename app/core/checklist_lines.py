"""The lines of the blocking checklist and the key each is ticked under, in any script.

A tick is recorded against a line's key. A key made of ASCII letters only turned every line in
Hebrew, Russian or Chinese into the same key, so all but the first vanished; a line is now
keyed by its own letters, and one written only in Latin letters keeps the key it always had.

A line the owner rewords in Settings keeps its ticks: the old key is written down as moved to
the new one (`moves`), and the checklist follows those moves when it reads the ticks back.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class ChecklistLine:
    key: str
    label: str
    legacy_key: str  # the key an earlier Steady gave the line (ASCII letters only)


def _ascii_key(label: str) -> str:
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "item"


def _letters_outside_latin(label: str) -> bool:
    stripped = "".join(
        char for char in unicodedata.normalize("NFKD", label) if not unicodedata.combining(char)
    )
    return any(char.isalnum() and not char.isascii() for char in stripped)


def line_key(label: str) -> str:
    if not _letters_outside_latin(label):
        return _ascii_key(label)
    folded = unicodedata.normalize("NFKC", label).casefold()
    return re.sub(r"[\W_]+", "-", folded).strip("-") or "item"


def checklist_lines(text: str) -> list[ChecklistLine]:
    """Every line the owner wrote, once (a line written twice is one place)."""
    lines: list[ChecklistLine] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        label = raw.strip()
        key = line_key(label)
        if label and key not in seen:
            seen.add(key)
            lines.append(ChecklistLine(key, label, _ascii_key(label)))
    return lines


@dataclass(frozen=True)
class ChecklistEdit:
    carried: list[tuple[str, str]]  # (old label, new label) whose ticks follow the new wording
    dropped: list[str]  # old labels gone with no new wording in their place


def checklist_edit(old_text: str, new_text: str) -> ChecklistEdit:
    """Which lines were reworded: a line gone and a new one in its place (the same place in
    the list, or in the same order when as many went as came)."""
    old, new = checklist_lines(old_text), checklist_lines(new_text)
    new_keys = {line.key for line in new}
    old_keys = {line.key for line in old}
    gone = [(index, line) for index, line in enumerate(old) if line.key not in new_keys]
    came = [(index, line) for index, line in enumerate(new) if line.key not in old_keys]
    if len(gone) == len(came):
        pairs = [(was, now) for (_, was), (_, now) in zip(gone, came, strict=True)]
    else:
        came_at = dict(came)
        pairs = [(was, came_at[index]) for index, was in gone if index in came_at]
    carried = {was.key for was, _ in pairs}
    return ChecklistEdit(
        [(was.label, now.label) for was, now in pairs],
        [line.label for _, line in gone if line.key not in carried],
    )


def moved_keys(stored: str) -> dict[str, str]:
    try:
        value = json.loads(stored) if stored else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(old): str(new) for old, new in value.items()}


def record_moves(stored: str, old_text: str, new_text: str) -> str:
    """The moves kept so far plus this edit's rewordings, as stored."""
    moves = moved_keys(stored)
    for was, now in checklist_edit(old_text, new_text).carried:
        moves[line_key(was)] = line_key(now)
    return json.dumps(moves, ensure_ascii=False, sort_keys=True)


def current_key(key: str, moves: dict[str, str], current: set[str]) -> str:
    """The key a tick recorded under `key` now shows under (following rewordings)."""
    for _ in range(len(moves) + 1):  # a line reworded back and forth is no loop
        if key in current or key not in moves:
            return key
        key = moves[key]
    return key


def edit_words(edit: ChecklistEdit) -> str:
    """What a change to the checklist does to the ticks already made, in the owner's words;
    "" when it does nothing to them."""
    said = [f"Blocks ticked on “{was}” now show on “{now}”." for was, now in edit.carried] + [
        f"“{label}” is no longer in the checklist: blocks ticked on it stay in each "
        "customer's log, but no longer show in the checklist."
        for label in edit.dropped
    ]
    return "\n".join(said)
