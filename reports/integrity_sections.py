"""The integrity statement (the log verifies, the ledger's state) and the list of redactions."""

from __future__ import annotations

from reportlab.platypus import (
    Flowable,
)

from app.packets.altered import altered_statement
from app.packets.data import PacketData
from app.packets.pictures import left_out_statement
from app.packets.redaction import how_matched, pictures_warning
from app.packets.redaction_reasons import printed_reasons
from app.packets.summary import plural
from reports.blocks import grid, key_values, p, section
from reports.page import generated_label
from reports.styles import styles
from reports.unicode_text import text_paragraph


def integrity_section(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    check = data.integrity
    story = section("Integrity statement", sheet)
    if check.verified:
        story.append(
            p(
                f"When this packet was generated ({generated_label(check.checked_at)}), Steady "
                f"verified the whole log: all {check.entries} ledger entries chain correctly "
                f"from the first to the last, {check.records_checked} records match their "
                f"ledger entries and {check.blobs_checked} stored "
                f"{'file matches its' if check.blobs_checked == 1 else 'files match their'} "
                "SHA-256. "
                + (
                    "Nothing in the log had been changed outside Steady."
                    if check.restores
                    else "Nothing in the log had been changed or removed outside Steady."
                ),
                sheet.body,
            )
        )
    else:
        story.append(
            p(
                f"When this packet was generated the log did NOT verify: "
                f"{plural(len(check.problems), 'problem was', 'problems were')} found. They are "
                "listed below.",
                sheet.alert,
            )
        )
        story += [p(f"• {problem}", sheet.small) for problem in check.problems]
    # A restore is the business's own doing, not a fault: said plainly, after the verdict.
    story += [p(sentence, sheet.body) for sentence in check.restores]
    story += [p(note, sheet.body) for note in check.clock_notes]
    if altered := altered_statement(data):
        story.append(p(altered, sheet.alert))
    story.append(
        key_values(
            [
                ("Ledger entries", str(check.entries)),
                ("Head hash", check.head_hash or "—"),
                ("Verified at", generated_label(check.checked_at)),
                ("Result", "verified" if check.verified else "NOT verified"),
            ],
            width,
            sheet,
        )
    )
    story.append(
        p(
            "Each ledger entry's hash covers the one before it, so the head hash above "
            "identifies the whole log as it stood: anyone holding the database can run "
            "“steady verify” and compare.",
            sheet.muted,
        )
    )
    if left_out := left_out_statement(data):
        story.append(p(left_out, sheet.body))
    if check.time_stamps:
        story.append(
            p(
                "An independent time-stamping service (RFC 3161) signed the log's head at "
                "these times; the signed tokens are kept in the log and checked by "
                "“steady verify”, so the entries they certify existed unchanged by then:",
                sheet.body,
            )
        )
        story += [p(f"• {line}", sheet.small) for line in check.time_stamps]
    return story


def redactions_section(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    if not data.redactions:
        return []
    story = section("Redactions", sheet)
    story.append(
        p(
            "The owner removed the following from this copy before handing it on. Each removal "
            "is printed as a black bar reading “[redacted]”; the unredacted originals are kept "
            "unchanged in the business's records.",
            sheet.body,
        )
    )
    if pictures := pictures_warning(data):
        story.append(p(pictures, sheet.alert))
    rows: list[list[Flowable | str]] = [
        [
            p("No.", sheet.header_cell),
            p("Where", sheet.header_cell),
            p("Reason", sheet.header_cell),
            p("Places", sheet.header_cell),
        ]
    ]
    reasons = printed_reasons(data)
    for index, (applied, reason) in enumerate(zip(data.redactions, reasons, strict=True), 1):
        redaction = applied.redaction
        where = f"contact #{redaction.contact_id}" if redaction.contact_id else "everywhere"
        if how := how_matched(redaction):
            where = f"{where}, {how}"
        rows.append(
            [
                p(str(index), sheet.cell),
                p(where, sheet.cell),
                text_paragraph(reason or "—", sheet.cell),
                p(str(applied.places), sheet.cell),
            ]
        )
    story.append(grid(rows, [width * 0.08, width * 0.3, width * 0.47, width * 0.15]))
    return story
