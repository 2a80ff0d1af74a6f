"""Post details added to a logged screenshot: a post time that happened twice (the night the
clocks go back) is asked about, and the reading chosen is what the log keeps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from pytestqt.qtbot import QtBot

from app.core.clock_changes import ClockChange
from app.core.domain import Customer
from app.services import Services
from tests.helpers.fixtures import log_post_screenshot
from ui.log.evidence_facts import PostDetailsDialog


def _dialog(qtbot: QtBot, services: Services) -> tuple[PostDetailsDialog, int]:
    customer = services.customers.add(Customer(name="Pat Example"))
    contact_id = log_post_screenshot(services, customer, datetime(2026, 10, 1, 12, tzinfo=UTC))
    dialog = PostDetailsDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentText("Facebook")
    dialog.url.setText("https://facebook.com/pat/posts/1")
    dialog.handle.setText("@pat")
    dialog.time_known.setChecked(True)
    dialog.posted.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(1, 30)))
    return dialog, contact_id


@pytest.mark.parametrize(("pick", "utc_hour"), [(0, 0), (1, 1)])
def test_a_post_time_that_happened_twice_is_asked_and_kept(
    qtbot: QtBot, services: Services, london: None, monkeypatch: pytest.MonkeyPatch, pick: int,
    utc_hour: int,
) -> None:  # fmt: skip
    asked: list[str] = []

    def ask(parent: object, change: ClockChange) -> datetime:
        asked.append(change.question())
        return change.readings[pick]

    monkeypatch.setattr("ui.log.clock_question.ask_reading", ask)
    dialog, contact_id = _dialog(qtbot, services)
    dialog.accept()
    assert asked and "happens twice on 25 October" in asked[0]
    post = services.imports.posts.get(contact_id)
    assert post is not None and post.posted_at is not None
    assert post.posted_at.astimezone(UTC) == datetime(2026, 10, 25, utc_hour, 30, tzinfo=UTC)


def test_back_to_the_form_saves_nothing(
    qtbot: QtBot, services: Services, london: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.log.clock_question.ask_reading", lambda parent, change: None)
    dialog, contact_id = _dialog(qtbot, services)
    dialog.accept()
    assert dialog.result() != PostDetailsDialog.DialogCode.Accepted
    post = services.imports.posts.get(contact_id)
    assert post is None or post.posted_at is None


def test_the_time_the_form_opened_with_is_not_asked_about(
    qtbot: QtBot, services: Services, london: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.log.clock_question.ask_reading", lambda *a: pytest.fail("asked"))
    dialog, contact_id = _dialog(qtbot, services)
    dialog.posted.setDateTime(QDateTime(QDate(2026, 10, 1), QTime(13, 0)))  # the contact's
    dialog.accept()
    post = services.imports.posts.get(contact_id)
    assert post is not None and post.posted_at is not None
    assert post.posted_at.astimezone(UTC) == datetime(2026, 10, 1, 12, tzinfo=UTC)
