"""A customer who writes markup: every field shows it as typed, nothing is interpreted.

A name such as `<img src="/home/owner/secret.png">` must not make the window open a local
file, and `<font size=80>` must not take over the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.services import Services
from app.standing.records import ActionKind
from tests.ui.window_walk import is_rich, label_texts, tooltips
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_view import ContactDialog
from ui.log.customer_dialog import CustomerDialog
from ui.shell.main_window import MainWindow
from ui.standing.action_dialog import ActionDialog

IMG = '<img src="/tmp/steady-hostile.png">'
BIG = "<font size=80>HUGE</font>"
BOLD = "<b>bold</b>"
HOSTILE = f"{IMG}{BIG}{BOLD}"
AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


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
def hostile_window(window: MainWindow, hostile_customer: int) -> Iterator[MainWindow]:
    window.refresh_customers()
    window.select_customer(hostile_customer)
    QApplication.processEvents()
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


def test_dialogs_show_markup_as_typed(
    hostile_window: MainWindow, services: Services, hostile_customer: int
) -> None:
    contact_id = services.contacts.page_for_customer(hostile_customer, 0, 1)[0].id
    for dialog in (
        CustomerDialog(services, hostile_customer, parent=hostile_window),
        ContactDialog(services, contact_id, parent=hostile_window),
        LogContactDialog(
            services,
            hostile_customer,
            files=[],
            drafts=hostile_window.drafts,
            parent=hostile_window,
        ),
        ActionDialog(services, hostile_customer, parent=hostile_window),
    ):
        _assert_nothing_interpreted(dialog)
        dialog.deleteLater()
