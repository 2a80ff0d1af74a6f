"""The use cases, bundled for the window and the command line (built by app.application)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clock import Clock, system_clock
from app.contact_log import ContactLog
from app.customer_book import CustomerBook
from app.domain import SearchHit, VerifyReport
from app.integrity import verify_log
from app.ports import Store
from app.settings import Settings

if TYPE_CHECKING:
    from app.packets import PacketRenderer


@dataclass
class Services:
    store: Store
    customers: CustomerBook
    contacts: ContactLog
    settings: Settings
    clock: Clock
    is_demo: bool = False
    pdf: PacketRenderer | None = None  # draws packets; set by app.application (reportlab)

    def search(self, query: str, limit: int = 100, prefix: bool = False) -> list[SearchHit]:
        """Every word must match; `prefix` lets the last word be unfinished (search as you type)."""
        return self.store.search.search(query, limit, prefix)

    def verify(self) -> VerifyReport:
        return verify_log(self.store)

    def close(self) -> None:
        self.store.close()


def build_services(store: Store, clock: Clock = system_clock, is_demo: bool = False) -> Services:
    return Services(
        store=store,
        customers=CustomerBook(store),
        contacts=ContactLog(store),
        settings=Settings(store),
        clock=clock,
        is_demo=is_demo,
    )
