"""Fixtures: a fake clock, a fresh database, the demo, a customer with contacts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.application import open_services
from app.core.contact_changes import NewAttachment
from app.core.domain import POST_SOURCE, Channel, ContactDetails, Customer, Direction
from app.demo.fill import fill_demo
from app.services import Services


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 2, 15, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "steady.db"


@pytest.fixture
def services(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    opened = open_services(db_path, clock)
    yield opened
    opened.close()


@pytest.fixture
def demo_services(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    opened = open_services(db_path, clock, is_demo=True)
    fill_demo(opened)
    yield opened
    opened.close()


def inbound(text: str, at: datetime, **fields: object) -> ContactDetails:
    return ContactDetails(
        occurred_at=at,
        channel=fields.pop("channel", Channel.EMAIL),  # type: ignore[arg-type]
        direction=Direction.INBOUND,
        text=text,
        **fields,  # type: ignore[arg-type]
    )


def log_post_screenshot(services: Services, customer: int, at: datetime) -> int:
    """A screenshot of a public post, saved without its URL, author or time."""
    return services.contacts.log(
        customer,
        inbound("", at, channel=Channel.SOCIAL, summary="Screenshot of a post"),
        [NewAttachment("post.png", b"\x89PNG...", "image/png")],
        source=POST_SOURCE,
    )


@pytest.fixture
def customer_id(services: Services) -> int:
    return services.customers.add(Customer(name="Pat Example", emails=("pat@example.com",)))


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in London: 01:30 on 25 October 2026 happens twice (BST, then
    GMT), and 01:00 to 02:00 on 29 March 2026 is skipped."""
    import time

    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
