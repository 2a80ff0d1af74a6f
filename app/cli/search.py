"""`search QUERY`."""

from __future__ import annotations

import argparse

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import RESULTS
from app.core.clock import show_local
from app.core.search_hits import HIT_END, HIT_START, page_summary


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("search", help="search every contact and customer")
    parser.add_argument("query", nargs="+")
    parser.add_argument("--limit", type=RESULTS, default=100)
    add_json_flag(parser)
    parser.set_defaults(run=_search)


def _search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with services_for(args) as services:
        page = services.search_page(query, args.limit)
    hits = page.hits
    if args.json:
        print_json(
            [
                {
                    **_plain_hit(hit),
                    "snippet": hit.snippet.replace(HIT_START, "").replace(HIT_END, ""),
                    "highlighted": hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]"),
                }
                for hit in hits
            ]
        )
        return 0
    if not hits:
        print(page_summary(page, query))
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]").split())
        if hit.kind == "customer":
            print(f"customer {hit.id}  {hit.customer_name}: {snippet}")
        else:
            when = show_local(hit.occurred_at) if hit.occurred_at else ""
            print(f"contact {hit.id}  {when}  {hit.customer_name}: {snippet}")
    if page.more_customers or page.more_contacts or page.shortened_to:
        print(page_summary(page, query))
    return 0


def _plain_hit(hit: object) -> dict[str, object]:
    from app.cli.common import plain

    value = plain(hit)
    assert isinstance(value, dict)
    return value
