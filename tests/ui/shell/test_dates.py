"""One way of writing dates across the window, the owner's system's; the zone only where a
contact was recorded in another zone than the owner's."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from app.core.clock import zone_label
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.contact_view import ContactDialog
from ui.shell.dates import shown_when
from ui.shell.main_window import MainWindow

AT = datetime(2026, 3, 4, 17, 5, tzinfo=UTC)


@pytest.fixture
def american() -> Iterator[QLocale]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield QLocale()
    QLocale.setDefault(before)


def test_the_list_the_log_and_the_contact_write_dates_alike(
    american: QLocale, window: MainWindow, services: Services, customer_id: int
) -> None:
    contact_id = services.contacts.log(customer_id, inbound("Refund me.", AT))
    window.refresh_customers()
    window.select_customer(customer_id)
    shown = shown_when(AT)
    assert shown == american.toString(
        AT.astimezone().replace(tzinfo=None),  # type: ignore[call-overload]
        american.dateTimeFormat(QLocale.FormatType.ShortFormat),
    )
    assert "2026-03-04" not in shown  # the system's form, not Steady's own
    assert window.customer_list.model.index(0, 3).data() == shown
    heading = window.page.timeline_model.index(0).data().splitlines()[0]
    assert heading.startswith(shown_when(AT, weekday=True))
    window.open_contact(contact_id)
    assert isinstance(window.dialog, ContactDialog)
    assert window.dialog.windowTitle().endswith(shown)


def test_the_zone_is_named_only_where_it_differs(
    window: MainWindow, services: Services, customer_id: int
) -> None:
    here = inbound("Same zone.", AT)
    here = replace(here, occurred_tz=zone_label(AT.astimezone()))
    away = replace(inbound("From abroad.", AT), occurred_tz="+09:00")
    if away.occurred_tz == here.occurred_tz:  # a machine in Tokyo
        away = replace(away, occurred_tz="-05:00")
    services.contacts.log(customer_id, here)
    services.contacts.log(customer_id, away)
    window.refresh_customers()
    window.select_customer(customer_id)
    model = window.page.timeline_model
    tips = [model.index(row).data(Qt.ItemDataRole.ToolTipRole) for row in range(2)]
    assert sum(f"logged as UTC{away.occurred_tz}" in tip for tip in tips) == 1
    assert not any(f"logged as UTC{here.occurred_tz}" in tip for tip in tips)


def test_sentences_steady_writes_use_the_windows_date_form(demo_services, demo_ids) -> None:  # type: ignore[no-untyped-def]
    import re

    from app.core.clock import use_day_style
    from ui.shell.dates import shown_day

    def reasons() -> str:
        picture = demo_services.assessor.picture(demo_ids["hale"])
        return " ".join(g.reason for g in picture.assessment.grounds)

    # The command line's and the packets' form: "Warned on Mon 24 Aug 2026".
    found = re.search(r"Warned on (\w{3} \d{1,2} \w{3} \d{4})", reasons())
    assert found is not None
    day = datetime.strptime(found.group(1), "%a %d %b %Y").astimezone()
    use_day_style(shown_day)
    try:
        assert f"Warned on {shown_day(day)}" in reasons()
        assert found.group(1) not in reasons()
    finally:
        use_day_style(None)
    assert f"Warned on {found.group(1)}" in reasons()


@pytest.mark.parametrize("name", ["he_IL", "ar_EG"])
def test_sentences_in_english_keep_an_english_date_in_a_right_to_left_language(
    demo_services, demo_ids, name: str
) -> None:  # type: ignore[no-untyped-def]
    """With the window in Hebrew or Arabic, "Warned on …" does not carry a Hebrew weekday or
    Arabic digits and direction marks in the middle of an English sentence."""
    import re

    from app.core.clock import use_day_style
    from ui.shell.dates import sentence_day

    before = QLocale()
    QLocale.setDefault(QLocale(name))
    use_day_style(sentence_day)
    try:
        picture = demo_services.assessor.picture(demo_ids["hale"])
        reasons = " ".join(g.reason for g in picture.assessment.grounds)
    finally:
        use_day_style(None)
        QLocale.setDefault(before)
    assert re.search(
        r"Warned on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4};", reasons
    )
    assert not re.search("[\u0590-\u06ff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]", reasons)


def test_sentences_keep_the_windows_own_form_in_english(american: QLocale) -> None:
    from ui.shell.dates import sentence_day, shown_day

    day = datetime(2026, 8, 24, 10, 0).astimezone()
    assert sentence_day(day) == shown_day(day)
