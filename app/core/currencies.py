"""The currencies an owner can keep their log in: code, the mark written before an amount, and
how many digits follow the decimal point.

The mark is what Steady prints in packets, letters and on the command line, where the text
around it is English: a symbol only one currency uses ("zł", "R$", "₩"), else the ISO code
("SEK", not "kr", which is also Norway's and Denmark's; "ARS", not "$"). Only US dollars are
written with a bare "$", so an amount in another currency is never read as dollars.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Currency:
    code: str
    mark: str  # ends with a space when it is letters: "CHF 12.00", not "CHF12.00"
    digits: int  # written after the decimal point: 0 where prices are whole ("¥4,500")


def _c(code: str, mark: str, digits: int = 2) -> Currency:
    return Currency(code, mark + " " if mark[-1:].isalpha() else mark, digits)


CURRENCIES: tuple[Currency, ...] = (
    _c("USD", "$"),
    _c("EUR", "€"),
    _c("GBP", "£"),
    _c("CAD", "CA$"),
    _c("AUD", "A$"),
    _c("NZD", "NZ$"),
    _c("CHF", "CHF"),
    _c("JPY", "¥", 0),
    _c("INR", "₹"),
    _c("ZAR", "R"),
    _c("PLN", "zł"),
    _c("SEK", "SEK"),
    _c("NOK", "NOK"),
    _c("DKK", "DKK"),
    _c("CZK", "Kč"),
    _c("HUF", "Ft", 0),
    _c("RON", "lei"),
    _c("BRL", "R$"),
    _c("MXN", "MX$"),
    _c("ARS", "ARS"),
    _c("CLP", "CLP", 0),
    _c("COP", "COP", 0),
    _c("TRY", "₺"),
    _c("ILS", "₪"),
    _c("AED", "AED"),
    _c("SAR", "SAR"),
    _c("CNY", "CN¥"),
    _c("HKD", "HK$"),
    _c("TWD", "NT$", 0),
    _c("KRW", "₩", 0),
    _c("SGD", "S$"),
    _c("MYR", "RM"),
    _c("THB", "฿"),
    _c("IDR", "Rp", 0),
    _c("PHP", "₱"),
    _c("VND", "₫", 0),
    _c("EGP", "EGP"),
    _c("NGN", "₦"),
    _c("KES", "KSh"),
)

CURRENCY_BY_CODE = {currency.code: currency for currency in CURRENCIES}
CURRENCY_BY_MARK = {currency.mark: currency for currency in CURRENCIES}

# What owners also type beside an amount, though Steady writes the code for clarity.
TYPED_MARKS = ("US$", "Fr.", "kr", "kr.", "TL", "E£", "RMB", "元", "円")
