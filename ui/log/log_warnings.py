"""What a log card warns about beyond the contact itself: categories Steady suggested that
nobody has reviewed, a screenshot of a post saved without its URL, author or time, and a
message that arrived after the customer was blocked.

Asked for every card from the first paint on; each check loads its module only when a card
needs it (a post screenshot, a customer with actions), so a plain log starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.domain import POST_SOURCE, Contact, Direction
from app.services import Services
from ui.shell.dates import shown_when

if TYPE_CHECKING:
    from app.standing.blocking import BlockedPeriod

NOT_REVIEWED = "Not reviewed"


class LogWarnings:
    """The timeline's warning source; `forget_blocks()` after an action is logged or undone."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self._blocked: dict[int, list[BlockedPeriod]] = {}

    def __call__(self, contact: Contact) -> str:
        return " · ".join(
            text
            for text in (self.unreviewed(contact), self.post(contact), self.after_block(contact))
            if text
        )

    def unreviewed(self, contact: Contact) -> str:
        """Categories Steady suggested from the words that nobody has kept or cleared yet:
        they count like the owner's own until then, so the card says so."""
        if contact.direction is not Direction.INBOUND or not contact.categories:
            return ""
        waiting = [
            s.category.label
            for s in self.services.store.imports.suggestions(contact.id)
            if s.status == "suggested" and s.category in contact.categories
        ]
        if not waiting:
            return ""
        return (
            f"{NOT_REVIEWED}: {', '.join(waiting)}, suggested by Steady; open it to keep or clear"
        )

    def post(self, contact: Contact) -> str:
        if contact.source != POST_SOURCE:
            return ""
        from app.importing.post_details import PostEvidence, warning_text

        return warning_text(PostEvidence(self.services.store).missing_post_details(contact))

    def after_block(self, contact: Contact) -> str:
        """Blocking never throws evidence away: what arrives afterwards is kept and flagged."""
        if contact.direction is not Direction.INBOUND:
            return ""
        customer_id = contact.customer_id
        if customer_id not in self._blocked:
            actions = self.services.actions.for_customer(customer_id)
            periods: list[BlockedPeriod] = []
            if actions:  # a customer with no action logged was never blocked
                from app.standing.blocking import blocked_periods

                periods = blocked_periods(actions)
            self._blocked[customer_id] = periods
        moment = contact.occurred_at
        since = next((p.start for p in self._blocked[customer_id] if p.holds(moment)), None)
        if since is None:
            return ""
        return f"Arrived after the block of {shown_when(since)}; kept as evidence"

    def forget_blocks(self) -> None:
        self._blocked.clear()
