"""The paper size and currency a new log starts with, from where the owner is.

North and Central America (and the Philippines and Chile) print on US Letter; the rest of the
world on A4. The currency is the locale's when Settings offers it, else US dollars (the
owner picks theirs in Settings).
"""

from __future__ import annotations

from app.core.settings import SETTINGS_BY_KEY

# ISO 3166 codes of the countries where US Letter is the paper on sale.
LETTER_COUNTRIES = frozenset(
    "US CA MX PR GU VI AS MP UM PH CL CO VE CR GT HN NI PA SV DO BZ".split()
)


def new_log_settings(country: str, currency: str) -> dict[str, object]:
    """The settings a new log starts with for this ISO country and currency code."""
    offered = SETTINGS_BY_KEY["currency"].choices
    code = currency.strip().upper()
    return {
        "paper_size": "Letter" if country.strip().upper() in LETTER_COUNTRIES else "A4",
        "currency": code if code in offered else SETTINGS_BY_KEY["currency"].default,
    }
