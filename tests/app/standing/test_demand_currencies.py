"""A sum a customer asks for is compared with what they paid only when it is in the owner's
own currency, for the currencies beyond the dollar, euro and pound too."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.settings import CURRENCY_SYMBOLS
from app.standing.demands import asked_amount


@pytest.mark.parametrize(
    ("message", "currency", "asked"),
    [
        ("Refund me R$500 now.", "BRL", "500"),
        ("Refund me 500 dollars now.", "BRL", "0"),  # dollars are not reais
        ("Refund me $500 now.", "BRL", "0"),
        ("Refund me R$500 now.", "CAD", "0"),  # reais are not Canadian dollars
        ("Refund me $500 now.", "MXN", "500"),  # a Mexican customer writes pesos as $
        ("Refund me $500 now.", "CAD", "500"),
        ("Refund me 500 zł now.", "PLN", "0"),  # not recognised: never compared, never shown
        ("Refund me $500 now.", "PLN", "0"),
        ("Refund me ¥500 now.", "CNY", "0"),
        ("Refund me ¥500 now.", "JPY", "500"),
    ],
)
def test_only_a_sum_in_the_owners_currency_is_asked_for(
    message: str, currency: str, asked: str
) -> None:
    assert asked_amount(message, CURRENCY_SYMBOLS[currency]) == Decimal(asked)
