"""Where the owner is, as the system says (for a new log's paper size and currency)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.core.locale_defaults import new_log_settings
from app.services import Services


def system_locale() -> tuple[str, str]:
    """The ISO country and currency codes of the system's locale ("" when unknown)."""
    locale = QLocale.system()
    country = QLocale.territoryToCode(locale.territory())
    currency = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return country, currency


def start_new_log(services: Services) -> None:
    services.settings.update(new_log_settings(*system_locale()))
