"""Policies and agreements: a version's start or an agreement at a time that happened twice
(the night the clocks go back) asks which, and stores the moment chosen."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from app.core.clock_changes import ClockChange
from app.services import Services
from ui.standing.policies_dialog import PoliciesDialog

TWICE = QDateTime(QDate(2026, 10, 25), QTime(1, 30))


def _asking(monkeypatch: pytest.MonkeyPatch, pick: int | None) -> list[str]:
    asked: list[str] = []

    def ask(parent: object, change: ClockChange) -> datetime | None:
        asked.append(change.question())
        return None if pick is None else change.readings[pick]

    monkeypatch.setattr("ui.log.clock_question.ask_reading", ask)
    return asked


@pytest.mark.parametrize(("pick", "utc_hour"), [(0, 0), (1, 1)])
def test_an_agreement_at_a_time_that_happened_twice_is_asked_and_kept(
    qtbot: QtBot, services: Services, customer_id: int, london: None,
    monkeypatch: pytest.MonkeyPatch, pick: int, utc_hour: int,
) -> None:  # fmt: skip
    asked = _asking(monkeypatch, pick)
    policy = services.policies.add_policy("Terms of service")
    services.policies.add_version(policy, "6. Downtime earns a credit.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.agreed_edit.setDateTime(TWICE)
    dialog.record_agreement()
    assert asked and "happens twice on 25 October" in asked[0]
    assert dialog.message_label.text() == "Agreement recorded."
    [agreement] = services.policies.agreements(customer_id)
    assert agreement.agreed_at.astimezone(UTC) == datetime(2026, 10, 25, utc_hour, 30, tzinfo=UTC)


def test_back_to_the_form_records_no_agreement(
    qtbot: QtBot, services: Services, customer_id: int, london: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _asking(monkeypatch, None)
    policy = services.policies.add_policy("Terms of service")
    services.policies.add_version(policy, "6. Downtime earns a credit.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.agreed_edit.setDateTime(TWICE)
    dialog.record_agreement()
    assert services.policies.agreements(customer_id) == []


@pytest.mark.parametrize(("pick", "utc_hour"), [(0, 0), (1, 1)])
def test_a_version_taking_effect_at_a_time_that_happened_twice_is_asked_and_kept(
    qtbot: QtBot, services: Services, london: None, monkeypatch: pytest.MonkeyPatch, pick: int,
    utc_hour: int,
) -> None:  # fmt: skip
    asked = _asking(monkeypatch, pick)
    dialog = PoliciesDialog(services)
    qtbot.addWidget(dialog)
    dialog.new_policy_edit.setText("Refund policy")
    dialog.add_policy()
    dialog.text_view.setPlainText("Refunds within 14 days of purchase.")
    dialog.effective_edit.setDateTime(TWICE)
    dialog.save_version()
    assert asked and "happens twice on 25 October" in asked[0]
    [policy] = services.policies.policies()
    [version] = services.policies.versions(policy.id)
    assert version.effective_from.astimezone(UTC) == datetime(
        2026, 10, 25, utc_hour, 30, tzinfo=UTC
    )


def test_a_version_taking_effect_now_is_not_asked_about(
    qtbot: QtBot, services: Services, london: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.log.clock_question.ask_reading", lambda *a: pytest.fail("asked"))
    dialog = PoliciesDialog(services)
    qtbot.addWidget(dialog)
    dialog.new_policy_edit.setText("Refund policy")
    dialog.add_policy()
    dialog.text_view.setPlainText("Refunds within 14 days of purchase.")
    dialog.save_version()
    assert dialog.message_label.text() == "Saved as a new version."
