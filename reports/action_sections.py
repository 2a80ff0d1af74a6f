"""What the business did about the customer, as a table both packets print.

Only words a person wrote or a fact a reader needs are shown; internal bookkeeping (hashes,
timestamps, how a file was handed on) stays in the log.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.money import money_text
from app.packets.data import PacketData
from app.packets.handed_on import pictures_were_left_out
from app.packets.late_entries import entered, with_entered
from app.standing.action_records import Action, ActionKind
from reports.bidi_order import isolated
from reports.blocks import grid, p, section, when
from reports.styles import styles

_ACTION_LABELS = {
    ActionKind.POLICE_REPORT: "Police report",
    ActionKind.PLATFORM_REPORT: "Report to a platform",
    ActionKind.PRESERVATION_REQUEST: "Preservation request",
    ActionKind.LEGAL_ADVICE: "Legal advice taken",
    ActionKind.PACKET: "Packet handed on",
}
# Details worth printing, with the words a reader understands; others are bookkeeping.
_DETAIL_WORDS = {
    "officer": "officer",
    "badge": "badge",
    "station": "station",
    "platform": "platform",
    "recipient": "sent to",
    "url": "address",
    "how": "",
    "packet": "",
    "check_again": "check again on",
}
_HOW = {"saved": "saved as a PDF", "printed": "printed", "opened in a viewer": "opened"}


def action_label(kind: ActionKind) -> str:
    return _ACTION_LABELS.get(kind) or kind.label


def action_note(action: Action, currency: str = "$") -> str:
    """Who did it and the facts a reader needs, in words ("Sam — platform: X")."""
    # The owner's words in the owner's script: isolated, an amount or a badge number after
    # them stays where the sentence puts it.
    parts = [isolated(action.by), isolated(action.note)]
    if action.amount is not None:
        parts.append(money_text(action.amount, currency))
    if action.kind is ActionKind.PACKET:
        kind = action.details.get("packet", "")
        how = action.details.get("how", "")
        parts.append(
            " ".join(
                x
                for x in (
                    {"termination": "Termination packet", "legal": "Legal referral packet"}.get(
                        kind, "Packet"
                    ),
                    _HOW.get(how, how),
                )
                if x
            )
            + (", pictures left out" if pictures_were_left_out(action) else "")
        )
    else:
        for key, value in action.details.items():
            words = _DETAIL_WORDS.get(key)
            if words and value:
                parts.append(f"{words}: {isolated(str(value))}")
    return " — ".join(x for x in parts if x)


def actions_section(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = section("Actions taken", sheet)
    # A reader takes "none recorded" at its word: notes kept back are said to exist.
    left_out = (
        f"Staff notes are left out of this packet ({data.notes_left_out})."
        if data.notes_left_out
        else ""
    )
    if not data.actions:
        if left_out:
            story.append(p(f"{left_out} No other actions are recorded.", sheet.muted))
        else:
            story.append(p("No blocks, reports or other actions are recorded yet.", sheet.muted))
        return story
    rows: list[list[Flowable | str]] = [
        [
            p("When", sheet.header_cell),
            p("Action", sheet.header_cell),
            p("Reference", sheet.header_cell),
            p("By / note", sheet.header_cell),
        ]
    ]
    for action in data.actions:
        rows.append(
            [
                p(with_entered(when(action.occurred_at), *entered(action)), sheet.cell),
                p(action_label(action.kind), sheet.cell_bold),
                p(action.reference or "—", sheet.cell),
                p(action_note(action, data.business.currency_symbol) or "—", sheet.cell_small),
            ]
        )
    story.append(grid(rows, [width * 0.2, width * 0.2, width * 0.25, width * 0.35]))
    if left_out:
        story.append(p(left_out, sheet.muted))
    return story
