"""The five signs that the customer is in the wrong, each with its evidence: a demand out of
proportion, threats, public posts and reviews (how many, where, when), harassment of
others, and the pattern over time."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.core.money import money_text
from app.importing.records import NOT_REVIEWED
from app.packets.capture_time import captured_clause, captured_value
from app.packets.contact_data import PacketContact
from app.packets.customer_span import days_spanned
from app.packets.data import PacketData, PublicPost
from app.packets.drafts import cut_at_word
from app.packets.legal_case import amount_asked, demand_contacts, largest_demand
from app.packets.summary import not_reviewed, plural
from reports.bidi_order import isolated
from reports.blocks import grid, keep, key_values, p, section, subsection, when
from reports.contact_sections import contact_block, contact_refs
from reports.quoting import QuoteBar, correction_lines, said_in_cell, words_in_short
from reports.styles import styles
from reports.timeline_chart import HEIGHT, timeline_chart
from reports.unicode_text import text_paragraph

DEMANDS_SHOWN = 5  # the largest demands quoted in full; the rest listed
MANY_POSTS = 6  # more than this and the posts are a table, one row each


def signs_sections(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = section("Five signs the customer is in the wrong", sheet)
    story.append(
        p(
            "Each sign below is followed by the contacts that show it, quoted from the log.",
            sheet.muted,
        )
    )
    story += _demand(data, width)
    story += _threats(data, width)
    story += _posts(data, width)
    story += _others(data)
    story += _pattern(data, width)
    return story


def _demand(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = subsection("1. A demand out of proportion", sheet)
    demands = demand_contacts(data)
    if not demands:
        return [*story, p("No demand out of proportion is flagged in the log.", sheet.muted)]
    symbol = data.business.currency_symbol
    biggest = largest_demand(data)
    paid = data.customer.amount_paid
    if biggest is not None:
        story.append(
            p(
                f"Demanded {money_text(biggest, symbol)} on {money_text(paid, symbol)} paid in all"
                + (f" ({biggest / paid:,.1f} times what was paid)." if paid else "."),
                sheet.body,
            )
        )
    shown = sorted(
        demands,
        key=lambda c: (-(amount_asked(c, symbol) or 0), -c.severity, c.occurred_at),
    )[:DEMANDS_SHOWN]
    for contact in sorted(shown, key=lambda c: c.occurred_at):
        asked = amount_asked(contact, symbol)
        if asked is not None:
            story.append(p(f"Asked for in this message: {money_text(asked, symbol)}", sheet.small))
        story += contact_block(contact, sheet)
    rest = [c.id for c in demands if c not in shown]
    if rest:
        story.append(
            p(
                f"{plural(len(rest), 'more demand')} in the chronological log: "
                + contact_refs(data, rest),
                sheet.small,
            )
        )
    return story


def _threats(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = subsection("2. Threats", sheet)
    groups = [g for g in data.threats if g.category.is_threat]
    if not groups:
        return [*story, p("No threat is flagged in the log.", sheet.muted)]
    rows: list[list[Flowable | str]] = [
        [
            p("Kind", sheet.header_cell),
            p("Count", sheet.header_cell),
            p("Contacts", sheet.header_cell),
        ]
    ]
    for group in groups:
        mark = not_reviewed(len(group.unreviewed_ids), len(group.contact_ids))
        rows.append(
            [
                p(group.title + (f" ({mark})" if mark else ""), sheet.cell_bold),
                p(str(len(group.contact_ids)), sheet.cell),
                p(contact_refs(data, group.contact_ids), sheet.cell),
            ]
        )
    story.append(grid(rows, [width * 0.36, width * 0.1, width * 0.54]))
    story.append(
        p(
            "Every threat is quoted in full in the chronological log, with its exhibits.",
            sheet.muted,
        )
    )
    return story


def _posts(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    story = subsection("3. Public posts and reviews", sheet)
    if not data.public_posts:
        return [*story, p("No public post or review by the customer is logged.", sheet.muted)]
    flagged = [post for post in data.public_posts if post.flagged]
    others = [post for post in data.public_posts if not post.flagged]
    if flagged:
        # A harassment flag is about their number and targeting, not a claim that what they
        # say is untrue: the packet tells only what the log shows of them.
        story.append(
            p(
                f"{plural(len(flagged), 'post or review', 'posts and reviews')} by the customer "
                f"about {data.business.name}, flagged by the business as harassment: "
                f"{_where_and_when(flagged)}. Each is shown once here, with where and when it "
                "was found.",
                sheet.body,
            )
        )
        story += _post_list(data, flagged, width)
    else:
        story.append(
            p("The business has flagged no public post or review as harassment.", sheet.muted)
        )
    if others:
        story.append(p("Other public posts and reviews by the customer", sheet.h3))
        story.append(
            p(
                f"{plural(len(others), 'post or review', 'posts and reviews')} not flagged by "
                "the business, listed so that the record is complete. The business makes no "
                "claim about them.",
                sheet.body,
            )
        )
        story += _post_list(data, others, width)
    return story


def _where_and_when(posts: list[PublicPost]) -> str:
    """ "22 on X (Twitter) and 1 on ReviewHub, posted between 2026-10-17 14:00 and 14:55"."""
    places = Counter(post.platform or "a platform not recorded" for post in posts)
    # A platform the owner named in Arabic must not take the next count into its own run.
    where = ", ".join(f"{count} on {isolated(place)}" for place, count in places.most_common())
    first = min(post.occurred_at for post in posts)
    last = max(post.occurred_at for post in posts)
    if first == last:
        return f"{where}, posted {when(first)}"
    return f"{where}, posted between {when(first)} and {when(last)}"


def _post_list(data: PacketData, posts: list[PublicPost], width: float) -> list[Flowable]:
    if len(posts) > MANY_POSTS:
        return [_posts_table(data, posts, width)]
    return [keep(*_post(post, data.contact(post.contact_id), width)) for post in posts]


def _posts_table(data: PacketData, posts: list[PublicPost], width: float) -> Flowable:
    """Many posts: one row each, so twenty posts take a page, not five."""
    sheet = styles()
    rows: list[list[Flowable | str]] = [
        [
            p("Posted / captured", sheet.header_cell),
            p("Where", sheet.header_cell),
            p("What it says", sheet.header_cell),
        ]
    ]
    for post in posts:
        exhibits = ", ".join(f"Exhibit {n}" for n in post.exhibits)
        rows.append(
            [
                p(_posted_and_captured(post), sheet.cell_small),
                [
                    p(
                        f"{isolated(post.platform) or '—'} · "
                        f"{isolated(post.handle) or 'handle not recorded'}",
                        sheet.cell_bold,
                    ),
                    p(post.url or "(address not recorded)", sheet.cell_small),
                    p(exhibits or f"contact #{post.contact_id}", sheet.cell_small),
                ],
                text_paragraph(_cell_words(data, post), sheet.cell),
            ]
        )
    return grid(rows, [width * 0.2, width * 0.38, width * 0.42])


# A post logged from its words alone has no capture to date: saying "capture time not
# recorded" on every such row only buried the posts that do have a screenshot.
NO_SCREENSHOT = "no screenshot: the words were logged as text"


def _posted_and_captured(post: PublicPost) -> str:
    if not post.exhibits:
        return when(post.occurred_at)
    return f"{when(post.occurred_at)}; " + captured_clause(
        post.captured_at, post.captured_from, post.stored_at
    )


def _cell_words(data: PacketData, post: PublicPost) -> str:
    words = cut_at_word(post.text, 400) or "(see the screenshot)"
    contact = data.contact(post.contact_id)
    return words if contact is None else said_in_cell(contact, words)


def _post(post: PublicPost, contact: PacketContact | None, width: float) -> list[Flowable]:
    sheet = styles()
    facts = [
        ("Platform", post.platform or "—"),
        ("Address (URL)", post.url or "(address not recorded)"),
        ("Handle", post.handle or "not recorded"),
        ("Posted", when(post.occurred_at)),
        (
            "Captured",
            captured_value(post.captured_at, post.captured_from, post.stored_at)
            if post.exhibits
            else NO_SCREENSHOT,
        ),
        (
            "Exhibits",
            ", ".join(f"Exhibit {n}" for n in post.exhibits)
            or f"none (contact #{post.contact_id})",
        ),
    ]
    flowables: list[Flowable] = [Spacer(1, 4), key_values(facts, width, sheet)]
    if contact is not None and not contact.is_customers_words:
        # A call or a note flagged with a post's address: the note, never as the post's words.
        return flowables + words_in_short(contact, 1200)
    if post.text.strip():
        flowables.append(QuoteBar(text_paragraph(cut_at_word(post.text, 1200), sheet.quote)))
    return flowables + correction_lines(contact)


def _others(data: PacketData) -> list[Flowable]:
    sheet = styles()
    story = subsection("4. Harassment of other customers", sheet)
    if not data.harassment_of_others:
        return [*story, p("None is logged.", sheet.muted)]
    for contact_id in data.harassment_of_others:
        contact = data.contact(contact_id)
        if contact is not None:
            story += contact_block(contact, sheet)
    return story


def _pattern(data: PacketData, width: float) -> list[Flowable]:
    sheet = styles()
    # The heading, its sentence and the chart move to the next page together.
    story = [CondPageBreak(HEIGHT + 110), *subsection("5. A pattern over time", sheet)]
    inbound = [c for c in data.contacts if c.direction.value == "inbound"]
    if inbound:
        days = days_spanned(inbound)
        hostile = [c for c in inbound if c.severity >= 3]
        guessed = sum(1 for c in hostile if c.severity_suggested)
        story.append(
            keep(
                p(
                    f"{plural(len(inbound), 'message')} from the customer over "
                    f"{plural(days, 'day')}, {len(hostile)} of them hostile, abusive or "
                    "threatening (severity 3 or more"
                    + (f"; the severity of {guessed} of them was {NOT_REVIEWED}" if guessed else "")
                    + ").",
                    sheet.body,
                ),
                timeline_chart(data, width),
            )
        )
    return story
