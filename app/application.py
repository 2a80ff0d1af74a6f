"""The composition root: opens the database, builds the services, starts the window.

Qt is imported only inside run_window, so the command line starts without it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.clock import Clock, system_clock
from app.core.paths import default_database, demo_database
from app.services import Services, build_services

if TYPE_CHECKING:
    from app.packets.data import PacketData
    from app.packets.renderer import Progress, RenderedPdf


def open_services(
    path: str | os.PathLike[str], clock: Clock = system_clock, is_demo: bool = False
) -> Services:
    from storage import open_store

    store = open_store(os.fspath(path), clock)
    services = build_services(store, clock, is_demo=is_demo)
    services.pdf = ReportlabPackets()
    services.open_again = lambda: open_services(path, clock, is_demo)
    return services


class ReportlabPackets:
    """Packets and letters drawn by reports/ (reportlab loads on first use, not at start-up)."""

    def render_packet(
        self,
        data: PacketData,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> RenderedPdf:
        from app.packets.renderer import RenderedPdf
        from reports.packets import render_packet

        return RenderedPdf(*render_packet(data, progress, cancelled))

    def render_letter(self, data: PacketData, title: str, text: str) -> RenderedPdf:
        from app.packets.renderer import RenderedPdf
        from reports.letters import render_letter

        return RenderedPdf(*render_letter(data, title, text))


def run_window(db_path: str | None, demo: bool = False) -> int:
    """Open the main window; with no database yet, first ask whether to explore the demo."""
    # Storage and the standing rules are imported before Qt: once PySide6 is loaded, its
    # import hook reads the source of every module imported after it (a few hundred ms).
    import app.standing.assessment  # noqa: F401
    import storage  # noqa: F401
    from ui.shell.launch import launch

    path = Path(db_path) if db_path else (demo_database() if demo else default_database())
    return launch(
        path, demo_path=demo_database(), open_services=open_services, start_with_demo=demo
    )
