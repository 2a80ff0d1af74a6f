"""What the owner sees beside the message in step 2: the customer's history, what they paid and
the policy in force, and short quotes of earlier messages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.core.domain import Contact, Customer
from app.standing.records import PolicyVersion


@dataclass(frozen=True)
class ReplyContext:
    """What step 2 shows beside the questions: the customer in brief."""

    customer: Customer
    contacts: int
    from_them: int
    first_at: datetime | None
    minutes: int
    flagged: tuple[tuple[str, int], ...]
    paid: str
    policies: tuple[PolicyVersion, ...] = ()
    recent: tuple[Contact, ...] = field(default_factory=tuple)

    @property
    def history(self) -> str:
        return self.history_in(lambda moment: f"{moment.astimezone():%-d %B %Y}")

    def history_in(self, day: Callable[[datetime], str]) -> str:
        """The history with its first day written by `day` (the window: its own date form)."""
        if not self.contacts:
            return "This is the first contact logged with this customer."
        hours, minutes = divmod(self.minutes, 60)
        spent = f"{hours} h {minutes} min" if hours else f"{minutes} min"
        since = f" since {day(self.first_at)}" if self.first_at else ""
        contacts = f"{self.contacts} contact{'' if self.contacts == 1 else 's'}"
        text = f"{contacts}{since} ({self.from_them} from them); {spent} of your time."
        if self.flagged:
            text += " Flagged: " + ", ".join(f"{label} ×{n}" for label, n in self.flagged) + "."
        return text


def quote(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
