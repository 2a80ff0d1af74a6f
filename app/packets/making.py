"""Making a packet: assemble the data, draw the PDF, and log it when it is handed on.

reports/ draws; app/ cannot import it, so the drawing comes in through `PacketRenderer`
(app/packets/renderer.py)
(app/application.py puts the reportlab one on `services.pdf`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass

from app.core.appended_lines import why_not_written
from app.core.errors import SteadyError
from app.log.anchors import LedgerHead, heads_path, write_down_head
from app.log.file_kinds import looks_like_database
from app.packets.assembly import PacketOptions, StandingSource, assemble_packet
from app.packets.data import PacketData, PacketKind
from app.packets.handed_on import (
    LEFT_OUT,
    PICTURES_KEY,
    ActionPacketLogger,
    PacketLogger,
    already_logged,
)
from app.packets.numbers_used import NumberNotWrittenDown
from app.packets.renderer import PacketRenderer, Progress, RenderedPdf
from app.services import Services
from app.standing.action_records import ActionKind


@dataclass(frozen=True)
class MadePacket:
    data: PacketData
    pdf: RenderedPdf


def renderer_of(services: Services) -> PacketRenderer:
    renderer = getattr(services, "pdf", None)
    if renderer is None:
        raise SteadyError("Packets cannot be drawn in this copy of Steady (no PDF renderer).")
    return renderer  # type: ignore[no-any-return]


def make_packet(
    services: Services,
    customer_id: int,
    options: PacketOptions,
    standing: StandingSource | None = None,
    logger: PacketLogger | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MadePacket:
    """Assemble and draw; nothing is written or logged yet (preview is free)."""

    def assembling(done: int, total: int, what: str) -> None:
        if progress is not None:
            progress(done * 20 // max(total, 1), 100, what)

    def drawing(done: int, total: int, what: str) -> None:
        if progress is not None:
            progress(20 + done * 80 // max(total, 1), 100, what)

    data = assemble_packet(services, customer_id, options, standing, logger, assembling, cancelled)
    pdf = renderer_of(services).render_packet(data, drawing, cancelled)
    return MadePacket(data, pdf)


@dataclass(frozen=True)
class HandedOn:
    """What became of a packet handed on: logged or not, and what could not be written down
    beside the log (a full disk) though the packet and the log are fine."""

    logged: bool
    # Its number, missing from the numbers file: the owner must hear it where they hand it on.
    number_not_written: str = ""
    head_not_written: str = ""  # the head printed on it, missing from the heads file


def log_packet(
    services: Services, made: MadePacket, how: str, logger: PacketLogger | None = None
) -> bool:
    """Log the packet as handed on (saved, printed, exported); once per distinct file.

    A read-only copy (a lawyer's CD) still makes packets; they cannot be logged in it.
    """
    return hand_on(services, made, how, logger).logged


def hand_on(
    services: Services, made: MadePacket, how: str, logger: PacketLogger | None = None
) -> HandedOn:
    """As `log_packet`, saying what could not be written down beside the log."""
    if services.read_only:
        return HandedOn(False)
    integrity = made.data.integrity
    head_note = ""
    if integrity.verified and integrity.entries:
        # The head printed on the packet is written down beside the database too.
        heads = heads_path(services.store.path)
        try:
            write_down_head(
                heads,
                LedgerHead(integrity.head_hash, integrity.entries),
                f"packet {made.data.number}",
            )
        except OSError as error:
            head_note = (
                f"The ledger head printed on packet {made.data.number} could not be written "
                f"down beside the log ({why_not_written(heads, error)}); the packet and the log "
                "are fine."
            )
    logger = logger or ActionPacketLogger(services)
    customer_id = made.data.customer.id
    if already_logged(logger, customer_id, made.pdf.sha256):
        return HandedOn(False, head_not_written=head_note)
    details = {
        "packet": made.data.kind.value,
        "sha256": made.pdf.sha256,
        "pages": str(made.pdf.pages),
        "how": how,
        "generated_at": made.data.generated_at.isoformat(),
    }
    if made.data.pictures_left_out:
        # Every picture in this copy is listed, not drawn: each one's chain of custody says so.
        details[PICTURES_KEY] = LEFT_OUT
    try:
        logger.record(customer_id, ActionKind.PACKET, made.data.number, details)
    except NumberNotWrittenDown as error:
        # Logged: only its number beside the log is missing, and the packet is good.
        return HandedOn(True, str(error), head_note)
    return HandedOn(True, head_not_written=head_note)


def log_letter(
    services: Services,
    data: PacketData,
    kind: ActionKind,
    recipient: str,
    text: str,
    logger: PacketLogger | None = None,
) -> str:
    """Log a preservation request or platform report as sent; returns the text's SHA-256."""
    logger = logger or ActionPacketLogger(services)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    logger.record(
        data.customer.id,
        kind,
        data.number,
        {"recipient": recipient, "sha256": digest},
    )
    return digest


def write_file(path: str, data: bytes) -> None:
    """Write through a temporary file beside the target, so a failed save leaves no half file."""
    if looks_like_database(path):
        # A save dialog's "replace?" is one click away from turning the log into a PDF.
        raise SteadyError(
            f"{os.path.basename(path)} is a database (a log or a backup of one); nothing is "
            "ever saved over it. Choose another name; nothing was written."
        )
    folder = os.path.dirname(os.path.abspath(path)) or "."
    temporary = ""
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".steady-", suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except OSError as error:
        if temporary and os.path.exists(temporary):
            os.remove(temporary)
        raise SteadyError(
            f"Cannot write {os.path.basename(path)}: {error.strerror or error}. "
            "Choose another folder; nothing was lost."
        ) from error


def default_filename(data: PacketData, extension: str) -> str:
    safe = "".join(ch if ch.isalnum() else "-" for ch in data.customer.name).strip("-")
    kind = "termination" if data.kind is PacketKind.TERMINATION else "legal-referral"
    return f"{kind}-{safe or 'customer'}-{data.number}.{extension}"
