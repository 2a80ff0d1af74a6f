"""Every packet and letter handed on is logged, with its SHA-256, so the file can be matched later.

They are actions on the customer's log (`ActionPacketLogger`), each in the ledger.
"""

from __future__ import annotations

from typing import Protocol

from app.packets.numbers_used import NumberNotWrittenDown, write_down_number
from app.services import Services
from app.standing.action_records import Action, ActionKind

# In a packet's action: its pictures were listed, not drawn.
PICTURES_KEY = "pictures"
LEFT_OUT = "left out"


class PacketLogger(Protocol):
    def record(
        self,
        customer_id: int,
        kind: ActionKind,
        reference: str,
        details: dict[str, str],
    ) -> None: ...

    def history(self, customer_id: int) -> list[Action]: ...


class ActionPacketLogger:
    """Packets and letters handed on are actions of the business, on the customer's log."""

    KINDS = (ActionKind.PACKET, ActionKind.PRESERVATION_REQUEST, ActionKind.PLATFORM_REPORT)

    def __init__(self, services: Services) -> None:
        self._services = services

    def record(
        self, customer_id: int, kind: ActionKind, reference: str, details: dict[str, str]
    ) -> None:
        self._services.actions.log(customer_id, kind, reference=reference, details=details)
        if kind is ActionKind.PACKET:
            # Outside the log, where restoring an older backup cannot take it back.
            database = self._services.store.path
            try:
                write_down_number(database, reference)
            except OSError as error:
                raise NumberNotWrittenDown(reference, database, error) from error

    def history(self, customer_id: int) -> list[Action]:
        return [
            action
            for action in self._services.actions.for_customer(customer_id)
            if action.kind in self.KINDS
        ]


def already_logged(logger: PacketLogger, customer_id: int, sha256: str) -> bool:
    return any(a.details.get("sha256") == sha256 for a in logger.history(customer_id))


def pictures_were_left_out(action: Action) -> bool:
    """Whether a packet handed on listed its pictures without drawing them."""
    return action.details.get(PICTURES_KEY) == LEFT_OUT
