"""What Steady advises before anyone answers a message that threatens."""

from __future__ import annotations

from app.core.domain import Category, Contact


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
