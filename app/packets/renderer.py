"""The port through which reports/ draws packets and letters (app/ cannot import reportlab).

app/application.py plugs in the reportlab renderer; tests may plug in their own.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

from app.packets.data import PacketData

Progress = Callable[[int, int, str], None]  # done, total, what is happening


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int

    @cached_property
    def sha256(self) -> str:
        # Asked for when the packet is logged, checked against earlier ones and reported:
        # a packet of screenshots is megabytes, hashed once.
        return hashlib.sha256(self.data).hexdigest()


class PacketRenderer(Protocol):
    def render_packet(
        self,
        data: PacketData,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RenderedPdf: ...

    def render_letter(
        self, data: PacketData, title: str, text: str, language: str = "en"
    ) -> RenderedPdf: ...
