"""Amounts of money as owners type them: 19.95, 19,95, 1,234.50, 1.234,50, € 12, CA$25.

Half of Steady's owners write a decimal comma. A comma is therefore read as the owner means
it, and an amount that could mean two things a thousand times apart ("1.234") is refused with
a question rather than guessed: a silent 100× error would flow into refunds and letters.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.core.errors import InvalidInputError

# A trillion is far beyond any customer's account, and well inside Decimal's exact range.
LARGEST_AMOUNT = Decimal("1e12")

# Currency marks an owner may type before or after the figure, longest first so "CA$"
# is taken whole rather than as "$" after a stray "CA".
_CURRENCY_MARKS = sorted(
    (
        "$",
        "€",
        "£",
        "¥",
        "₹",
        "CA$",
        "A$",
        "NZ$",
        "US$",
        "CHF",
        "Fr.",
        "R",
        "USD",
        "EUR",
        "GBP",
        "CAD",
        "AUD",
        "NZD",
        "JPY",
        "INR",
        "ZAR",
    ),
    key=len,
    reverse=True,
)
_SPACES = "\u00a0\u202f\u2009 "
_PLAIN = re.compile(r"\d+")
_POINT = re.compile(r"\d*\.\d+|\d+\.")
_COMMA_DECIMAL = re.compile(r"\d+,\d{1,2}")
_COMMA_GROUPS = re.compile(r"\d{1,3}(,\d{3})+(\.\d*)?")
_POINT_GROUPS = re.compile(r"\d{1,3}(\.\d{3})+(,\d{1,2})?")
_SPACE_GROUPS = re.compile(r"\d{1,3}([ '’]\d{3})+([.,]\d{1,2})?")
# "1.234" is 1234 to most of Europe and 1.234 (not an amount of money) to the rest.
_AMBIGUOUS_POINT = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _without_currency(text: str) -> str:
    cleaned = text.strip(_SPACES)
    for mark in _CURRENCY_MARKS:
        if cleaned.upper().startswith(mark.upper()):
            cleaned = cleaned[len(mark) :].lstrip(_SPACES)
            break
    for mark in _CURRENCY_MARKS:
        if cleaned.upper().endswith(mark.upper()) and len(cleaned) > len(mark):
            cleaned = cleaned[: -len(mark)].rstrip(_SPACES)
            break
    return cleaned


def _figure(cleaned: str, text: str) -> str:
    """The figure in Decimal's own spelling, or a clear question when it is ambiguous."""
    spaced = re.sub(r"[\u00a0\u202f\u2009]", " ", cleaned)
    if _PLAIN.fullmatch(cleaned):
        return cleaned
    if _AMBIGUOUS_POINT.fullmatch(cleaned):
        whole, part = cleaned.split(".")
        raise InvalidInputError(
            f"“{text}” — did you mean {whole}{part} or {whole}.{part[:2]}? "
            "Write it as one or the other (at most two digits after the decimal point)."
        )
    if _POINT.fullmatch(cleaned):
        return cleaned
    if _COMMA_DECIMAL.fullmatch(cleaned):
        return cleaned.replace(",", ".")
    if _COMMA_GROUPS.fullmatch(cleaned):
        return cleaned.replace(",", "")
    if _POINT_GROUPS.fullmatch(cleaned):
        return cleaned.replace(".", "").replace(",", ".")
    if _SPACE_GROUPS.fullmatch(spaced):
        return re.sub(r"[ '’]", "", spaced).replace(",", ".")
    return cleaned


def parse_money(
    text: str,
    *,
    what: str = "An amount",
    largest: Decimal = LARGEST_AMOUNT,
) -> Decimal:
    """The amount the owner means, to the cent; empty is zero. Refuses what it cannot read."""
    cleaned = _without_currency(text)
    if not cleaned:
        return Decimal("0")
    negative = cleaned.startswith(("-", "−"))
    figure = _figure(cleaned.lstrip("-−").lstrip(_SPACES), text)
    try:
        value = Decimal(figure)
    except InvalidOperation as error:
        raise InvalidInputError(
            f"“{text}” is not an amount of money (for example 19.95)."
        ) from error
    if not value.is_finite():
        raise InvalidInputError(f"“{text}” is not an amount of money (for example 19.95).")
    if negative or value < 0:
        raise InvalidInputError(f"{what} cannot be negative.")
    if value >= largest:
        raise InvalidInputError(
            f"“{text}” is more than Steady can keep track of "
            f"({what.lower()} must stay below {largest:,.0f})."
        )
    return value.quantize(Decimal("0.01"))


# ISO 4217 currencies written without a minor unit: "¥4,500", never "¥4,500.00".
WHOLE_UNIT_CURRENCIES = frozenset(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split()
)


def minor_digits(currency: str) -> int:
    """Digits after the decimal point for the currency code in Settings."""
    return 0 if currency.strip().upper() in WHOLE_UNIT_CURRENCIES else 2
