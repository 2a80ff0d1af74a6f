"""The opening parts both packets share: the title block and the summary."""

from __future__ import annotations

from reportlab.platypus import (
    Flowable,
    PageBreak,
    Spacer,
)

from app.packets.data import PacketData
from app.packets.handing_notes import COVER_WARNING
from app.packets.pictures import left_out_statement
from app.packets.redaction import pictures_warning
from app.packets.summary import left_out_words, period_words, plural
from reports.bidi_order import isolated
from reports.blocks import key_values, p, section
from reports.page import contents_table, generated_label
from reports.styles import styles
from reports.text_runs import has_rtl


def title_block(data: PacketData, width: float, extra: list[tuple[str, str]]) -> list[Flowable]:
    sheet = styles()
    customer = data.customer
    pairs = [
        ("Customer", customer.name),
        ("Account", customer.account_ref or "—"),
        ("Email", ", ".join(customer.emails) or "—"),
        ("Phone", ", ".join(customer.phones) or "—"),
        ("Handles", ", ".join(customer.handles) or "—"),
        *([("Earlier details", "; ".join(customer.earlier))] if customer.earlier else []),
        ("Period covered", period_words(data)),
        *([("Left out", left_out)] if (left_out := left_out_words(data)) else []),
        ("Packet number", data.number),
        ("Generated", generated_label(data.generated_at)),
        ("Contacts / exhibits", f"{len(data.contacts)} / {len(data.exhibits)}"),
        ("Log it was made from", ledger_words(data)),
        *extra,
    ]
    return [
        p(data.kind.heading, sheet.title),
        p(f"{customer.name} — prepared by {data.business.name}", sheet.subtitle),
        key_values(pairs, width, sheet),
        *([Spacer(1, 6), p(COVER_WARNING, sheet.alert)] if not data.integrity.verified else []),
        *redaction_notice(data),
        *(
            [Spacer(1, 6), p(pictures_out, sheet.body)]
            if (pictures_out := left_out_statement(data))
            else []
        ),
        Spacer(1, 10),
        p("Contents", sheet.h2),
        contents_table(),
        PageBreak(),
    ]


def summary_lines(data: PacketData) -> list[str]:
    """The summary's sentences with the customer's and the business's names isolated: a shop
    name in Arabic must not take the "2 times" after it into its own right-to-left run."""
    names = [name for name in (data.customer.name, data.business.name) if has_rtl(name)]
    lines = []
    for line in data.summary:
        for name in names:
            line = line.replace(name, isolated(name))
        lines.append(line)
    return lines


def summary_section(data: PacketData, title: str) -> list[Flowable]:
    sheet = styles()
    story = section(title, sheet)
    story += [p(data.purpose, sheet.body)] if data.purpose else []
    story += [p(line, sheet.body) for line in summary_lines(data)]
    if not data.integrity.verified:
        story.append(
            p(
                "Warning: the log did not verify when this packet was made; see the "
                "integrity statement.",
                sheet.alert,
            )
        )
    return story


def redaction_notice(data: PacketData) -> list[Flowable]:
    """Said on the first page: what is redacted, and that the original files are not."""
    if not data.redactions:
        return []
    places = sum(a.places for a in data.redactions)
    text = (
        f"This copy is redacted: {places} passage{'s' if places != 1 else ''} "
        "blacked out, listed under Redactions."
    )
    if data.exhibits:
        text += (
            " The original evidence files (in the evidence bundle) are NOT redacted: they are "
            "kept exactly as received so that their SHA-256 still matches."
        )
    if pictures := pictures_warning(data):
        # The words in a screenshot are pixels no rule reaches: said where "redacted" is.
        text += " " + pictures
    return [Spacer(1, 6), p(text, styles().alert)]


def ledger_words(data: PacketData) -> str:
    """The ledger head the packet was made from: anyone with the log can compare it."""
    check = data.integrity
    return f"{plural(check.entries, 'ledger entry', 'ledger entries')}, head hash {check.head_hash}"
