"""The sentences of the calm-reply letters that depend on the log: the examples of behaviour,
the policy named, and the refund, in the reply's language (app/reply/letter_languages.py).
What Steady cannot know is left in [square brackets] for the owner to fill in or delete; the
review step will not pass while any remain.
"""

from __future__ import annotations

from decimal import Decimal

from app.reply.letter_facts import LetterFacts
from app.reply.letter_languages import long_date, money, quoted, words_for
from app.reply.steps import ProductTest

NO_EXAMPLE = "- On [date]: “[the words used]”\n"
_NO_EXAMPLE = {
    "es": "- El [fecha]: «[las palabras usadas]»\n",
    "fr": "- Le [date]\u00a0: «\u00a0[les mots employés]\u00a0»\n",
    "de": "- Am [Datum]: „[die verwendeten Worte]“\n",
}


def _and(items: list[str], conjunction: str = " and ") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + conjunction + items[-1]


def behaviour(facts: LetterFacts, language: str = "en") -> str:
    """The customer's own written words, dated; their threats by date only, never repeated."""
    words = words_for(language)
    lines = [
        words.on_date.format(
            date=long_date(example.at, language),
            quote=quoted(" ".join(example.quote.split()), language),
        )
        for example in facts.examples
    ]
    if facts.threat_dates:
        days = list(dict.fromkeys(long_date(at, language) for at in facts.threat_dates))
        listed = _and([words.date_before + day for day in days], words.date_and)
        form = words.threat_one if len(days) == 1 else words.threat_many
        sentence = form.format(also=words.also if lines else "", days=listed)
        lines.append(("\n" if lines else "") + sentence[:1].upper() + sentence[1:])
    return "".join(lines) or _NO_EXAMPLE.get(language, NO_EXAMPLE)


def for_example(facts: LetterFacts, language: str = "en") -> str:
    """ " For example:" before a list of quotes (or the gap for one), nothing before threats."""
    return words_for(language).for_example if facts.examples or not facts.threat_dates else ""


def not_allowed(policy_name: str, language: str = "en") -> str:
    words = words_for(language)
    if policy_name:
        policy = policy_name if language == "en" else quoted(policy_name, language)
        return words.not_allowed_policy.format(policy=policy)
    return words.not_allowed


def courtesy_rule(policy_name: str, language: str = "en") -> str:
    words = words_for(language)
    if policy_name:
        policy = policy_name if language == "en" else quoted(policy_name, language)
        return words.courtesy_policy.format(policy=policy)
    return words.courtesy


def refund_amount(symbol: str, paid: Decimal, refund: Decimal | None, language: str = "en") -> str:
    """The amount of the refund letter: the refund logged, else what was paid, else a gap."""
    if refund is not None and refund > 0:
        return money(symbol, refund, language)
    return money(symbol, paid, language) if paid > 0 else words_for(language).amount_gap


def refund_given(symbol: str, paid: Decimal, refund: Decimal | None, language: str = "en") -> str:
    """The refund letter's refund: "the full amount" only when it is all that was paid (the
    refund logged covers it, or none is logged yet and the letter gives back what was paid)."""
    words = words_for(language)
    amount = refund_amount(symbol, paid, refund, language)
    logged = refund is not None and refund > 0
    full = paid > 0 and (not logged or (refund is not None and refund >= paid))
    return (words.refund_full if full else words.refund_part).format(amount=amount)


def referral_refund(
    symbol: str, paid: Decimal, refund: Decimal | None, language: str = "en"
) -> str:
    words = words_for(language)
    if refund is not None and refund > 0:
        return words.referral_refunded.format(amount=money(symbol, refund, language))
    if paid > 0:
        return words.referral_if.format(amount=money(symbol, paid, language))
    return ""


def termination_refund(
    symbol: str, paid: Decimal, refund: Decimal | None, language: str = "en"
) -> str:
    """A refund is claimed only when one was logged; otherwise the owner decides."""
    words = words_for(language)
    if refund is not None and refund > 0:
        return words.termination_refunded.format(amount=money(symbol, refund, language))
    if paid > 0:
        amount = money(symbol, paid, language)
        return f"{words.decision}\n{words.termination_if.format(amount=amount)}"
    return words.decision


def product_statement(product: ProductTest, language: str = "en") -> str:
    """What the owner tested, in the letter's language, then what that settles; empty when
    nothing was tested. English is the product step's own sentence."""
    if product.is_empty:
        return ""
    words = words_for(language)
    if language == "en" or language not in ("es", "fr", "de"):
        sentence = product.statement()
    else:
        version = product.version.strip()
        where = ", ".join(
            part
            for part in (
                words.product_version.format(version=version) if version else "",
                product.system.strip(),
            )
            if part
        )
        sentence = words.product.format(
            what=product.tested.strip() or words.product_default,
            where=words.product_where.format(where=where) if where else "",
        )
        result = product.result.strip().rstrip(".")
        colon = "\u00a0: " if language == "fr" else ": "
        sentence += f"{colon}{result}." if result else "."
    return f"{sentence} {words.product_sure}\n\n"


__all__ = [
    "NO_EXAMPLE",
    "behaviour",
    "courtesy_rule",
    "for_example",
    "long_date",
    "money",
    "not_allowed",
    "product_statement",
    "referral_refund",
    "refund_amount",
    "refund_given",
    "termination_refund",
]
