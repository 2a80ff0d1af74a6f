"""The hour that happens twice (clocks going back) in the window: logging or correcting a
contact at such a time asks the owner which of the two they mean, in one line, and stores
the moment they chose. The zones are set here (zoneinfo), never taken from the machine."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.clock_changes import ClockChange, clock_change
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log import clock_question
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_drafts import ContactDrafts
from ui.log.contact_form import ContactForm
from ui.log.contact_view import ContactDialog

NEW_YORK = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK_LINE = (
    "01:30 happens twice on 1 November (clocks go back): the first time (EDT, UTC−4) or the "
    "second (EST, UTC−5)?"
)


class Asked:
    """The questions the owner was asked, answered with the reading `pick` (0 the first,
    1 the second, None: back to the form)."""

    def __init__(self, pick: int | None) -> None:
        self.pick = pick
        self.lines: list[str] = []

    def __call__(self, _parent: QWidget | None, change: ClockChange) -> datetime | None:
        self.lines.append(change.question())
        return None if self.pick is None else change.readings[self.pick]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    answer = Asked(pick=1)
    monkeypatch.setattr(clock_question, "ask_reading", answer)
    return answer


def _set_time(form: ContactForm, zone: ZoneInfo, wall: datetime) -> None:
    """The owner types `wall` in the date field, in `zone`."""
    form.zone = zone
    form.when_edit.setDateTime(
        QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
    )


def _log(qtbot, services: Services, customer_id: int, tmp_path: Path) -> LogContactDialog:  # type: ignore[no-untyped-def]
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "d"))
    qtbot.addWidget(dialog)
    dialog.form.summary_edit.setText("Shouted on the phone")
    dialog.form.words_edit.setPlainText("I know when you close.")
    return dialog


def _stored(services: Services, contact_id: int | None) -> tuple[datetime, str]:
    assert contact_id is not None
    details = services.contacts.get(contact_id).details
    return details.occurred_at.astimezone(UTC), details.occurred_tz


@pytest.mark.parametrize(
    ("pick", "instant", "zone"),
    [(1, datetime(2026, 11, 1, 6, 30, tzinfo=UTC), "-05:00"),
     (0, datetime(2026, 11, 1, 5, 30, tzinfo=UTC), "-04:00")],
)  # fmt: skip
def test_logging_at_0130_on_the_night_new_york_goes_back_asks_which(
    qtbot, services: Services, customer_id: int, tmp_path: Path, asked: Asked,
    pick: int, instant: datetime, zone: str,
) -> None:  # fmt: skip
    asked.pick = pick
    dialog = _log(qtbot, services, customer_id, tmp_path)
    _set_time(dialog.form, NEW_YORK, datetime(2026, 11, 1, 1, 30))
    dialog.save()
    assert asked.lines == [NEW_YORK_LINE]
    assert _stored(services, dialog.contact_id) == (instant, zone)


def test_berlin_0230_asks_with_its_own_zones_and_stores_the_second(
    qtbot, services: Services, customer_id: int, tmp_path: Path, asked: Asked
) -> None:
    dialog = _log(qtbot, services, customer_id, tmp_path)
    _set_time(dialog.form, BERLIN, datetime(2026, 10, 25, 2, 30))
    dialog.save()
    assert asked.lines == [
        "02:30 happens twice on 25 October (clocks go back): the first time (CEST, UTC+2) or "
        "the second (CET, UTC+1)?"
    ]
    assert _stored(services, dialog.contact_id) == (
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),
        "+01:00",
    )


def test_going_back_to_the_form_saves_nothing(
    qtbot, services: Services, customer_id: int, tmp_path: Path, asked: Asked
) -> None:
    asked.pick = None
    dialog = _log(qtbot, services, customer_id, tmp_path)
    _set_time(dialog.form, NEW_YORK, datetime(2026, 11, 1, 1, 30))
    dialog.save()
    assert dialog.contact_id is None
    assert services.contacts.count_for_customer(customer_id) == 0
    # Asked again at the next Save, and the answer then is what is stored.
    asked.pick = 1
    dialog.save()
    assert asked.lines == [NEW_YORK_LINE, NEW_YORK_LINE]
    assert _stored(services, dialog.contact_id)[0] == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize("wall", [datetime(2026, 11, 1, 0, 59), datetime(2026, 11, 1, 2, 0)])
def test_the_minutes_either_side_are_not_asked_about(
    qtbot, services: Services, customer_id: int, tmp_path: Path, asked: Asked, wall: datetime
) -> None:
    dialog = _log(qtbot, services, customer_id, tmp_path)
    _set_time(dialog.form, NEW_YORK, wall)
    dialog.save()
    assert asked.lines == []
    assert _stored(services, dialog.contact_id)[0] == wall.replace(tzinfo=NEW_YORK)


def test_logging_during_the_second_0130_keeps_now_without_asking(
    qtbot, services: Services, customer_id: int, tmp_path: Path, asked: Asked, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 11, 1, 6, 40, tzinfo=UTC)  # 01:40 EST, the second time round
    dialog = _log(qtbot, services, customer_id, tmp_path)
    _set_time(dialog.form, NEW_YORK, datetime(2026, 11, 1, 1, 40))  # the field shows now
    dialog.save()
    assert asked.lines == []
    assert _stored(services, dialog.contact_id) == (clock.now, "-05:00")


def test_correcting_a_time_into_the_repeated_hour_asks_and_stores_the_choice(
    qtbot, services: Services, customer_id: int, asked: Asked, tmp_path: Path
) -> None:
    contact = services.contacts.log(
        customer_id, inbound("I know when you close.", datetime(2026, 11, 1, 12, 0, tzinfo=UTC))
    )
    dialog = ContactDialog(services, contact, drafts=ContactDrafts(tmp_path / "d"))
    qtbot.addWidget(dialog)
    dialog.start_correction()
    dialog.reason_edit.setText("It came in the night, not at lunch")
    _set_time(dialog.form, NEW_YORK, datetime(2026, 11, 1, 1, 30))
    dialog.save_correction()
    assert asked.lines == [NEW_YORK_LINE]
    assert _stored(services, contact) == (datetime(2026, 11, 1, 6, 30, tzinfo=UTC), "-05:00")
    assert len(services.contacts.revisions(contact)) == 2


def test_a_correction_that_leaves_the_time_alone_is_not_asked(
    qtbot, services: Services, customer_id: int, asked: Asked, tmp_path: Path
) -> None:
    second = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST, logged before
    contact = services.contacts.log(
        customer_id, inbound("I know when you close.", second, occurred_tz="-05:00")
    )
    dialog = ContactDialog(services, contact, drafts=ContactDrafts(tmp_path / "d"))
    qtbot.addWidget(dialog)
    dialog.form.zone = NEW_YORK
    dialog.start_correction()
    dialog.reason_edit.setText("Spelling")
    dialog.form.summary_edit.setText("Threat at night")
    dialog.save_correction()
    assert asked.lines == []
    assert _stored(services, contact) == (second, "-05:00")


def _answer_the_box(seen: list[str], button: str | None) -> None:
    """Read the question as soon as it is up, then press `button` (None: Enter)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        seen.extend([box.text(), *(b.text() for b in box.buttons())])
        if button is None:
            event = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
            )
            QApplication.postEvent(box.focusWidget() or box, event)
            return
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, press)


def test_the_question_names_both_readings_and_enter_picks_neither(qtbot) -> None:  # type: ignore[no-untyped-def]
    change = clock_change(datetime(2026, 11, 1, 1, 30), NEW_YORK)
    assert change is not None
    seen: list[str] = []
    _answer_the_box(seen, "The second (EST)")
    chosen = clock_question.ask_reading(None, change)
    assert seen[0] == NEW_YORK_LINE
    assert sorted(seen[1:]) == ["Back to the form", "The first (EDT)", "The second (EST)"]
    assert chosen is not None and chosen.astimezone(UTC) == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)
    _answer_the_box(seen, None)
    assert clock_question.ask_reading(None, change) is None


def test_a_pasted_chat_logged_one_by_one_says_which_0130_was_taken(
    qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    services.imports.zone = NEW_YORK
    dialog = LogContactDialog(services, customer_id, drafts=ContactDrafts(tmp_path / "d"))
    qtbot.addWidget(dialog)
    dialog.form.words_edit.setPlainText(
        "[01/11/2026 01:30] Pat: I know when you close\n[01/11/2026 02:05] Pat: see you"
    )
    dialog.split_button.click()
    [told] = message_boxes.texts("information")
    assert (
        "“I know when you close”: The time “01/11/2026 01:30” gives no time zone; it was read "
        "as your local time (UTC-04:00). 01:30 on 1 November 2026 happened twice (the clocks went "
        "back): the first time (EDT, UTC−4) was taken. If it was the second (EST, UTC−5), "
        "correct the contact's time."
    ) in told
    # 02:05 happened once: only its zone was assumed, said with every such time.
    assert "“see you”" not in told
    assert told.endswith(
        "\nTimes written without a time zone were read as your local time (UTC-05:00)."
    )
