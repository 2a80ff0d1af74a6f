"""What each row of a customer's log says: a contact, an action, or the same message sent
again and again (one row for the group, and each copy beneath it once it is opened)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.core.domain import Contact
from app.standing.action_records import Action
from ui.shell.dates import shown_span, shown_when
from ui.shell.status_look import severity_label

if TYPE_CHECKING:  # the groups come with the assessment, after the log is painted
    from app.log.repeats import RepeatGroup

PREVIEW_LINES = 2
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_ROLE = Qt.ItemDataRole.UserRole + 3
ACTION_ROLE = Qt.ItemDataRole.UserRole + 4
REPEAT_ROLE = Qt.ItemDataRole.UserRole + 5  # the RepeatRow of a group's own row
COPY_ROLE = Qt.ItemDataRole.UserRole + 6  # the CopyRow of one copy shown under its group
# "Withdrawn as logged by mistake: <reason>" for a contact the owner took back, else "".
WITHDRAWN_ROLE = Qt.ItemDataRole.UserRole + 7


@dataclass(frozen=True)
class RepeatRow:
    """The same message sent again and again, as one row; opened, its copies follow it."""

    group: RepeatGroup
    expanded: bool = False

    @property
    def newest(self) -> Contact:
        return self.group.contacts[-1]

    @property
    def severity(self) -> int:
        return max(contact.severity for contact in self.group.contacts)


@dataclass(frozen=True)
class CopyRow:
    """One copy of a repeated message: its own contact, opened and exhibited as itself."""

    contact: Contact
    group: RepeatGroup
    number: int  # 1 for the first sent

    @property
    def label(self) -> str:
        return f"Copy {self.number} of {len(self.group.contacts)}"


def copy_rows(group: RepeatGroup) -> list[CopyRow]:
    """The copies as the log lists them: newest first."""
    count = len(group.contacts)
    return [
        CopyRow(contact, group, count - offset)
        for offset, contact in enumerate(reversed(group.contacts))
    ]


def first_lines(text: str, count: int = PREVIEW_LINES) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:count]


def heading(contact: Contact) -> str:
    when = shown_when(contact.occurred_at, weekday=True)
    return f"{when} · {contact.channel.label} · {contact.direction.label}"


def categories_text(contact: Contact) -> str:
    parts = [category.label for category in contact.categories] or ["No categories"]
    if contact.revision:
        parts.append(f"corrected (revision {contact.revision})")
    if contact.attachment_count:
        files = "file" if contact.attachment_count == 1 else "files"
        parts.append(f"{contact.attachment_count} {files} attached")
    return " · ".join(parts)


def card_text(contact: Contact, warning: str = "") -> str:
    """The card as plain text: what a screen reader says and what the tests read."""
    words = first_lines(contact.text)
    return "\n".join(
        [
            f"{heading(contact)} · severity {severity_label(contact.severity)}",
            contact.summary or "(no summary)",
            categories_text(contact),
            *([f"⚠ {warning}"] if warning else []),
            *(f"“{line}”" for line in words),
        ]
    )


def repeat_heading(row: RepeatRow) -> str:
    """“The same message 23 times on social media · Wed 2026-06-10 13:57–14:49”."""
    group = row.group
    what = group.what()
    return f"{what[0].upper()}{what[1:]} · {shown_span(group.first, group.last)}"


def repeat_hint(row: RepeatRow) -> str:
    if row.expanded:
        return "Each copy is listed below as its own contact · ← or − folds them"
    return "Each copy is its own contact and exhibit · → or + shows them"


def repeat_details(row: RepeatRow) -> str:
    """The first copy's categories, then which copies' words are not the first's: "#12 and
    #15 differ from the first" (a count past three), so the owner knows to open the group."""
    details = categories_text(row.group.contacts[0])
    odd = row.group.differing
    if not odd:
        return details
    if len(odd) > 3:
        return f"{details} · {len(odd)} copies differ from the first"
    named = [f"#{c.id}" for c in odd]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"{details} · {listed} differ{'s' if len(odd) == 1 else ''} from the first"


def repeat_card_text(row: RepeatRow, warning: str = "") -> str:
    """The group's row as plain text, with the first copy's words quoted once."""
    first = row.group.contacts[0]
    return "\n".join(
        [
            f"{repeat_heading(row)} · severity {severity_label(row.severity)}",
            repeat_hint(row),
            repeat_details(row),
            *([f"⚠ {warning}"] if warning else []),
            *(f"“{line}”" for line in first_lines(first.text)),
        ]
    )


def action_card_text(action: Action, title: str) -> str:
    when = shown_when(action.occurred_at, weekday=True)
    facts = [f"Reference {action.reference}"] if action.reference else []
    if action.amount is not None:
        facts.append(f"Amount {action.amount}")
    if action.by:
        facts.append(f"by {action.by}")
    lines = [f"{when} · Action taken · {title}"]
    if facts:
        lines.append(" · ".join(facts))
    if action.note:
        lines.append(action.note)
    return "\n".join(lines)
