"""Reply templates to start a draft from, filled in from the log and the business profile.

The texts live in assets/templates/ as plain files with $placeholders. What Steady cannot know
is left in [square brackets] for the owner to fill in; the review step will not pass while
any remain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from string import Template

from app.core.paths import assets_folder
from app.reply.letter_facts import Example, LetterFacts
from app.reply.letter_languages import quoted, words_for
from app.reply.letter_wording import (
    behaviour,
    courtesy_rule,
    for_example,
    long_date,
    money,
    not_allowed,
    product_statement,
    referral_refund,
    refund_amount,
    refund_given,
    termination_refund,
)
from app.reply.readiness import placeholders_left
from app.reply.steps import ChecklistItem, ProductTest


@dataclass(frozen=True)
class ReplyTemplate:
    key: str
    title: str
    when: str  # one line: when to use it


TEMPLATES: tuple[ReplyTemplate, ...] = (
    ReplyTemplate(
        "point-by-point",
        "Answer point by point",
        "Thanks them, answers each question or complaint with what you checked.",
    ),
    ReplyTemplate(
        "refund",
        "Offer a refund",
        "Gives the refund and says plainly it is not because of any threat.",
    ),
    ReplyTemplate(
        "boundary",
        "Set a boundary (warning)",
        "Names the behaviour with dates, the policy it breaks, and what happens next.",
    ),
    ReplyTemplate(
        "referral",
        "Refer them elsewhere",
        "Says kindly that you are not the right fit and suggests another business.",
    ),
    ReplyTemplate(
        "public-record",
        "Set the record straight (public reply)",
        "A short, factual public answer to a post or review; no private details.",
    ),
    ReplyTemplate(
        "termination",
        "End the relationship (termination letter)",
        "Closes the account as of a date, with examples, and the refund if one is given.",
    ),
)
TEMPLATES_BY_KEY = {template.key: template for template in TEMPLATES}
# The languages the letters are written in besides English: assets/templates/<code>/.
LETTER_LANGUAGES = ("es", "fr", "de")


@dataclass(frozen=True)
class TemplateData:
    customer_name: str
    business_name: str
    owner_name: str
    owner_role: str
    today: datetime
    message_date: datetime
    currency_symbol: str
    amount_paid: Decimal
    account_ref: str = ""
    checklist: tuple[ChecklistItem, ...] = ()
    product: ProductTest = field(default_factory=ProductTest)
    facts: LetterFacts = field(default_factory=LetterFacts)


def _points(items: tuple[ChecklistItem, ...], language: str = "en") -> str:
    words = words_for(language)
    if not items:
        return words.no_points + "\n"
    lines = []
    for number, item in enumerate(items, 1):
        label = words.asked if item.kind == "question" else words.wrote
        said = quoted(item.text, language)
        colon = "\u00a0:" if language == "fr" else ":"
        lines.append(f"{number}. {label}{colon} {said}\n   {words.answer_gap}\n")
    return "\n".join(lines)


def _body(name: str, language: str) -> str:
    """The template's text in the language, English when there is no translation."""
    folder = assets_folder() / "templates"
    translated = folder / language / f"{name}.txt"
    if language in LETTER_LANGUAGES and translated.is_file():
        return translated.read_text(encoding="utf-8")
    return (folder / f"{name}.txt").read_text(encoding="utf-8")


def fill(key: str, data: TemplateData, language: str = "en") -> str:
    """The template filled in, written in the reply's language ("en", "es", "fr", "de")."""
    template = TEMPLATES_BY_KEY[key]
    facts = data.facts
    words = words_for(language)
    # After a threat of harm the boundary letter ends the conversation; it does not offer help.
    name = "boundary-threat" if key == "boundary" and facts.harm_threatened else template.key
    body = _body(name, language)
    first_name = data.customer_name.split()[0] if data.customer_name.split() else words.name_gap
    paid = (data.currency_symbol, data.amount_paid, facts.refund, language)
    values = {
        "first_name": first_name,
        "customer_name": data.customer_name.strip() or words.name_gap,
        "business_name": data.business_name or words.business_gap,
        "owner_name": data.owner_name or words.owner_gap,
        # Only the English letters name the owner's role (the signature gives it in English).
        "owner_role": f"the {data.owner_role.lower()}" if data.owner_role else "the owner",
        "today": long_date(data.today, language),
        "close_date": long_date(data.today, language),
        "message_date": long_date(data.message_date, language),
        "amount_paid": money(data.currency_symbol, data.amount_paid, language),
        "refund_amount": refund_amount(*paid),
        "refund_given": refund_given(*paid),
        "refund_sentence": referral_refund(*paid),
        "termination_refund": termination_refund(*paid),
        "account_ref_text": f" ({data.account_ref})" if data.account_ref else "",
        "account_subject": f"{words.account} {data.account_ref}"
        if data.account_ref
        else words.account,
        "points": _points(data.checklist, language),
        "product_statement": product_statement(data.product, language),
        "behaviour": behaviour(facts, language),
        "for_example": for_example(facts, language),
        "not_allowed": not_allowed(facts.policy_name, language),
        "courtesy_rule": courtesy_rule(facts.policy_name, language),
    }
    return Template(body).safe_substitute(values).rstrip() + "\n"


__all__ = [
    "LETTER_LANGUAGES",
    "TEMPLATES",
    "TEMPLATES_BY_KEY",
    "Example",
    "LetterFacts",
    "ReplyTemplate",
    "TemplateData",
    "fill",
    "long_date",
    "placeholders_left",
]
