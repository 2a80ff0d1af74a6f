"""Exhibits on paper: the index with every SHA-256, then each exhibit on its own pages (images
embedded, emails with their headers).
"""

from __future__ import annotations

import warnings
from urllib.parse import urlsplit

from PIL import Image as PILImage
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app.core.sizes import size_words
from app.packets.altered import altered_line, not_drawn_line
from app.packets.capture_time import captured_value
from app.packets.contact_data import HIDDEN, text_blocks
from app.packets.data import Exhibit, PacketData
from app.packets.exhibit_origin import ADDED_LATER_SOURCE
from app.packets.handed_on import pictures_were_left_out
from app.packets.pictures import is_left_out, left_out_line
from app.packets.text_files import is_text_file
from app.standing.action_records import ActionKind
from reports.bidi_order import isolated
from reports.blocks import Tick, day, grid, key_values, p, when
from reports.images import evidence_image
from reports.page import ExhibitEnd, ExhibitHeading
from reports.page_refs import BatesRange
from reports.styles import RULE, SHADE, Styles, styles
from reports.unicode_text import text_paragraph


def exhibit_index(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    if not data.exhibits:
        return [p("No evidence files are attached to the contacts in this packet.", sheet.muted)]
    rows: list[list[Flowable | str]] = [
        [
            p("Exhibit", sheet.header_cell),
            p("File and SHA-256", sheet.header_cell),
            p("Source", sheet.header_cell),
            p("Captured", sheet.header_cell),
            p("Bates pages", sheet.header_cell),
        ]
    ]
    for exhibit in data.exhibits:
        file_cell = [
            p(
                f"{isolated(exhibit.filename)} · {exhibit.mime} · {size_words(exhibit.size)}",
                sheet.cell,
            ),
            p(exhibit.sha256, sheet.hash),
        ]
        if exhibit.altered:
            file_cell += [
                p("ALTERED since it was stored; SHA-256 now:", sheet.cell_small),
                p(exhibit.sha256_now, sheet.hash),
            ]
        if is_left_out(exhibit, data):
            file_cell.append(
                p("Picture left out of this packet (listed, not drawn)", sheet.cell_small)
            )
        rows.append(
            [
                p(str(exhibit.number), sheet.cell_bold),
                file_cell,
                p(
                    (_HOW_IT_CAME.get(exhibit.source) or exhibit.source).capitalize()
                    # The host only: the full address is on the exhibit's own page.
                    + (f" · {urlsplit(exhibit.url).netloc or exhibit.url}" if exhibit.url else ""),
                    sheet.cell_small,
                ),
                p(_captured_in_index(exhibit), sheet.cell_small),
                BatesRange(exhibit.label, sheet.cell_small),
            ]
        )
    return [grid(rows, [width * 0.09, width * 0.55, width * 0.14, width * 0.11, width * 0.11])]


def _captured_in_index(exhibit: Exhibit) -> str:
    """The index's narrow column: the day and where it came from; the exhibit's own page gives
    the time, or when Steady stored it. In full, one exhibit's cell ran to seven lines."""
    if exhibit.capture_time is None:
        return "not recorded"
    source = f" ({exhibit.capture_from})" if exhibit.capture_from else ""
    return f"{day(exhibit.capture_time)}{source}"


def _captured(exhibit: Exhibit) -> str:
    return captured_value(exhibit.capture_time, exhibit.capture_from, exhibit.captured_at)


def _exhibit_facts(exhibit: Exhibit, data: PacketData) -> list[tuple[str, str]]:
    contact = data.contact(exhibit.contact_id)
    facts = [
        ("SHA-256", exhibit.sha256 + (" (recorded when stored)" if exhibit.altered else "")),
        *([("Altered", altered_line(exhibit))] if exhibit.altered else []),
        ("File", f"{isolated(exhibit.filename)} ({exhibit.mime}, {size_words(exhibit.size)})"),
        ("Source", exhibit.source),
        ("Captured", _captured(exhibit)),
        (
            "Contact",
            f"#{exhibit.contact_id}, {when(exhibit.occurred_at)}"
            + (f", {contact.channel.label}" if contact else ""),
        ),
    ]
    if exhibit.url:
        facts.append(("URL", exhibit.url))
    if exhibit.note:
        facts.append(("Note", exhibit.note))
    if exhibit.altered:
        facts.append(("Printed", "No: the file is not the one stored (see Altered above)."))
    elif is_left_out(exhibit, data):
        facts.append(("Picture", "Left out of this packet at the owner's choice: see below."))
    elif exhibit.is_image and data.redactions:
        facts.append(("Redaction", "None: this picture is printed as received, not redacted."))
    facts.append(("Chain of custody", custody_line(exhibit, data)))
    return facts


_HOW_IT_CAME = {
    "import:email": "imported from the email as received",
    "import:outlook": "imported from an Outlook message file",
    "import:csv": "imported from a helpdesk export",
    "import:paste": "pasted into Steady",
    "import:image": "imported as a picture file",
    "import:file": "imported as a file",
    "screenshot-post": "saved as a screenshot of the post",
    "manual": "attached by hand",
    ADDED_LATER_SOURCE: "added by hand after the contact was logged",
    "demo": "made up for the demo",
    # As logs made by earlier versions of Steady name them.
    "import:eml": "imported from the saved email file",
    "import:mbox": "imported from a mailbox file",
    "import:msg": "imported from an Outlook message file",
}


def custody_line(exhibit: Exhibit, data: PacketData) -> str:
    """Who stored the file, when, from where, on which computer, and every packet before."""
    contact = data.contact(exhibit.contact_id)
    how = _HOW_IT_CAME.get(exhibit.source) or (
        f"stored ({exhibit.source})" if exhibit.source else "stored"
    )
    staff = contact.staff if contact is not None and contact.staff else ""
    who = isolated(exhibit.stored_by or staff) or "not recorded"
    # A packet handed on before the file was stored cannot have held it.
    earlier = [
        f"{a.reference} ({a.occurred_at.astimezone():%Y-%m-%d}"
        + (", picture left out)" if exhibit.is_image and pictures_were_left_out(a) else ")")
        for a in data.actions
        if a.kind is ActionKind.PACKET and a.reference and a.occurred_at >= exhibit.captured_at
    ]
    now = f" Now in packet {data.number}" + (
        ", listed with the picture left out." if is_left_out(exhibit, data) else "."
    )
    return (
        f"{how.capitalize()}: “{exhibit.filename}”, stored in Steady on "
        f"{when(exhibit.captured_at)}; by: {who}; "
        + (
            "changed outside Steady since then (see Altered above). "
            if exhibit.altered
            else "unchanged since (SHA-256 above). "
        )
        + (
            "Packets handed on for this customer since it was stored: " + ", ".join(earlier) + "."
            if earlier
            else "No packet for this customer has been handed on since it was stored."
        )
        + now
    )


def exhibit_pages(
    data: PacketData, width: float, height: float, tick: Tick, after_heading: bool = True
) -> list[Flowable]:
    """Each exhibit on its own page(s); the first may follow the section heading directly."""
    sheet = styles()
    story: list[Flowable] = []
    for exhibit in data.exhibits:
        if story or not after_heading:
            story.append(PageBreak())
        story.append(
            ExhibitHeading(
                f"{exhibit.label} — {exhibit.filename}", sheet.h2, exhibit.label, exhibit.sha256
            )
        )
        facts = key_values(_exhibit_facts(exhibit, data), width, sheet)
        story.append(facts)
        story.append(Spacer(1, 8))
        if exhibit.altered:
            story.append(_framed(not_drawn_line(exhibit), width, sheet))
        elif is_left_out(exhibit, data):
            # Framed where the picture would be: plainly a gap left on purpose, not a fault.
            story.append(_framed(left_out_line(exhibit), width, sheet))
        else:
            story += _exhibit_content(exhibit, width, height, sheet)
        story.append(ExhibitEnd())
        tick("Laying out the exhibits")
    return story


def _framed(line: str, width: float, sheet: Styles) -> Flowable:
    """Where the picture would be, a framed line saying why it is not drawn."""
    box = Table([[p(line, sheet.body)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                *[(side, (0, 0), (-1, -1), 10) for side in _PADDING],
            ]
        )
    )
    return box


_PADDING = ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")


def _exhibit_content(
    exhibit: Exhibit, width: float, height: float, sheet: Styles
) -> list[Flowable]:
    if exhibit.is_image:
        try:
            with warnings.catch_warnings():
                # Past Pillow's pixel limit (a scrolling screenshot 100,000 pixels tall)
                # decoding would take gigabytes: print a note instead; the original is kept.
                warnings.simplefilter("error", PILImage.DecompressionBombWarning)
                return evidence_image(
                    exhibit.data, exhibit.label, exhibit.sha256, width, height - 190, height
                )
        except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
            return [
                p(
                    "This image is too large to draw safely in a PDF; the original, unchanged, "
                    "is in the evidence bundle (its SHA-256 is above).",
                    sheet.muted,
                )
            ]
        except OSError:
            return [
                p(
                    "This image cannot be drawn; the original is in the evidence bundle.",
                    sheet.muted,
                )
            ]
    if exhibit.email is not None:
        rows: list[list[Flowable | str]] = [
            [p(name, sheet.cell_bold), text_paragraph(value, sheet.cell)]
            for name, value in exhibit.email.headers
        ]
        story: list[Flowable] = [p("Full headers, as received", sheet.h3)]
        if rows:
            story.append(grid(rows, [width * 0.22, width * 0.78], header=False, zebra=True))
        story.append(p("Message", sheet.h3))
        return story + _message(exhibit.email.body, sheet)
    if is_text_file(exhibit.mime, exhibit.filename):
        # The words as read and redacted, never the bytes: those are the original's.
        return [text_paragraph(exhibit.text or "(no text)", sheet.body)]
    return [
        p(
            "This file cannot be printed here; the original is in the evidence bundle, "
            "identified by the SHA-256 above.",
            sheet.muted,
        )
    ]


HIDDEN_HEADING = "Text hidden from the reader"
HIDDEN_NOTE = (
    "The mail's own styling (white on white, a tiny font, display:none…) kept these words "
    "from whoever opened it; they are in the original file, and are not part of the message "
    "above as its reader saw it."
)


def _message(body: str, sheet: Styles) -> list[Flowable]:
    """A mail's words as its reader saw them; Steady's line before another version of them
    printed apart from the words, and words hidden by the mail's styling under their own
    heading, never mixed into the message."""
    if not body.strip():
        return [text_paragraph("(no text)", sheet.body)]
    story: list[Flowable] = []
    for block in text_blocks(body):
        if block.kind == HIDDEN:
            story += [p(HIDDEN_HEADING, sheet.h3), p(HIDDEN_NOTE, sheet.muted)]
        elif block.line:
            story.append(text_paragraph(block.line, sheet.muted))
        story.append(text_paragraph(block.words, sheet.body))
    return story
