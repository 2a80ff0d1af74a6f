"""Withdraw a contact logged by mistake (the same call twice, a message of someone else's),
saying why. The contact stays in the log and the timeline, greyed with the reason; the
assessment and packets leave it out, and the legal packet lists it among the corrections."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services import Services
from ui.shell.dates import shown_when
from ui.shell.reason_dialog import ReasonDialog


def withdrawn_text(services: Services, contact_id: int) -> str:
    """ "Withdrawn as logged by mistake on …, because: …", or "" when it counts."""
    found = services.contacts.withdrawals([contact_id]).get(contact_id)
    if found is None:
        return ""
    return (
        f"Withdrawn as logged by mistake on {shown_when(found.withdrawn_at)}, because: "
        f"{found.reason}. It stays in the log; assessments and packets leave it out."
    )


class WithdrawContactDialog(ReasonDialog):
    def __init__(self, services: Services, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title="Logged by mistake",
            explanation=(
                "Withdraw this contact if it should never have been logged (the same call "
                "logged twice, someone else's message). It is not deleted: it stays in the log "
                "with your reason, greyed, and is no longer counted in the assessment or "
                "packets. This cannot be undone."
            ),
            button="Withdraw it",
            act=lambda reason: services.contacts.withdraw(contact_id, reason),
            placeholder="e.g. “Logged the same call twice”",
            reason_name="Why it was logged by mistake",
        )
