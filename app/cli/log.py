"""`log`: record one contact from the command line."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import MINUTES, SEVERITY, record_id
from app.cli.review import how_to_review
from app.core.clock import parse_user_time
from app.core.domain import Category, Channel, ContactDetails, Direction
from app.core.errors import InvalidInputError
from app.importing.typed_words import SuggestedLog, suggestions_for, with_suggestions
from app.log.attachment_kinds import checked_attachment
from app.log.contacts import attachment_from_file


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("log", help="log a contact and print its id")
    parser.add_argument("--customer", type=record_id, required=True, metavar="ID")
    parser.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    parser.add_argument(
        "--text",
        required=True,
        help="the customer's exact words; for a phone call, a visit or channel 'other', the note "
        "of whoever took it down (packets print it as their note, not as a quote)",
    )
    parser.add_argument("--summary", default="")
    parser.add_argument(
        "--category",
        action="append",
        default=[],
        choices=[c.value for c in Category],
        metavar="K",
        help="one of: " + " ".join(c.value for c in Category),
    )
    parser.add_argument("--at", help="when it happened, ISO date-time (default: now, local time)")
    parser.add_argument("--direction", default="inbound", choices=[d.value for d in Direction])
    parser.add_argument(
        "--severity",
        type=SEVERITY,
        default=None,
        help="1 (mild) to 5 (threatening); default 1, or where the suggested categories start",
    )
    parser.add_argument(
        "--no-suggest",
        action="store_true",
        help="do not add the categories the customer's written words suggest (as `import` "
        "does, a threat or abuse in the words is added and named; a call or visit note is "
        "not read, give --category)",
    )
    parser.add_argument("--minutes", type=MINUTES, default=0, help="minutes it cost you")
    parser.add_argument("--url", default="")
    parser.add_argument(
        "--staff", default="", help="the staff member involved (who wrote down a call or a note)"
    )
    parser.add_argument("--attach", action="append", default=[], metavar="FILE")
    add_json_flag(parser)
    parser.set_defaults(run=_log)


def _log(args: argparse.Namespace) -> int:
    try:
        occurred = parse_user_time(args.at) if args.at else None
    except ValueError as error:
        raise InvalidInputError(f"--at “{args.at}” is not an ISO date or date-time.") from error
    # Typed by their bytes, as import and the window's Add files… type them: a zip archive
    # named "receipt.pdf" is kept, as a ZIP archive, and the owner told.
    checked = [checked_attachment(attachment_from_file(path)) for path in args.attach]
    attachments = [attachment for attachment, _warning in checked]
    warnings = [warning for _attachment, warning in checked if warning]
    with services_for(args) as services:
        details = ContactDetails(
            occurred_at=occurred or services.clock(),
            channel=Channel(args.channel),
            direction=Direction(args.direction),
            text=args.text,
            summary=args.summary,
            categories=tuple(Category(c) for c in args.category),
            severity=args.severity or 1,
            minutes=args.minutes,
            url=args.url,
            staff=args.staff,
        )
        suggestions = [] if args.no_suggest else suggestions_for(details)
        details = with_suggestions(details, suggestions, severity_given=args.severity is not None)
        # A category the owner named with --category is theirs, even where the words also
        # suggest it: kept, not left waiting as Steady's guess.
        named = tuple(Category(c) for c in args.category)
        contact_id = SuggestedLog(services.store, services.contacts).log(
            args.customer, details, attachments, suggestions, seen=named
        )
    if args.json:
        print_json(
            {
                "id": contact_id,
                "warnings": warnings,
                "suggested": [
                    {"category": s.category.value, "words": list(s.words)} for s in suggestions
                ],
            }
        )
        return 0
    print(contact_id)
    # The id alone on standard output, for scripts; the warnings and suggestions are for the owner.
    for warning in warnings:
        print(f"warning: {warning} Kept, as what its bytes are.", file=sys.stderr)
    for suggestion in suggestions:
        print(f"suggested: {suggestion.explanation}", file=sys.stderr)
    if suggestions:
        print(how_to_review([args.customer]).strip(), file=sys.stderr)
    return 0
