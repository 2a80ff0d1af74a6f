"""The parts both packets share: title block, contact log, exhibits, integrity, redactions."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import datetime

from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.core.domain import SEVERITY_LABELS, Direction
from app.packets.data import Exhibit, PacketContact, PacketData
from reports.page import ExhibitEnd, ExhibitHeading, Heading, contents_table, generated_label
from reports.styles import ACCENT, INK, QUOTE_BAR, RULE, SHADE, Styles, styles
from reports.unicode_text import plain_markup, text_paragraph

PRINT_DPI = 200
Tick = Callable[[str], None]


def when(moment: datetime | None, zone: str = "") -> str:
    """A time as the owner reads it, with the zone it is shown in."""
    if moment is None:
        return "—"
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}"


def day(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d}" if moment else "—"


def size_label(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def p(text: str, style: object) -> Paragraph:
    """A paragraph of Steady's own words (escaped, fonts chosen)."""
    return Paragraph(plain_markup(text, style.fontName), style)  # type: ignore[attr-defined]


def grid(
    rows: list[list[Flowable | str]],
    widths: list[float],
    header: bool = True,
    zebra: bool = True,
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT))
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [None, SHADE]))
    table.setStyle(TableStyle(commands))
    return table


def key_values(pairs: Iterable[tuple[str, str]], width: float, sheet: Styles) -> Table:
    rows: list[list[Flowable | str]] = [
        [p(key, sheet.cell_bold), p(value, sheet.cell)] for key, value in pairs
    ]
    return grid(rows, [width * 0.28, width * 0.72], header=False, zebra=False)


def section(title: str, sheet: Styles) -> list[Flowable]:
    """A numbered-looking section start that never sits alone at the foot of a page."""
    return [CondPageBreak(90), Heading(title, sheet.h1, level=0)]


def subsection(title: str, sheet: Styles, toc: bool = True) -> list[Flowable]:
    return [CondPageBreak(60), Heading(title, sheet.h2, level=1, toc=toc)]


# --- title, contents, summary --------------------------------------------------------------


def title_block(data: PacketData, width: float, extra: list[tuple[str, str]]) -> list[Flowable]:
    sheet = styles()
    customer = data.customer
    first, last = data.period
    pairs = [
        ("Customer", customer.name),
        ("Account", customer.account_ref or "—"),
        ("Email", ", ".join(customer.emails) or "—"),
        ("Phone", ", ".join(customer.phones) or "—"),
        ("Handles", ", ".join(customer.handles) or "—"),
        ("Period covered", f"{day(first)} to {day(last)}"),
        ("Packet number", data.number),
        ("Generated", generated_label(data.generated_at)),
        ("Contacts / exhibits", f"{len(data.contacts)} / {len(data.exhibits)}"),
        *extra,
    ]
    return [
        p(data.kind.heading, sheet.title),
        p(f"{customer.name} — prepared by {data.business.name}", sheet.subtitle),
        key_values(pairs, width, sheet),
        Spacer(1, 10),
        p("Contents", sheet.h2),
        contents_table(),
        PageBreak(),
    ]


def summary_section(data: PacketData, title: str) -> list[Flowable]:
    sheet = styles()
    story = section(title, sheet)
    story += [p(data.purpose, sheet.body)] if data.purpose else []
    story += [p(line, sheet.body) for line in data.summary]
    if not data.integrity.verified:
        story.append(
            p(
                "Warning: the log did not verify when this packet was made; see the "
                "integrity statement.",
                sheet.alert,
            )
        )
    return story


def contact_refs(data: PacketData, contact_ids: Iterable[int]) -> str:
    labels = []
    for contact_id in contact_ids:
        contact = data.contact(contact_id)
        if contact is not None:
            labels.append(f"{day(contact.occurred_at)} (#{contact_id})")
    return ", ".join(labels) if labels else "—"


# --- contacts --------------------------------------------------------------------------------


def contact_line(contact: PacketContact) -> str:
    parts = [
        when(contact.occurred_at),
        contact.channel.label,
        contact.direction.label,
        f"severity {SEVERITY_LABELS.get(contact.severity, contact.severity)}",
    ]
    if contact.minutes:
        parts.append(f"{contact.minutes} min")
    if contact.staff:
        parts.append(f"staff: {contact.staff}")
    if contact.exhibits:
        parts.append("Exhibit " + ", ".join(str(n) for n in contact.exhibits))
    return " · ".join(parts)


def contact_block(
    contact: PacketContact, sheet: Styles, quote_style: object = None
) -> list[Flowable]:
    """One contact: a line of facts, the summary, then the exact words as a quote."""
    style = quote_style or sheet.quote
    head = p(f"#{contact.id} · {contact_line(contact)}", sheet.h3)
    story: list[Flowable] = [head]
    details = []
    if contact.summary:
        details.append(contact.summary)
    if contact.categories:
        details.append("Flagged: " + ", ".join(c.label.lower() for c in contact.categories))
    if contact.url:
        details.append(f"URL: {contact.url}")
    if contact.revision:
        details.append(
            f"Corrected {contact.revision} time(s); the original wording is kept in the log."
        )
    if contact.logged_late and contact.logged_at is not None:
        details.append(f"Entered into Steady on {contact.logged_at:%Y-%m-%d}")
    if details:
        story.append(p(" — ".join(details), sheet.muted))
    if contact.text.strip():
        story.append(QuoteBar(text_paragraph(contact.text, style)))  # type: ignore[arg-type]
    for flowable in story[:-1]:
        flowable.keepWithNext = 1  # a contact's heading never ends a page alone
    return story


class QuoteBar(Flowable):
    """A quote with a rule down its left side, splitting across pages like its paragraph."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth - 8, availHeight)
        self.width += 8
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [QuoteBar(part) for part in self.inner.split(availWidth - 8, availHeight)]

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(QUOTE_BAR)
        self.canv.setLineWidth(1.6)
        self.canv.line(2, 0, 2, self.height)
        self.canv.restoreState()
        self.inner.drawOn(self.canv, 8, 0)

    def getSpaceAfter(self) -> float:
        return float(self.inner.getSpaceAfter())


def contact_log(data: PacketData, contacts: Iterable[PacketContact], tick: Tick) -> list[Flowable]:
    sheet = styles()
    story: list[Flowable] = []
    for contact in contacts:
        story += contact_block(contact, sheet)
        tick("Laying out the log")
    return story


def examples_section(data: PacketData, ids: Iterable[int]) -> list[Flowable]:
    sheet = styles()
    story: list[Flowable] = []
    for contact_id in ids:
        contact = data.contact(contact_id)
        if contact is not None:
            story += contact_block(contact, sheet)
    return story or [p("No examples were chosen.", sheet.muted)]


# --- exhibits --------------------------------------------------------------------------------


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
        ]
    ]
    for exhibit in data.exhibits:
        rows.append(
            [
                p(str(exhibit.number), sheet.cell_bold),
                [
                    p(
                        f"{exhibit.filename} · {exhibit.mime} · {size_label(exhibit.size)}",
                        sheet.cell,
                    ),
                    p(exhibit.sha256, sheet.hash),
                ],
                p(exhibit.source + (f" · {exhibit.url}" if exhibit.url else ""), sheet.cell_small),
                p(when(exhibit.captured_at), sheet.cell_small),
            ]
        )
    return [grid(rows, [width * 0.09, width * 0.55, width * 0.19, width * 0.17])]


class EvidenceImage(Flowable):
    """A screenshot scaled to fit the page, at print resolution.

    While the table of contents settles (the first layout passes), only the frame is drawn;
    the picture itself is encoded once, in the final pass.
    """

    def __init__(self, data: bytes, max_width: float, max_height: float) -> None:
        super().__init__()
        with PILImage.open(io.BytesIO(data)) as image:
            pixels_w, pixels_h = image.size
        scale = min(max_width / pixels_w, max_height / pixels_h, 1.0)
        self.width, self.height = pixels_w * scale, pixels_h * scale
        self._data = data
        self._reader: ImageReader | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _image(self) -> ImageReader:
        if self._reader is None:
            with PILImage.open(io.BytesIO(self._data)) as image:
                image.load()
                wanted = (
                    max(1, int(self.width / 72 * PRINT_DPI)),
                    max(1, int(self.height / 72 * PRINT_DPI)),
                )
                picture = image.convert("RGBA") if image.mode in ("P", "LA") else image
                if picture.mode == "RGBA":
                    flat = PILImage.new("RGB", picture.size, "white")
                    flat.paste(picture, mask=picture.split()[-1])
                    picture = flat
                elif picture.mode not in ("RGB", "L"):
                    picture = picture.convert("RGB")
                if picture.size[0] > wanted[0] * 1.2:
                    picture = picture.resize(wanted, PILImage.Resampling.BILINEAR)
                self._reader = ImageReader(picture.copy())
        return self._reader

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        if not getattr(canvas, "_steady_draft", False):
            canvas.drawImage(self._image(), 0, 0, self.width, self.height)
        canvas.restoreState()


def _exhibit_facts(exhibit: Exhibit, data: PacketData) -> list[tuple[str, str]]:
    contact = data.contact(exhibit.contact_id)
    facts = [
        ("SHA-256", exhibit.sha256),
        ("File", f"{exhibit.filename} ({exhibit.mime}, {size_label(exhibit.size)})"),
        ("Source", exhibit.source),
        ("Captured (stored in Steady)", when(exhibit.captured_at)),
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
    return facts


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
        story += _exhibit_content(exhibit, width, height - 190, sheet)
        story.append(ExhibitEnd())
        tick("Laying out the exhibits")
    return story


def _exhibit_content(
    exhibit: Exhibit, width: float, height: float, sheet: Styles
) -> list[Flowable]:
    if exhibit.is_image:
        try:
            return [EvidenceImage(exhibit.data, width, height)]
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
        story.append(text_paragraph(exhibit.email.body or "(no text)", sheet.body))
        return story
    if exhibit.mime.startswith("text/"):
        return [text_paragraph(exhibit.data.decode("utf-8", "replace"), sheet.body)]
    return [
        p(
            "This file cannot be printed here; the original is in the evidence bundle, "
            "identified by the SHA-256 above.",
            sheet.muted,
        )
    ]


# --- integrity and redactions ------------------------------------------------------------


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
                f"ledger entries and {check.blobs_checked} stored files match their SHA-256. "
                "Nothing in the log had been changed or removed outside Steady.",
                sheet.body,
            )
        )
    else:
        story.append(
            p(
                f"When this packet was generated the log did NOT verify: "
                f"{len(check.problems)} problem(s) were found. They are listed below.",
                sheet.alert,
            )
        )
        story += [p(f"• {problem}", sheet.small) for problem in check.problems]
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
    rows: list[list[Flowable | str]] = [
        [
            p("No.", sheet.header_cell),
            p("Where", sheet.header_cell),
            p("Reason", sheet.header_cell),
            p("Places", sheet.header_cell),
        ]
    ]
    for index, applied in enumerate(data.redactions, start=1):
        redaction = applied.redaction
        where = f"contact #{redaction.contact_id}" if redaction.contact_id else "everywhere"
        rows.append(
            [
                p(str(index), sheet.cell),
                p(where, sheet.cell),
                p(redaction.reason or "—", sheet.cell),
                p(str(applied.places), sheet.cell),
            ]
        )
    story.append(grid(rows, [width * 0.08, width * 0.3, width * 0.47, width * 0.15]))
    return story


def signature_block(labels: list[str], width: float) -> Table:
    """Blanks to sign on paper: a line for each label, with room to write."""
    sheet = styles()
    rows = [[p(label, sheet.signature_label), ""] for label in labels]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], rowHeights=[26] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def direction_counts(data: PacketData) -> tuple[int, int]:
    inbound = sum(1 for c in data.contacts if c.direction is Direction.INBOUND)
    return inbound, len(data.contacts) - inbound
