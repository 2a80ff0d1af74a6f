"""Every packet and letter handed on is logged, with its SHA-256, so the file can be matched later.

Until the actions table lands these are ledger entries (entity "packet", id = the customer);
`LedgerPacketLogger` is the one place to swap for `services.actions` then.
"""

from __future__ import annotations

from typing import Protocol

from app.ports import Store
from app.services import Services
from app.standing import Action, ActionKind

PACKET_LOGGED = "packet.logged"


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

    def history(self, customer_id: int) -> list[Action]:
        return [
            action
            for action in self._services.actions.for_customer(customer_id)
            if action.kind in self.KINDS
        ]


class LedgerPacketLogger:
    def __init__(self, store: Store) -> None:
        self._store = store

    def record(
        self, customer_id: int, kind: ActionKind, reference: str, details: dict[str, str]
    ) -> None:
        with self._store.atomic():
            self._store.customers.get(customer_id)
            self._store.ledger.record(
                PACKET_LOGGED,
                "packet",
                customer_id,
                {"kind": kind.value, "reference": reference, **details},
            )

    def history(self, customer_id: int) -> list[Action]:
        actions = []
        for entry in self._store.ledger.entries("packet", customer_id):
            detail = {key: str(value) for key, value in entry.detail.items()}
            actions.append(
                Action(
                    id=entry.seq,
                    customer_id=customer_id,
                    kind=ActionKind(detail.pop("kind")),
                    occurred_at=entry.at,
                    reference=detail.pop("reference", ""),
                    note=detail.pop("note", ""),
                    details=detail,
                )
            )
        return actions


def already_logged(logger: PacketLogger, customer_id: int, sha256: str) -> bool:
    return any(a.details.get("sha256") == sha256 for a in logger.history(customer_id))
