"""`review CUSTOMER_ID`: the categories Steady's word check suggested for a customer's
contacts and nobody has looked at yet; `--keep K` or `--clear K` decides them.

Until the owner decides, a suggestion weighs in the assessment and the packets like any
category, marked there as not reviewed. Clearing one is a correction of the contact with its
reason; the original, with the suggestion, stays on record.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import record_id
from app.core.domain import Category
from app.core.errors import InvalidInputError
from app.importing.records import CategorySuggestion
from app.importing.review import SuggestionReview, because


def how_to_review(customer_ids: Sequence[int]) -> str:
    """The line that ends a list of suggestions: where the owner decides them."""
    commands = ", ".join(f"steady review {n}" for n in sorted(set(customer_ids)))
    return (
        f"  review: nobody has checked these yet; see and keep or clear them with {commands} "
        "(or in the contact's view in the window)."
    )


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "review",
        help="see, keep or clear the categories Steady suggested from a customer's words",
        description="With no --keep or --clear, lists the suggested categories still waiting "
        "for you. --keep confirms one, --clear removes it from the contact (a correction with "
        "its reason; the original stays on record).",
    )
    parser.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    parser.add_argument(
        "--contact", type=record_id, default=None, metavar="ID", help="only this contact"
    )
    choices = [c.value for c in Category]
    for flag, what in (("--keep", "confirm"), ("--clear", "clear")):
        parser.add_argument(
            flag,
            action="append",
            default=[],
            choices=choices,
            metavar="K",
            help=f"{what} the suggested category K (repeat for more): " + " ".join(choices),
        )
    add_json_flag(parser)
    parser.set_defaults(run=_review)


def _line(suggestion: CategorySuggestion) -> str:
    return f"contact {suggestion.contact_id}: {suggestion.category.value}: {because(suggestion)}"


def _review(args: argparse.Namespace) -> int:
    keep = {Category(k) for k in args.keep}
    clear = {Category(k) for k in args.clear}
    if keep & clear:
        both = ", ".join(sorted(c.value for c in keep & clear))
        raise InvalidInputError(f"{both}: given to both --keep and --clear; choose one.")
    with services_for(args) as services:
        services.customers.get(args.customer)  # a customer that is not there says so
        if args.contact is not None:
            contact = services.contacts.get(args.contact)
            if contact.customer_id != args.customer:
                raise InvalidInputError(
                    f"Contact {args.contact} is not one of customer {args.customer}'s contacts."
                )
        review = SuggestionReview(services.store)
        waiting = [
            s
            for s in review.waiting(args.customer)
            if args.contact is None or s.contact_id == args.contact
        ]
        if not keep and not clear:
            return _list(args, waiting)
        wanted = keep | clear
        chosen = [s for s in waiting if s.category in wanted]
        missing = wanted - {s.category for s in chosen}
        not_waiting = (
            f"No suggestion of {', '.join(sorted(c.value for c in missing))} is waiting for "
            "review here (already kept or cleared?)"
        )
        if missing and not chosen:
            raise InvalidInputError(
                f"{not_waiting}; `steady review {args.customer}` lists those that are."
            )
        decided = [
            (s, s.category in keep)
            for s in chosen
            if review.decide_one(s.contact_id, s.category, s.category in keep)
        ]
    # The ones that were waiting are decided all the same; those that were not are named.
    _say_decided(args, chosen, decided)
    if missing:
        print(f"steady: {not_waiting}; the others named were decided.", file=sys.stderr)
        return 2
    return 0


def _say_decided(
    args: argparse.Namespace,
    chosen: list[CategorySuggestion],
    decided: list[tuple[CategorySuggestion, bool]],
) -> None:
    if args.json:
        print_json(
            [
                {"contact": s.contact_id, "category": s.category.value, "kept": kept}
                for s, kept in decided
            ]
        )
        return
    for suggestion, kept in decided:
        if kept:
            print(f"kept: contact {suggestion.contact_id}: {suggestion.category.label}")
        else:
            print(
                f"cleared: contact {suggestion.contact_id}: {suggestion.category.label} "
                "(saved as a correction; the original is kept)"
            )
    for suggestion in chosen:
        if all(suggestion is not s for s, _ in decided):
            print(
                f"left as it was: contact {suggestion.contact_id}: {suggestion.category.label} "
                "(decided elsewhere meanwhile)"
            )


def _list(args: argparse.Namespace, waiting: list[CategorySuggestion]) -> int:
    if args.json:
        print_json(
            [
                {"contact": s.contact_id, "category": s.category.value, "words": list(s.words)}
                for s in waiting
            ]
        )
        return 0
    if not waiting:
        print("Nothing is waiting for review.")
        return 0
    print(f"Suggested by Steady's word check, not reviewed yet ({len(waiting)}):")
    for suggestion in waiting:
        print(f"  {_line(suggestion)}")
    first = waiting[0]
    print(
        f"Keep or clear each: steady review {args.customer} --contact {first.contact_id} "
        f"--keep {first.category.value} (or --clear {first.category.value})."
    )
    return 0
