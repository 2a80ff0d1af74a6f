"""The same message sent again and again is one card in the log, opened like a tree branch to
its copies; each copy is still its own contact."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from app.core.domain import Channel, ContactDetails, Direction
from app.services import Services
from tests.helpers.fixtures import inbound
from ui.log.timeline import TimelineModel, TimelineView
from ui.log.timeline_text import CONTACT_ID_ROLE, COPY_ROLE, REPEAT_ROLE
from ui.shell.main_window import MainWindow
from ui.shell.paged_rows import FIRST_PAGE_SIZE

START = datetime(2026, 6, 10, 12, 57, tzinfo=UTC)
QUESTION = "Why was my account banned? Unban me immediately or I will tell everyone."


def _log_posts(services: Services, customer_id: int, count: int = 23) -> list[int]:
    step = timedelta(minutes=52) / (count - 1)
    with services.store.atomic():
        return [
            services.contacts.log(
                customer_id,
                inbound(
                    QUESTION if i % 2 else QUESTION.upper(),
                    START + step * i,
                    channel=Channel.SOCIAL,
                ),
            )
            for i in range(count)
        ]


def _grouped(services: Services, customer_id: int) -> TimelineModel:
    model = TimelineModel(services.contacts)
    model.show_customer(customer_id)
    model.set_repeats(customer_id, services.assessor.view(customer_id).repeats)
    return model


def test_twenty_three_posts_are_one_card_that_opens_to_each_copy(
    qapp, qtmodeltester, services: Services, customer_id: int
) -> None:
    posts = _log_posts(services, customer_id)
    reply = services.contacts.log(
        customer_id,
        ContactDetails(
            occurred_at=START + timedelta(minutes=30),
            channel=Channel.EMAIL,
            direction=Direction.OUTBOUND,
            text=QUESTION,  # the owner quoting the question is not one of the customer's copies
        ),
    )
    model = _grouped(services, customer_id)
    assert model.rowCount() == 2
    card = model.index(0).data().splitlines()
    first, last = START.astimezone(), (START + timedelta(minutes=52)).astimezone()
    assert card[0] == (
        f"The same message 23 times on social media · {first:%a %Y-%m-%d %H:%M}–{last:%H:%M}"
        " · severity 1 · mild"
    )
    assert card[-1] == f"“{QUESTION.upper()}”"  # the first copy's words, once
    assert model.index(0).data(CONTACT_ID_ROLE) is None
    assert model.index(1).data(CONTACT_ID_ROLE) == reply
    assert model.contact_at(0).id == posts[-1]  # "Reply calmly" answers the latest copy

    model.set_expanded(0, True)
    assert model.rowCount() == 25
    assert [model.index(row).data(CONTACT_ID_ROLE) for row in range(1, 24)] == posts[::-1]
    assert model.index(1).data().startswith("Copy 23 of 23 · ")
    assert model.index(24).data(CONTACT_ID_ROLE) == reply
    qtmodeltester.check(model)
    model.set_expanded(0, False)
    assert model.rowCount() == 2


def test_copies_on_pages_not_read_yet_join_their_card(
    qapp, services: Services, customer_id: int
) -> None:
    _log_posts(services, customer_id)
    with services.store.atomic():
        for n in range(
            FIRST_PAGE_SIZE - 1
        ):  # newer, all different: the first page ends with one copy
            services.contacts.log(
                customer_id, inbound(f"message {n}", START + timedelta(hours=2, minutes=n))
            )
    model = _grouped(services, customer_id)
    assert model.rowCount() == FIRST_PAGE_SIZE
    assert model.index(FIRST_PAGE_SIZE - 1).data(REPEAT_ROLE) is not None
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    # The other 22 copies are inside the card, not new rows.
    assert model.rowCount() == FIRST_PAGE_SIZE
    assert model.contact_total == FIRST_PAGE_SIZE + 22


def test_keys_open_and_fold_a_card_like_a_tree(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    posts = _log_posts(services, customer_id, count=3)
    model = _grouped(services, customer_id)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.rowCount() == 4
    qtbot.keyClick(view, Qt.Key.Key_Right)  # an open card: → steps into its first copy
    assert view.currentIndex().row() == 1
    with qtbot.waitSignal(view.contact_opened) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [posts[-1]]  # the copy opens as its own contact
    qtbot.keyClick(view, Qt.Key.Key_Left)  # from a copy, back to its card
    assert view.currentIndex().row() == 0 and model.rowCount() == 4
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert model.rowCount() == 1
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert model.rowCount() == 4
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert model.rowCount() == 1


def test_a_chosen_copy_stays_chosen_when_the_copies_fold(
    qtbot: QtBot, services: Services, customer_id: int
) -> None:
    posts = _log_posts(services, customer_id, count=4)
    model = TimelineModel(services.contacts)
    model.show_customer(customer_id)
    view = TimelineView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(2))
    model.set_repeats(customer_id, services.assessor.view(customer_id).repeats)
    assert model.rowCount() == 1
    assert view.currentIndex().row() == 0
    assert model.index(0).data(REPEAT_ROLE).group.ids == tuple(posts)
    # Groups of another customer (a late answer) never fold this one's log.
    model.set_repeats(customer_id + 1, ())
    assert model.rowCount() == 1


def test_the_window_shows_the_demo_posts_as_cards(
    qtbot: QtBot, demo_window: MainWindow, demo_services: Services
) -> None:
    tasha = next(c.id for c in demo_services.customers.page(0, 10) if c.name == "Tasha Morrow")
    demo_window.select_customer(tasha)
    model = demo_window.page.timeline_model

    def cards() -> list[str]:
        return [
            model.index(row).data().splitlines()[0]
            for row in range(model.rowCount())
            if model.index(row).data(REPEAT_ROLE) is not None
        ]

    qtbot.waitUntil(lambda: len(cards()) == 4, timeout=15000)
    assert all(card.startswith("The same message ") for card in cards())
    assert model.contact_total == 43
    copies = [model.index(row).data(COPY_ROLE) for row in range(model.rowCount())]
    assert not any(copies)


def test_the_card_names_the_copies_whose_words_differ(
    qapp, services: Services, customer_id: int
) -> None:
    asked = "Refund my money today or I come to collect it myself"
    texts = [
        asked,
        asked,
        asked + "!!",
        asked,
        "REFUND my money today or I come to fetch it myself",
    ]
    ids = [
        services.contacts.log(customer_id, inbound(text, START + timedelta(minutes=7 * n)))
        for n, text in enumerate(texts)
    ]
    model = _grouped(services, customer_id)
    assert model.rowCount() == 1
    card = model.index(0).data().splitlines()
    assert card[2] == f"No categories · #{ids[2]} and #{ids[4]} differ from the first"
    assert card[-1] == f"“{asked}”"
