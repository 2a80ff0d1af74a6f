"""A demand out of proportion: the amount the customer asks for, against what they paid.

"Asked for" is the sum tied to the asking words ("a refund of the $19.95", "$500
compensation"), never the largest figure anywhere in the message: "I have spent over $2,000 in
your shop, and all I ask is a refund of the $19.95" asks for $19.95. A sum in another currency
than the owner's is not compared (nor printed as theirs): Steady does not convert money.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from app.core.domain import Contact
from app.core.errors import InvalidInputError
from app.core.money import parse_money
from app.standing.reading import C, ids_of, money_text, times_word, with_category
from app.standing.records import Sign

DEMAND_WORDS = re.compile(
    r"\b(compensat|refund|pay|owe|damages|reimburs|money back)", re.IGNORECASE
)
PROPORTION = Decimal("1.5")  # asking this many times what was paid is out of proportion

# A mark before the figure, or a word after it; "$" and "dollars" are any dollar (a Canadian
# customer of a CA$ shop writes "$"), "US$" and "usd" the US one only.
_BEFORE = r"(?P<before>US\$|CA\$|NZ\$|A\$|R\$|\$|€|£|¥|₹|CHF)"
_FIGURE = r"\d[\d,.]*\d|\d"
_AFTER = (
    r"(?P<after>dollars?|bucks|usd|cad|aud|nzd|euros?|eur|pounds?|quid|gbp|yen|jpy|rupees?|inr|"
    r"francs?|chf|rand|zar)\b"
)
_MONEY = re.compile(rf"{_BEFORE}\s?(?P<f1>{_FIGURE})|(?P<f2>{_FIGURE})\s?{_AFTER}", re.IGNORECASE)
_DOLLAR = "dollar"
_CURRENCY_OF_MARK = {
    "$": _DOLLAR,
    "dollar": _DOLLAR,
    "dollars": _DOLLAR,
    "bucks": _DOLLAR,
    "us$": "$",
    "usd": "$",
    "ca$": "CA$",
    "cad": "CA$",
    "a$": "A$",
    "aud": "A$",
    "nz$": "NZ$",
    "nzd": "NZ$",
    "r$": "R$",
    "€": "€",
    "euro": "€",
    "euros": "€",
    "eur": "€",
    "£": "£",
    "pound": "£",
    "pounds": "£",
    "quid": "£",
    "gbp": "£",
    "¥": "¥",
    "yen": "¥",
    "jpy": "¥",
    "₹": "₹",
    "rupee": "₹",
    "rupees": "₹",
    "inr": "₹",
    "chf": "CHF",
    "franc": "CHF",
    "francs": "CHF",
    "rand": "R",
    "zar": "R",
}
# A sentence ends at . ! ? ; or a line break (a point inside "19.95" does not end one).
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")


def _owners(mark: str, symbol: str) -> bool:
    """Whether a sum written with `mark` is in the owner's currency (`symbol`, e.g. "CA$")."""
    currency = _CURRENCY_OF_MARK.get(mark.lower())
    owner = symbol.strip()
    if currency == _DOLLAR:
        # The real is written R$ but is no dollar: "500 dollars" to a Brazilian shop is not
        # a sum in reais.
        return owner.endswith("$") and owner != "R$"
    return currency is not None and currency.upper() == owner.upper()


def _sentences(text: str) -> list[str]:
    found, start = [], 0
    for end in _SENTENCE_END.finditer(text):
        found.append(text[start : end.end()])
        start = end.end()
    found.append(text[start:])
    return found


def asked_amount(text: str, symbol: str) -> Decimal:
    """The largest sum in the owner's currency that the message asks for (0 when none): in each
    sentence with an asking word, the sum written nearest that word."""
    asked = Decimal(0)
    for sentence in _sentences(text):
        words = list(DEMAND_WORDS.finditer(sentence))
        if not words:
            continue
        sums = []
        for found in _MONEY.finditer(sentence):
            mark = found.group("before") or found.group("after") or ""
            try:
                value = parse_money(found.group("f1") or found.group("f2"))
            except InvalidInputError:
                continue  # "1.234": which amount is meant cannot be told
            sums.append((found.start(), found.end(), value, _owners(mark, symbol)))
        for word in words:
            nearest = min(
                sums,
                key=lambda s: s[0] - word.end() if s[0] >= word.end() else word.start() - s[1],
                default=None,
            )
            if nearest is not None and nearest[3]:
                asked = max(asked, nearest[2])
    return asked


def demand_sign(inbound: Sequence[Contact], paid: Decimal, symbol: str) -> Sign | None:
    flagged = with_category(inbound, C.DISPROPORTIONATE_DEMAND)
    largest = Decimal(0)
    big_asks: list[Contact] = []
    if paid > 0:
        for contact in inbound:
            if not DEMAND_WORDS.search(contact.text):
                continue
            asked = asked_amount(contact.text, symbol)
            if asked > paid * PROPORTION:
                big_asks.append(contact)
                largest = max(largest, asked)
    shown = {c.id: c for c in [*flagged, *big_asks]}
    if not shown:
        return None
    if largest:
        reason = (
            f"Asked for {money_text(largest, symbol)} when they have paid {money_text(paid, symbol)} "
            f"in all ({times_word(len(shown), 'demand')})."
        )
    else:
        reason = f"{times_word(len(shown), 'demand')} out of proportion to what went wrong."
    return Sign(
        "disproportionate-demand", "Demand out of proportion", reason, ids_of(shown.values())
    )
