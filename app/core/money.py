"""Amounts of money as owners type them (19.95, 19,95, 1,234.50, 1.234,50, € 12, CA$25,
120 zł), and as Steady writes them in packets, letters and on the command line.

Half of Steady's owners write a decimal comma. A comma is therefore read as the owner means
it, and an amount that could mean two things a thousand times apart ("1.234") is refused with
a question rather than guessed: a silent 100× error would flow into refunds and letters.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from app.core.currencies import CURRENCIES, CURRENCY_BY_CODE, CURRENCY_BY_MARK, TYPED_MARKS
from app.core.errors import InvalidInputError

# A trillion is far beyond any customer's account, and well inside Decimal's exact range.
LARGEST_AMOUNT = Decimal("1e12")

# Currency marks an owner may type before or after the figure, longest first so "CA$"
# is taken whole rather than as "$" after a stray "CA".
_CURRENCY_MARKS = sorted(
    {currency.code for currency in CURRENCIES}
    | {currency.mark.strip() for currency in CURRENCIES}
    | set(TYPED_MARKS),
    key=lambda mark: (-len(mark), mark),
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


# Marks of currencies without a minor unit, where "Rp 150.000" and "120.000 ₫" can only be
# thousands. "¥" is left out: Chinese owners write it for yuan, which have cents.
_WHOLE_UNIT_MARKS = frozenset(
    mark.upper()
    for currency in CURRENCIES
    if currency.digits == 0
    for mark in (currency.code, currency.mark.strip())
    if mark != "¥"
) | {"円"}


def _without_currency(text: str) -> tuple[str, bool]:
    """The text without its currency marks, and whether one was a whole-unit currency's."""
    cleaned = text.strip(_SPACES)
    found = []
    for mark in _CURRENCY_MARKS:
        if cleaned.upper().startswith(mark.upper()):
            cleaned = cleaned[len(mark) :].lstrip(_SPACES)
            found.append(mark.upper())
            break
    for mark in _CURRENCY_MARKS:
        if cleaned.upper().endswith(mark.upper()) and len(cleaned) > len(mark):
            cleaned = cleaned[: -len(mark)].rstrip(_SPACES)
            found.append(mark.upper())
            break
    return cleaned, any(mark in _WHOLE_UNIT_MARKS for mark in found)


def _figure(cleaned: str, text: str, whole_units: bool = False) -> str:
    """The figure in Decimal's own spelling, or a clear question when it is ambiguous."""
    spaced = re.sub(r"[\u00a0\u202f\u2009]", " ", cleaned)
    if _PLAIN.fullmatch(cleaned):
        return cleaned
    if whole_units and _AMBIGUOUS_POINT.fullmatch(cleaned):
        return cleaned.replace(".", "")
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
    cleaned, whole_units = _without_currency(text)
    if not cleaned:
        return Decimal("0")
    negative = cleaned.startswith(("-", "−"))
    figure = _figure(cleaned.lstrip("-−").lstrip(_SPACES), text, whole_units)
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
    code = currency.strip().upper()
    if code in CURRENCY_BY_CODE:
        return CURRENCY_BY_CODE[code].digits
    return 0 if code in WHOLE_UNIT_CURRENCIES else 2


def money_text(amount: Decimal, mark: str) -> str:
    """An amount as packets, letters and the command line write it, after the currency's mark
    from Settings: "$1,234.50", "zł 1,234.50", "¥4,500", "SEK 1,234.50". The figure is in the
    English form of the text around it; a currency without a minor unit still shows cents an
    amount really has ("¥4,500.50"), since rounding them away would misstate it."""
    currency = CURRENCY_BY_MARK.get(mark)
    digits = currency.digits if currency is not None else 2
    if amount != amount.quantize(Decimal(1).scaleb(-digits)):
        digits = 2
    sign = "-" if amount < 0 else ""
    return f"{sign}{mark}{abs(amount):,.{digits}f}"
