"""The paper itself: headings stay with their section, short tables are not split, web
addresses break between their parts, Bates ranges and contents are filled in after one
layout. Built straight from flowables, so each rule is seen on its own."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from reports.blocks import grid, p
from reports.page import (
    BatesRange,
    ExhibitEnd,
    ExhibitHeading,
    Heading,
    Letterhead,
    build,
    contents_table,
    later_pages,
)
from reports.styles import MARGIN, styles
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.pdf_reading import outline, pdftotext

HEAD = Letterhead(
    business="Lakeside Florist",
    address_lines=("1 Quay St",),
    phone="",
    email="",
    logo=None,
    document="Test document",
    number="T-1",
    generated_at=datetime(2026, 11, 26, 13, 0, tzinfo=UTC),
)


def _pdf(story: list[Flowable], with_contents: bool = False) -> list[str]:
    data, _ = build(HEAD, "A4", lambda doc: [later_pages(), *story], with_contents)
    return [flat(t) for t in pdf_text(data)]


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, t in enumerate(pages, 1) if text in t)


def test_a_heading_never_ends_a_page_without_its_section() -> None:
    sheet = styles()
    block = KeepTogether([p(f"Signature line {n}", sheet.body) for n in range(12)])
    pages = _pdf(
        [Spacer(1, 560), Heading("Approval and sign-off", sheet.h1), p("Intro.", sheet.body), block]
    )
    assert _page_of(pages, "Approval and sign-off") == _page_of(pages, "Signature line 0")


def test_a_short_table_moves_whole_to_the_next_page() -> None:
    sheet = styles()
    rows: list[list[Flowable | str]] = [
        [p(f"Row {n}", sheet.cell), p("x", sheet.cell)] for n in range(6)
    ]
    pages = _pdf([Spacer(1, 640), grid(rows, [200, 200], header=False)])
    assert _page_of(pages, "Row 0") == _page_of(pages, "Row 5")


def test_a_web_address_breaks_after_a_slash_not_inside_the_domain() -> None:
    sheet = styles()
    url = "https://reviews-of-local-shops.example.com/threads/lakeside-florist/987654321/replies"
    rows: list[list[Flowable | str]] = [[p(url, sheet.cell)]]
    data, _ = build(HEAD, "A4", lambda doc: [later_pages(), grid(rows, [200], header=False)], False)
    lines = pdf_text(data)[0].splitlines()
    assert "https://reviews-of-local-shops.example.com/" in lines
    assert "threads/lakeside-florist/987654321/replies" in lines


def _right_edges(data: bytes) -> list[float]:
    """Where each drawn line of text ends, in points from the page's left edge."""
    boxes = pdftotext(data, "-bbox")
    return [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]


@pytest.mark.parametrize("column", [60, 120, 300])
def test_a_token_longer_than_its_column_is_broken_anywhere_and_printed_whole(column: int) -> None:
    """A Facebook "pfbid" address, a handle or a hash longer than the column: every letter is
    on the paper, inside the column, and reads back as the whole token."""
    sheet = styles()
    pfbid = "pfbid0" + "nUBxmaNVKXIut61HMV1xNR0hhrmig2ydgjcsqpA4Xy4fmbvWaqPtr9" * 4
    url = f"https://www.facebook.com/groups/localshops/posts/{pfbid}"
    handle = "@" + "verylonghandle_" * 12
    rows: list[list[Flowable | str]] = [
        [p(f"URL: {url} — seen on the page", sheet.cell)],
        [p(handle, sheet.cell_bold)],
    ]
    story = [later_pages(), grid(rows, [column], header=False), p(url, sheet.body)]
    data, _ = build(HEAD, "A4", lambda doc: story, False)
    joined = "".join("".join(pdf_text(data)).split())
    assert joined.count(url) == 2 and handle in joined
    edges = _right_edges(data)
    if not edges:
        pytest.skip("poppler-utils is installed by scripts/setup.sh test")
    page_width = 595.27
    assert max(edges) <= page_width - MARGIN + 1


def test_bates_range_and_contents_are_filled_after_one_layout() -> None:
    sheet = styles()
    story: list[Flowable] = [
        contents_table(),
        Heading("Exhibit index", sheet.h1),
        BatesRange("Exhibit 1", sheet.cell),
        PageBreak(),
        Heading("Exhibits", sheet.h1),
        ExhibitHeading("Exhibit 1 — thread.png", sheet.h2, "Exhibit 1", "ab" * 32),
        *[p(f"Line {n}", sheet.body) for n in range(150)],
        ExhibitEnd(),
    ]
    data, pages_count = build(HEAD, "A4", lambda doc: [later_pages(), *story], True)
    pages = [flat(t) for t in pdf_text(data)]
    first, last = _page_of(pages, "EXHIBIT 1"), _page_of(pages, "Line 149")
    assert last > first
    assert f"LF-{first:06d} – LF-{last:06d}" in pages[0]
    assert dict(outline(data))["Exhibit 1 — thread.png"] == first
    assert f"Exhibits {_page_of(pages, 'Line 0')}" in pages[0]
    assert pages_count == len(pages)
