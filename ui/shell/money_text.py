"""Amounts and time as the owner reads them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from app.core.money import minor_digits

_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))


def money(amount: Decimal, symbol: str, currency: str = "") -> str:
    """In the owner's locale form, as their dates are: "1.234,50 €" in German, "$1,234.50" in
    American English; no minor unit for a currency without one ("¥4,500")."""
    digits = minor_digits(currency)
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        # No locale chosen: the form Steady always used, as dates fall back to ISO.
        return f"{symbol}{amount:,.{digits}f}"
    mark = symbol.strip()
    # Hebrew and Arabic locales wrap the figure in right-to-left marks: a label starting with
    # one is laid out right to left, and "Paid:" stood a window's width from its amount.
    # Steady's window reads left to right; the figure and its mark keep the locale's order.
    text = locale.toCurrencyString(float(amount), mark, digits).translate(_DIRECTION_MARKS)
    # A symbol of letters stands apart from the figure: "CHF 12.00", not "CHF12.00".
    if mark[-1:].isalpha() and text.startswith(mark) and not text[len(mark) :][:1].isspace():
        text = f"{mark}\u00a0{text[len(mark) :]}"
    return text


def time_cost(minutes: int, hourly_rate: Decimal) -> Decimal:
    return (hourly_rate * minutes / 60).quantize(Decimal("0.01"))
