"""Amounts typed the way owners write them: a decimal comma is never a silent 100×."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.errors import InvalidInputError
from app.core.money import parse_money
from app.core.settings import SETTINGS_BY_KEY, Settings, coerce
from app.services import Services


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("19,95", "19.95"),
        ("19.95", "19.95"),
        ("12,5", "12.50"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("1,234", "1234.00"),
        ("1.234.567", "1234567.00"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("CHF 1'234.50", "1234.50"),
        ("€ 19,95", "19.95"),
        ("19,95 €", "19.95"),
        ("CA$25", "25.00"),
        ("A$25", "25.00"),
        ("R 100", "100.00"),
        ("₹499", "499.00"),
        ("0.125", "0.12"),
        ("", "0"),
    ],
)
def test_an_amount_is_read_as_the_owner_means_it(typed: str, meant: str) -> None:
    assert parse_money(typed) == Decimal(meant)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.234", "“1.234” — did you mean 1234 or 1.23?"),
        ("19,95,3", "“19,95,3” is not an amount of money"),
        ("1e30", "“1e30” is more than Steady can keep track of"),
        ("inf", "“inf” is not an amount of money"),
        ("nan", "“nan” is not an amount of money"),
        ("-19,95", "An amount cannot be negative."),
        ("12.5.3", "“12.5.3” is not an amount of money"),
    ],
)
def test_an_amount_that_could_mean_two_things_is_asked_about(typed: str, said: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        parse_money(typed)
    assert str(refused.value).startswith(said)


@pytest.mark.parametrize("typed", ["1e30", "1" + "0" * 30, "inf", "nan", "-40", "Infinity"])
def test_an_absurd_hourly_rate_is_refused_with_a_clear_message(typed: str) -> None:
    with pytest.raises(InvalidInputError) as refused:
        coerce(SETTINGS_BY_KEY["hourly_rate"], typed)
    assert str(refused.value).startswith("Your hourly rate")
    assert "Traceback" not in str(refused.value)


def test_an_hourly_rate_with_a_decimal_comma_is_read_as_meant() -> None:
    assert coerce(SETTINGS_BY_KEY["hourly_rate"], "45,50") == Decimal("45.50")


def test_an_absurd_rate_already_stored_falls_back_to_the_default(services: Services) -> None:
    services.store.settings.save({"hourly_rate": "1e30"})
    assert Settings(services.store).hourly_rate == Decimal("40.00")
