"""A customer who writes markup: every field shows it as typed, nothing is interpreted.

A name such as `<img src="/home/owner/secret.png">` must not make the window open a local
file, and `<font size=80>` must not take over the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.importing.batch_report import ItemRef, Unmatched
from app.services import Services
from app.standing.action_records import ActionKind
from tests.ui.every_window import every_window
from tests.ui.window_walk import is_rich, label_texts, tooltips, words_shown
from ui.importing.customer_choice import CustomerPickerDialog
from ui.log.search_dialog import SearchDialog
from ui.shell.main_window import MainWindow
from ui.shell.messages import confirm

IMG = '<img src="/tmp/steady-hostile.png">'
BIG = "<font size=80>HUGE</font>"
BOLD = "<b>bold</b>"
HOSTILE = f"{IMG}{BIG}{BOLD}"
AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
# Windows that show nothing the customer wrote.
WITHOUT_CUSTOMER_WORDS = {
    "new customer",
    "settings",
    "first run",
    "search",
    "post details",
    "policy clause",
}


def _raw_markup(text: str) -> bool:
    lowered = text.lower()
    return "<img" in lowered or "<font" in lowered or "<b>bold" in lowered


@pytest.fixture
def hostile_customer(services: Services) -> int:
    customer_id = services.customers.add(
        Customer(
            name=f"Mallory {HOSTILE}",
            emails=("mallory@example.com",),
            phones=(f"+1 555 {HOSTILE}",),
            handles=(f"x: @{HOSTILE}",),
            account_ref=f"A-{HOSTILE}",
            notes=f"Notes {HOSTILE}",
        )
    )
    for day in range(3):
        services.contacts.log(
            customer_id,
            ContactDetails(
                occurred_at=AT + timedelta(days=day),
                channel=Channel.EMAIL,
                direction=Direction.INBOUND,
                text=f"Words {HOSTILE}\nI will sue you {HOSTILE}",
                summary=f"Summary {HOSTILE}",
                categories=(Category.THREAT_LEGAL, Category.ABUSE),
                severity=4,
                url=f"https://example.com/{HOSTILE}",
                staff=f"Staff {HOSTILE}",
            ),
        )
    services.actions.log(
        customer_id,
        ActionKind.WARNING,
        occurred_at=AT + timedelta(days=4),
        by=f"Owner {HOSTILE}",
        reference=f"REF {HOSTILE}",
        note=f"Note {HOSTILE}",
    )
    return customer_id


@pytest.fixture
def hostile_window(qtbot, window: MainWindow, hostile_customer: int) -> Iterator[MainWindow]:
    from ui.log.customer_tools import StandingTools

    window.refresh_customers()
    window.select_customer(hostile_customer)
    QApplication.processEvents()
    # The assessment (which names the customer too) is worked out off the window's thread.
    tools = next(t for t in window.customer_tools if isinstance(t, StandingTools))
    qtbot.waitUntil(
        lambda: (
            tools.panel.picture is not None
            and tools.panel.picture.customer.id == hostile_customer
            and not tools.loader.busy
        ),
        timeout=20_000,
    )
    yield window


def _assert_nothing_interpreted(top: QWidget) -> None:
    interpreted = [
        f"{type(label).__name__} {label.objectName()!r}: {label.text()[:80]!r}"
        for label, _shown in label_texts(top)
        if is_rich(label.text(), label.textFormat()) and _raw_markup(label.text())
    ]
    interpreted += [
        f"tooltip of {owner!r}: {tip[:80]!r}"
        for owner, tip in tooltips(top)
        if is_rich(tip) and _raw_markup(tip)
    ]
    assert not interpreted, "\n".join(interpreted)


def _shown_literally(top: QWidget, fragment: str = IMG) -> list[str]:
    return [shown for _label, shown in label_texts(top) if fragment in shown]


def test_the_customer_page_shows_markup_as_typed(hostile_window: MainWindow) -> None:
    page = hostile_window.page
    assert page.name_label.text() == f"Mallory {HOSTILE}"
    _assert_nothing_interpreted(hostile_window)
    shown = _shown_literally(hostile_window)
    # The name, its headline, phone, handle, reference and notes each show the tag itself.
    assert len(shown) >= 6, shown


def test_every_window_shows_markup_as_typed(
    hostile_window: MainWindow, services: Services, hostile_customer: int
) -> None:
    # An unfinished reply and a search that finds the customer show their words too.
    contact_id = services.contacts.page_for_customer(hostile_customer, 0, 1)[0].id
    services.replies.start(contact_id)
    for name, top in every_window(hostile_window, hostile_customer):
        if isinstance(top, SearchDialog):
            top.query_edit.setText("Mallory")
            top.run_search()
        _assert_nothing_interpreted(top)
        literal = [words for words in words_shown(top) if IMG in words]
        assert literal or name in WITHOUT_CUSTOMER_WORDS, name


def test_a_question_about_the_customer_shows_their_name_as_typed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
    confirm(None, "Mark this step as done?", f"Recorded in {HOSTILE}'s log.", "Yes", "No")
    assert asked[0].textFormat() == Qt.TextFormat.PlainText
    assert asked[0].text() == f"Recorded in {HOSTILE}'s log."


def test_a_stranger_s_display_name_is_shown_as_written(
    qtbot, services: Services, hostile_customer: int
) -> None:
    """An email from nobody known: its display name fills the question and the new name."""
    stranger = Unmatched(
        ref=ItemRef("mail.eml"),
        source="email",
        key="stranger@example.com",
        name=f"Stranger {HOSTILE}",
        label=f"Stranger {HOSTILE} <stranger@example.com>: Subject {HOSTILE}",
    )
    dialog = CustomerPickerDialog(services, [stranger])
    qtbot.addWidget(dialog)
    _assert_nothing_interpreted(dialog)
    assert any(IMG in words for words in words_shown(dialog))
    assert dialog.name.text() == f"Stranger {HOSTILE}"
