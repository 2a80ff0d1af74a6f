"""A customer's log: newest first, lazy, each card saying when, how, how bad and the words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt

from app.core.domain import Category, Channel
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.timeline import TimelineModel, TimelineView
from ui.shell.paged_rows import FIRST_PAGE_SIZE, PAGE_SIZE

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def test_newest_first_and_fetched_lazily(
    qapp, qtmodeltester, services: Services, customer_id
) -> None:
    with services.store.atomic():
        for day in range(250):
            services.contacts.log(
                customer_id, inbound(f"message {day}", AT - timedelta(days=250 - day))
            )
    model = TimelineModel(services.contacts)
    model.show_customer(customer_id)
    assert model.rowCount() == FIRST_PAGE_SIZE == 50 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 == FIRST_PAGE_SIZE + PAGE_SIZE
    assert "“message 249”" in model.index(0).data()
    assert "“message 0”" in model.index(249).data()
    qtmodeltester.check(model)


def test_card_says_when_how_how_bad_and_the_first_words(
    qapp, services: Services, customer_id: int
) -> None:
    services.contacts.log(
        customer_id,
        inbound(
            "\nFirst line\nSecond line\nThird line",
            AT,
            channel=Channel.PHONE,
            summary="Shouted on the phone",
            categories=(Category.ABUSE, Category.THREAT_LEGAL),
            severity=4,
        ),
    )
    model = TimelineModel(services.contacts)
    model.show_customer(customer_id)
    local = AT.astimezone()
    assert model.index(0).data().splitlines() == [
        f"{local:%a %Y-%m-%d %H:%M} · Phone call · From the customer · severity 4 · abusive",
        "Shouted on the phone",
        "Abusive language · Threat of legal action",
        "“First line”",
        "“Second line”",
    ]
    # Logged in the owner's own zone: no zone to point out.
    assert "logged as UTC" not in model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_enter_opens_the_contact(qtbot, services: Services, customer_id: int) -> None:
    contact = services.contacts.log(customer_id, inbound("hello", AT))
    model = TimelineModel(services.contacts)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.show_customer(customer_id)
    view.show()
    view.setCurrentIndex(model.index(0))
    with qtbot.waitSignal(view.contact_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [contact]
    view.grab()  # paints every card through the delegate without error


def test_the_chosen_card_is_painted_in_the_highlight_and_the_others_are_not(
    qtbot, services: Services, customer_id: int
) -> None:
    for hour in range(2):
        services.contacts.log(customer_id, inbound(f"message {hour}", AT + timedelta(hours=hour)))
    model = TimelineModel(services.contacts)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.show_customer(customer_id)
    view.resize(600, 400)
    view.show()
    view.setCurrentIndex(model.index(1))
    picture = view.viewport().grab().toImage()

    def card_colour(row: int) -> str:
        rect = view.visualRect(model.index(row))
        return picture.pixelColor(rect.left() + 12, rect.center().y()).name()

    assert card_colour(0) == view.palette().base().color().name()
    assert card_colour(1) == view.palette().highlight().color().lighter(175).name()
