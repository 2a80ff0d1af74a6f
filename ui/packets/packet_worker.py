"""Drawing a packet, or gathering the letters' data, off the UI thread, with progress and
cancel.

The worker opens its own connection to the database (a SQLite connection belongs to the
thread that opened it) and hands the finished packet back by signal.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QThread, Signal

from app.core.errors import SteadyError
from app.packets.assembly import Cancelled, PacketOptions, StandingSource, assemble_packet
from app.packets.making import make_packet
from app.packets.renderer import Progress
from app.services import Services

StandingFactory = Callable[[Services], StandingSource | None]


class PacketWorker(QThread):
    progressed = Signal(int, str)  # percent, what is happening
    packet_made = Signal(object)  # MadePacket (PacketData for LettersWorker)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        services: Services,
        customer_id: int,
        options: PacketOptions,
        standing_factory: StandingFactory | None = None,
    ) -> None:
        super().__init__()
        self._open_services = services.reopen
        self._customer_id = customer_id
        self._options = options
        self._standing_factory = standing_factory
        self._stop = threading.Event()

    # What the owner reads when a bug stopped the work.
    failure = "Steady could not draw the packet ({error}). Nothing was saved."

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            services = self._open_services()
        except SteadyError as error:
            self.failed.emit(str(error))
            return
        try:
            standing = self._standing_factory(services) if self._standing_factory else None
            made = self._make(
                services,
                standing,
                lambda done, total, what: self.progressed.emit(done * 100 // max(total, 1), what),
            )
        except Cancelled:
            self.cancelled.emit()
        except SteadyError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a bug: tell the owner, and leave the details to the crash log
            self.failed.emit(self.failure.format(error=error))
            sys.excepthook(*sys.exc_info())
        else:
            self.packet_made.emit(made)
        finally:
            services.close()

    def _make(
        self, services: Services, standing: StandingSource | None, progress: Progress
    ) -> object:
        return make_packet(
            services,
            self._customer_id,
            self._options,
            standing=standing,
            progress=progress,
            cancelled=self._stop.is_set,
        )


class LettersWorker(PacketWorker):
    """The packet's data read again without its redactions, for the letters to a platform:
    on a big log that is seconds of reading, so it is not done on the window's thread."""

    failure = "Steady could not draft the letters ({error}). Nothing was saved."

    def _make(
        self, services: Services, standing: StandingSource | None, progress: Progress
    ) -> object:
        return assemble_packet(
            services,
            self._customer_id,
            replace(self._options, redactions=()),
            standing=standing,
            progress=progress,
            cancelled=self._stop.is_set,
        )
