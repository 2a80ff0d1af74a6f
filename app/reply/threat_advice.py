"""What Steady advises before anyone answers a message that threatens."""

from __future__ import annotations

from app.core.domain import Category, Contact
from app.reply.steps import Step


def threat_advice(original: Contact) -> str:
    """What Steady advises before answering a message that threatens; empty when none does."""
    threats = [c.label.lower() for c in original.categories if c.is_threat]
    if not threats:
        return ""
    harm = any(
        c in (Category.THREAT_PHYSICAL, Category.THREAT_VANDALISM) for c in original.categories
    )
    first = (
        "Report a threat of harm to the police first, and keep staff away from this customer. "
        if harm
        else ""
    )
    return (
        f"This message contains a threat ({', '.join(threats)}). You do not have to answer it. "
        f"{first}Steady's advice is to stop the conversation and take advice before replying; "
        "if you do reply, keep it short, say the conversation is over, and do not answer the "
        "threat point by point."
    )


# The advice shows once at the start and once before sending, not on every step; and step 7
# offers no phone call after a threat.
THREAT_STEPS = (Step.STOP, Step.SEND)
AFTER_THREAT_SEND = "Send it from your own mail program, or refund and move on."
