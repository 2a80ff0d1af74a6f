"""An action logged at a time that happened twice (the clocks going back) asks which, and
stores the moment chosen; the time the dialog opened with is never asked about."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime

from app.services import Services
from app.standing.action_records import ActionKind
from ui.standing.action_dialog import ActionDialog


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _dialog(qtbot, services: Services, customer_id: int) -> ActionDialog:  # type: ignore[no-untyped-def]
    dialog = ActionDialog(services, customer_id, ActionKind.LEGAL_ADVICE)
    qtbot.addWidget(dialog)
    return dialog


def _logged_at(services: Services, customer_id: int) -> datetime:
    (action,) = [
        a for a in services.actions.for_customer(customer_id) if a.kind is ActionKind.LEGAL_ADVICE
    ]
    return action.occurred_at.astimezone(UTC)


@pytest.mark.parametrize(("pick", "utc_hour"), [(0, 5), (1, 6)])
def test_0130_on_the_night_the_clocks_go_back_asks_and_stores_the_choice(  # type: ignore[no-untyped-def]
    qtbot,
    services: Services,
    customer_id: int,
    new_york: None,
    monkeypatch,
    pick: int,
    utc_hour: int,
) -> None:
    asked: list[str] = []

    def ask(parent, change):  # type: ignore[no-untyped-def]
        asked.append(change.question())
        return change.readings[pick]

    monkeypatch.setattr("ui.log.clock_question.ask_reading", ask)
    dialog = _dialog(qtbot, services, customer_id)
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 11, 1), QTime(1, 30)))
    dialog.save()
    assert asked and "happens twice" in asked[0]
    assert _logged_at(services, customer_id) == datetime(2026, 11, 1, utc_hour, 30, tzinfo=UTC)


def test_going_back_to_the_form_logs_nothing(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, new_york: None, monkeypatch
) -> None:
    monkeypatch.setattr("ui.log.clock_question.ask_reading", lambda parent, change: None)
    dialog = _dialog(qtbot, services, customer_id)
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 11, 1), QTime(1, 30)))
    dialog.save()
    assert dialog.action_id is None or not [
        a for a in services.actions.for_customer(customer_id) if a.kind is ActionKind.LEGAL_ADVICE
    ]


def test_an_ordinary_time_and_the_opening_time_are_not_asked_about(  # type: ignore[no-untyped-def]
    qtbot, services: Services, customer_id: int, new_york: None, monkeypatch
) -> None:
    monkeypatch.setattr("ui.log.clock_question.ask_reading", lambda *a: pytest.fail("asked"))
    dialog = _dialog(qtbot, services, customer_id)
    dialog.save()
    dialog = _dialog(qtbot, services, customer_id)
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 11, 1), QTime(2, 30)))
    dialog.save()
    assert (
        len(
            [
                a
                for a in services.actions.for_customer(customer_id)
                if a.kind is ActionKind.LEGAL_ADVICE
            ]
        )
        == 2
    )
