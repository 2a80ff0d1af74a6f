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
        "Closes the account as of a date, with examples and the refund issued.",
    ),
)
TEMPLATES_BY_KEY = {template.key: template for template in TEMPLATES}


@dataclass(frozen=True)
class Example:
    """A dated example of language that crossed the line, quoted from the log."""

    at: datetime
    quote: str


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
    examples: tuple[Example, ...] = ()
    policy_name: str = "terms of service"
    refund_amount: Decimal | None = None


def long_date(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"


def _points(items: tuple[ChecklistItem, ...]) -> str:
    if not items:
        return "[Your answer to their message, with what you checked.]\n"
    lines = []
    for number, item in enumerate(items, 1):
        label = "You asked" if item.kind == "question" else "You wrote"
        lines.append(f"{number}. {label}: “{item.text}”\n   [Your answer: what you checked.]\n")
    return "\n".join(lines)


def _behaviour(examples: tuple[Example, ...]) -> str:
    if not examples:
        return "- On [date]: “[the words used]”\n"
    return "".join(
        f"- On {long_date(example.at)}: “{' '.join(example.quote.split())}”\n"
        for example in examples
    )


def _money(symbol: str, amount: Decimal) -> str:
    return f"{symbol}{amount:,.2f}"


def fill(key: str, data: TemplateData) -> str:
    template = TEMPLATES_BY_KEY[key]
    body = (assets_folder() / "templates" / f"{template.key}.txt").read_text(encoding="utf-8")
    first_name = data.customer_name.split()[0] if data.customer_name.split() else "[name]"
    refund = data.refund_amount if data.refund_amount is not None else data.amount_paid
    statement = data.product.statement()
    values = {
        "first_name": first_name,
        "customer_name": data.customer_name or "[name]",
        "business_name": data.business_name or "[your business]",
        "owner_name": data.owner_name or "[your name]",
        "owner_role": f"the {data.owner_role.lower()}" if data.owner_role else "the owner",
        "today": long_date(data.today),
        "close_date": long_date(data.today),
        "message_date": long_date(data.message_date),
        "amount_paid": _money(data.currency_symbol, data.amount_paid),
        "refund_amount": _money(data.currency_symbol, refund),
        "refund_sentence": (
            f"I have refunded the {_money(data.currency_symbol, refund)} you paid, so you are "
            "free to choose without losing anything.\n"
            if refund > 0
            else ""
        ),
        "account_ref_text": f" ({data.account_ref})" if data.account_ref else "",
        "account_subject": f"your account {data.account_ref}"
        if data.account_ref
        else "your account",
        "points": _points(data.checklist),
        "product_statement": f"{statement} That is what I know for certain so far.\n\n"
        if statement
        else "",
        "behaviour": _behaviour(data.examples),
        "policy_name": data.policy_name,
    }
    return Template(body).safe_substitute(values).rstrip() + "\n"


__all__ = [
    "TEMPLATES",
    "TEMPLATES_BY_KEY",
    "Example",
    "ReplyTemplate",
    "TemplateData",
    "fill",
    "long_date",
    "placeholders_left",
]
