"""Fixtures for calm replies: an angry message to answer, and editors that clean up after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal

import pytest

from app.core.domain import Category, Customer
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound

ANGRY = (
    "Where is my refund? I ordered the blue lamp on 3 March and it arrived broken. "
    "Your shop is a joke and I have waited two weeks for an answer. Why has nobody replied?"
)


@pytest.fixture
def business(services: Services) -> Services:
    services.settings.update(
        {
            "business_name": "Larkspur Lamps",
            "business_email": "hello@larkspurlamps.example",
            "owner_name": "Jordan Ellis",
            "signature": "Jordan Ellis\nOwner, Larkspur Lamps\nhello@larkspurlamps.example",
            "cooling_off_minutes": 15,
        }
    )
    return services


@pytest.fixture
def angry_id(business: Services, clock: FakeClock) -> int:
    customer = business.customers.add(
        Customer(
            name="Morwenna Quillfeather",
            emails=("morwenna@example.com",),
            amount_paid=Decimal("84.00"),
            account_ref="LL-1042",
        )
    )
    return business.contacts.log(
        customer,
        inbound(
            ANGRY,
            clock() - timedelta(hours=1),
            summary="Refund for the broken lamp",
            categories=(Category.ABUSE,),
            severity=3,
        ),
    )


@pytest.fixture
def open_editor(qtbot, business: Services) -> Iterator[Callable[..., object]]:
    """Opens ReplyEditor windows and stops their worker threads when the test ends."""
    from ui.reply import ReplyEditor

    opened: list[ReplyEditor] = []

    def opener(*args: object, **kwargs: object) -> ReplyEditor:
        kwargs.setdefault("grammar", False)
        kwargs.setdefault("tts_engine", "none")
        editor = ReplyEditor(business, *args, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(editor)
        opened.append(editor)
        return editor

    yield opener
    for editor in opened:
        editor.shutdown()
    from ui.reply.cooling_notices import CoolingNotices

    CoolingNotices.stop_watching()  # closed during the wait: no notice into the next test
