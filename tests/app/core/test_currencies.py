"""Owners outside the ten first currencies keep their log in their own money, typed the way
they write it and printed with a mark that cannot be taken for another currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.currencies import CURRENCIES, CURRENCY_BY_MARK
from app.core.errors import InvalidInputError
from app.core.money import minor_digits, money_text, parse_money
from app.core.settings import CURRENCY_SYMBOLS, SETTINGS_BY_KEY, Settings
from app.services import Services

ASKED_FOR = (
    "USD EUR GBP CAD AUD NZD CHF JPY INR ZAR PLN SEK NOK DKK CZK HUF RON BRL MXN ARS CLP COP "
    "TRY ILS AED SAR CNY HKD TWD KRW SGD MYR THB IDR PHP VND EGP NGN KES"
).split()
WHOLE = {"JPY", "KRW", "VND", "CLP", "HUF", "IDR", "COP", "TWD"}


def test_settings_offer_each_currency_with_its_own_mark() -> None:
    offered = SETTINGS_BY_KEY["currency"].choices
    assert set(ASKED_FOR) <= set(offered)
    marks = [CURRENCY_SYMBOLS[code] for code in offered]
    # One mark, one currency: a packet's reader can always tell which money is meant.
    assert len(set(marks)) == len(marks) == len(CURRENCY_BY_MARK)
    assert [code for code in offered if CURRENCY_SYMBOLS[code].strip() == "$"] == ["USD"]
    assert [code for code in offered if CURRENCY_SYMBOLS[code].strip() == "kr"] == []
    for code in offered:
        assert minor_digits(code) == (0 if code in WHOLE else 2), code


@pytest.mark.parametrize(
    ("code", "mark"),
    [("PLN", "zł "), ("SEK", "SEK "), ("BRL", "R$"), ("KRW", "₩"), ("CNY", "CN¥"), ("ARS", "ARS ")],
)
def test_an_owner_can_choose_their_currency(services: Services, code: str, mark: str) -> None:
    services.settings.update({"currency": code})
    assert Settings(services.store).currency_symbol == mark


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("120 zł", "120.00"),
        ("zł 1 234,50", "1234.50"),
        ("1.234,50 zł", "1234.50"),
        ("R$ 50,00", "50.00"),
        ("MX$1,250.00", "1250.00"),
        ("1 250 kr", "1250.00"),
        ("99,90 kr.", "99.90"),
        ("SEK 1 250", "1250.00"),
        ("1 500 Kč", "1500.00"),
        ("15 000 Ft", "15000.00"),
        ("250 lei", "250.00"),
        ("₺450", "450.00"),
        ("₪ 120", "120.00"),
        ("AED 300", "300.00"),
        ("CN¥88", "88.00"),
        ("88 元", "88.00"),
        ("HK$ 300", "300.00"),
        ("NT$1,500", "1500.00"),
        ("₩35,000", "35000.00"),
        ("S$45", "45.00"),
        ("RM 30", "30.00"),
        ("฿1,200", "1200.00"),
        ("Rp 150.000", "150000.00"),
        ("₱500", "500.00"),
        ("120.000 ₫", "120000.00"),
        ("₦5,000", "5000.00"),
        ("KSh 2,500", "2500.00"),
        ("clp 15.000", "15000.00"),
        ("1.500 Ft", "1500.00"),
        ("₩1.000", "1000.00"),
    ],
)
def test_an_amount_in_any_offered_currency_is_read(typed: str, meant: str) -> None:
    assert parse_money(typed) == Decimal(meant)


@pytest.mark.parametrize(
    "typed",
    # "¥1.234" stays a question: Chinese owners write ¥ for yuan, which have cents.
    ["1.234 zł", "¥1.234", "R$ 1.234", "zł", "zł zł 12", "12 zł zł", "-12 zł", "R$-5", "12 złoty"],
)
def test_a_mark_does_not_make_a_doubtful_amount_pass(typed: str) -> None:
    if typed == "zł":
        assert parse_money(typed) == Decimal("0")  # a mark alone is an empty amount
        return
    with pytest.raises(InvalidInputError):
        parse_money(typed)


@pytest.mark.parametrize(
    ("amount", "code", "written"),
    [
        ("1234.5", "USD", "$1,234.50"),
        ("1234.5", "PLN", "zł 1,234.50"),
        ("1234.5", "SEK", "SEK 1,234.50"),
        ("1234.5", "CHF", "CHF 1,234.50"),
        ("1234.5", "BRL", "R$1,234.50"),
        ("4500", "JPY", "¥4,500"),
        ("35000", "KRW", "₩35,000"),
        ("15000", "HUF", "Ft 15,000"),
        ("120000", "VND", "₫120,000"),
        # Cents an amount really has are never rounded away, whatever the currency.
        ("4500.5", "JPY", "¥4,500.50"),
        ("0.4", "CLP", "CLP 0.40"),
    ],
)
def test_an_amount_is_written_with_its_own_mark_and_decimals(
    amount: str, code: str, written: str
) -> None:
    assert money_text(Decimal(amount), CURRENCY_SYMBOLS[code]) == written


def test_every_currency_writes_no_dollar_unless_it_is_one() -> None:
    for currency in CURRENCIES:
        text = money_text(Decimal("1234.56"), currency.mark)
        assert "1,234" in text
        assert ("$" in text) == currency.mark.endswith("$"), text
        assert text.startswith("$") == (currency.code == "USD"), text
