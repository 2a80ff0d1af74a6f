"""Drawing a packet from its PacketData: the entry point app/application.py wires in."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from app.packets.assembly import Cancelled
from app.packets.data import PacketData, PacketKind
from app.packets.renderer import Progress
from reports.legal_packet import legal_story
from reports.letters import letterhead_for
from reports.page import PacketDocument, build, later_pages
from reports.termination_packet import termination_story


def render_packet(
    data: PacketData,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[bytes, int]:
    """The packet's PDF and its page count; raises Cancelled if asked to stop."""
    stage = {"made": 0, "placed": 0, "total": 1}

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    def story_tick(what: str) -> None:
        check()
        stage["made"] += 1

    def placed() -> None:
        stage["placed"] += 1
        if stage["placed"] % 25 == 0:
            check()
            if progress is not None:
                progress(
                    min(stage["placed"], stage["total"]), stage["total"], "Laying out the pages"
                )

    story_of = termination_story if data.kind is PacketKind.TERMINATION else legal_story

    def story(doc: PacketDocument) -> list[Flowable]:
        flowables = [later_pages(), *story_of(data, doc, story_tick)]
        stage["total"] = max(1, len(flowables))
        return flowables

    pdf, pages = build(
        letterhead_for(data, data.kind.heading), data.paper_size, story, True, placed
    )
    if progress is not None:
        progress(stage["total"], stage["total"], "Done")
    return pdf, pages
