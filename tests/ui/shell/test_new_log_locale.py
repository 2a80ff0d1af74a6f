"""A new log starts with the paper size and currency of where the owner is."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.application import open_services
from app.core.locale_defaults import new_log_settings
from ui.shell import new_log_locale
from ui.shell.log_files import LogPlaces, OpenLog


@pytest.mark.parametrize(
    ("country", "currency", "paper", "kept"),
    [
        ("US", "USD", "Letter", "USD"),
        ("CA", "CAD", "Letter", "CAD"),
        ("MX", "MXN", "Letter", "MXN"),
        ("FR", "EUR", "A4", "EUR"),
        ("GB", "GBP", "A4", "GBP"),
        ("JP", "JPY", "A4", "JPY"),
        ("SE", "SEK", "A4", "SEK"),
        ("PL", "PLN", "A4", "PLN"),
        ("BR", "BRL", "A4", "BRL"),
        ("KR", "KRW", "A4", "KRW"),
        ("AE", "AED", "A4", "AED"),
        ("KE", "kes", "A4", "KES"),
        ("UA", "UAH", "A4", "USD"),  # not offered in Settings: stays US dollars
        ("PL", "zł", "A4", "USD"),  # a symbol, not a code: nothing is guessed from it
        ("", "", "A4", "USD"),  # the C locale: nothing known
        ("us", " eur ", "Letter", "EUR"),
    ],
)
def test_paper_and_currency_follow_the_locale(
    country: str, currency: str, paper: str, kept: str
) -> None:
    assert new_log_settings(country, currency) == {"paper_size": paper, "currency": kept}


@pytest.fixture
def logs(tmp_path: Path):  # type: ignore[no-untyped-def]
    places = LogPlaces(tmp_path / "data" / "steady.db", tmp_path / "data" / "steady-demo.db")
    opened = OpenLog(places, open_services)
    yield opened
    opened.close()


def test_a_new_log_in_canada_prints_on_letter_in_dollars(qtbot, monkeypatch, logs: OpenLog) -> None:
    monkeypatch.setattr(new_log_locale, "system_locale", lambda: ("CA", "CAD"))
    window = logs.open(logs.places.own, False)
    assert window is not None
    qtbot.addWidget(window)
    settings = window.services.settings
    assert (settings.text("paper_size"), settings.text("currency")) == ("Letter", "CAD")


def test_an_existing_log_keeps_its_own_choices(qtbot, monkeypatch, logs: OpenLog) -> None:
    existing = open_services(logs.places.own)
    existing.settings.update({"paper_size": "A4", "currency": "GBP"})
    existing.close()
    monkeypatch.setattr(new_log_locale, "system_locale", lambda: ("US", "USD"))
    window = logs.open(logs.places.own, False)
    assert window is not None
    qtbot.addWidget(window)
    settings = window.services.settings
    assert (settings.text("paper_size"), settings.text("currency")) == ("A4", "GBP")


def test_a_new_log_in_poland_keeps_its_money_in_zloty(qtbot, monkeypatch, logs: OpenLog) -> None:
    monkeypatch.setattr(new_log_locale, "system_locale", lambda: ("PL", "PLN"))
    window = logs.open(logs.places.own, False)
    assert window is not None
    qtbot.addWidget(window)
    settings = window.services.settings
    assert (settings.text("currency"), settings.currency_symbol) == ("PLN", "zł ")


def test_a_log_kept_in_its_own_currency_is_not_moved_by_where_it_is_opened(
    qtbot, monkeypatch, logs: OpenLog
) -> None:
    existing = open_services(logs.places.own)
    existing.settings.update({"currency": "SEK"})
    stored = existing.store.settings.load()
    existing.close()
    monkeypatch.setattr(new_log_locale, "system_locale", lambda: ("PL", "PLN"))
    window = logs.open(logs.places.own, False)
    assert window is not None
    qtbot.addWidget(window)
    assert window.services.settings.text("currency") == "SEK"
    assert window.services.store.settings.load() == stored


def test_the_demo_keeps_its_own_business(qtbot, monkeypatch, logs: OpenLog) -> None:
    monkeypatch.setattr(new_log_locale, "system_locale", lambda: ("FR", "EUR"))
    window = logs.open(logs.places.demo, True)
    assert window is not None
    qtbot.addWidget(window)
    assert window.services.settings.text("currency") == "USD"
