"""The sentences of the calm-reply letters that depend on the log: the examples of behaviour,
the policy named, and the refund. What Steady cannot know is left in [square brackets] for the
owner to fill in or delete; the review step will not pass while any remain.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.core.money import money_text
from app.reply.letter_facts import LetterFacts

NO_EXAMPLE = "- On [date]: “[the words used]”\n"


def long_date(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"


def money(symbol: str, amount: Decimal) -> str:
    return money_text(amount, symbol)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def behaviour(facts: LetterFacts) -> str:
    """The customer's own written words, dated; their threats by date only, never repeated."""
    lines = [
        f"- On {long_date(example.at)}: “{' '.join(example.quote.split())}”\n"
        for example in facts.examples
    ]
    if facts.threat_dates:
        days = _and(list(dict.fromkeys(long_date(at) for at in facts.threat_dates)))
        also = "also " if lines else ""
        if len(facts.threat_dates) == 1:
            what = f"a message on {days} that contained a threat. We will not repeat it here; it is"
        else:
            what = (
                f"messages on {days} that contained threats. We will not repeat them here; they are"
            )
        lines.append(("\n" if lines else "") + f"We {also}received {what} kept on record.\n")
    return "".join(lines) or NO_EXAMPLE


def for_example(facts: LetterFacts) -> str:
    """ " For example:" before a list of quotes (or the gap for one), nothing before threats."""
    return " For example:" if facts.examples or not facts.threat_dates else ""


def not_allowed(policy_name: str) -> str:
    if policy_name:
        return f"is not allowed under our {policy_name}"
    return "we do not accept from anyone"


def courtesy_rule(policy_name: str) -> str:
    if policy_name:
        return f"Under our {policy_name}, everyone is asked to treat our staff with courtesy."
    return "We ask everyone to treat our staff with courtesy."


def refund_amount(symbol: str, paid: Decimal, refund: Decimal | None) -> str:
    """The amount of the refund letter: the refund logged, else what was paid, else a gap."""
    if refund is not None and refund > 0:
        return money(symbol, refund)
    return money(symbol, paid) if paid > 0 else "[amount]"


def referral_refund(symbol: str, paid: Decimal, refund: Decimal | None) -> str:
    if refund is not None and refund > 0:
        return (
            f"I have refunded {money(symbol, refund)}, so you are free to choose without "
            "losing anything.\n"
        )
    if paid > 0:
        return (
            f"[If you refund: “I have refunded the {money(symbol, paid)} you paid, so you are "
            "free to choose without losing anything.”]\n"
        )
    return ""


def termination_refund(symbol: str, paid: Decimal, refund: Decimal | None) -> str:
    """A refund is claimed only when one was logged; otherwise the owner decides."""
    if refund is not None and refund > 0:
        return (
            f"We have issued a refund of {money(symbol, refund)}, which usually arrives within "
            "five working days. This is a business decision, and the refund means you are not "
            "out of pocket for the time remaining."
        )
    decision = "This is a business decision."
    if paid > 0:
        return (
            f"{decision}\n[If you give a refund: “We have issued a refund of "
            f"{money(symbol, paid)}; it usually arrives within five working days.”]"
        )
    return decision
