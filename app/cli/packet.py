"""`packet`: make a termination or legal referral packet, and optionally its evidence bundle."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from datetime import date
from decimal import Decimal

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import record_id
from app.cli.targets import check_targets
from app.core.errors import InvalidInputError, SteadyError
from app.log.customers import parse_money
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.bundle_warning import bundle_warning, originals_with_redacted_text
from app.packets.data import PacketKind, Redaction
from app.packets.handing_notes import handing_notes
from app.packets.making import MadePacket, hand_on, make_packet, write_file
from app.packets.pictures import pictures_left_out
from app.packets.redaction import pictures_not_redacted, pictures_warning


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "packet", help="make a termination or legal referral packet (PDF) for a customer"
    )
    parser.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    parser.add_argument("--kind", required=True, choices=[k.value for k in PacketKind])
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to save the PDF")
    parser.add_argument("--bundle", metavar="FILE.zip", help="also save the evidence bundle")
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace FILE.pdf / FILE.zip if they exist (never a database)",
    )
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    parser.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="TEXT",
        help="text to black out everywhere in the PDF (repeat for more)",
    )
    parser.add_argument(
        "--refund",
        help="termination: the amount refunded (default: the refunds logged as actions)",
    )
    parser.add_argument(
        "--closed-as-of", metavar="DATE", help="termination: the day the account closes"
    )
    parser.add_argument(
        "--paper",
        type=str.lower,
        choices=sorted(_PAPER),
        help="paper size (default: the one in settings)",
    )
    parser.add_argument(
        "--pictures",
        choices=sorted(_PICTURES),
        help="print the pictures, or leave them out and list each by file name, size and "
        "SHA-256 (default: as in settings)",
    )
    parser.add_argument(
        "--include-notes",
        action="store_true",
        help="also print your own Note entries under Actions taken (left out by default)",
    )
    add_json_flag(parser)
    parser.set_defaults(run=_packet)


_PAPER = {"a4": "A4", "letter": "Letter"}
_PICTURES = {"print": False, "leave-out": True}


def _day(text: str | None, flag: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInputError(f"{flag} “{text}” is not a date like 2026-03-31.") from error


# The packet was saved, but from a log that does not verify: not 0, so a script that hands
# packets on stops; not 1, which means nothing was made.
EXIT_NOT_VERIFIED = 3


def _packet(args: argparse.Namespace) -> int:
    refund: Decimal | None = parse_money(args.refund) if args.refund is not None else None
    options = PacketOptions(
        kind=PacketKind(args.kind),
        date_from=_day(args.date_from, "--from"),
        date_to=_day(args.date_to, "--to"),
        refund=refund,
        closed_as_of=_day(args.closed_as_of, "--closed-as-of"),
        redactions=tuple(
            Redaction(text, reason="redacted on the command line") for text in args.redact
        ),
        paper=_PAPER[args.paper] if args.paper else None,
        leave_pictures_out=_PICTURES[args.pictures] if args.pictures else None,
        include_notes=args.include_notes,
    )
    targets = {"--out": args.out} | ({"--bundle": args.bundle} if args.bundle else {})
    with services_for(args) as services:
        check_targets(targets, services.store.path, services.files, force=args.force)
        made = make_packet(services, args.customer, options)
        for note in handing_notes(services, made.data):
            print(f"steady: {note}", file=sys.stderr)
        if changed := [c.id for c in made.data.contacts if c.changed_outside]:
            print(
                "steady: changed outside Steady, so not printed as the row now reads: contact "
                + ", ".join(f"#{n}" for n in changed)
                + " (each is marked on its entry).",
                file=sys.stderr,
            )
        if args.bundle and (warning := bundle_warning(made.data)):
            # What the window asks before Export bundle: the originals are not redacted.
            print(f"steady: note: {warning}", file=sys.stderr)
        elif pictures := pictures_warning(made.data):
            # Said before the file exists: "--redact" alone reads as if the whole PDF were.
            print(
                f"steady: note: {pictures} Hand this copy on only to someone entitled to see "
                "what they show.",
                file=sys.stderr,
            )
        write_file(args.out, made.pdf.data)
        handed_on = hand_on(services, made, "saved")
        for unwritten in (handed_on.number_not_written, handed_on.head_not_written):
            if unwritten:
                print(f"steady: {unwritten}", file=sys.stderr)
        bundle_sha = None
        if args.bundle:
            bundle = build_bundle(made.data, made.pdf.data, os.path.basename(args.out))
            try:
                write_file(args.bundle, bundle)
            except SteadyError as error:
                # The PDF is saved and logged as handed on: the owner needs its details
                # (the hash is how it is matched later) and to know the bundle is missing.
                _report(args, made, None)
                raise SteadyError(
                    f"{args.out} was saved and logged as handed on, but the bundle was NOT "
                    f"written: {error} To make the bundle, run the command again with another "
                    "--bundle place (and another --out, or --force to replace the PDF)."
                ) from error
            bundle_sha = hashlib.sha256(bundle).hexdigest()
    _report(args, made, bundle_sha)
    return 0 if made.data.integrity.verified else EXIT_NOT_VERIFIED


def _report(args: argparse.Namespace, made: MadePacket, bundle_sha: str | None) -> None:
    integrity = made.data.integrity
    result: dict[str, object] = {
        "path": args.out,
        "pages": made.pdf.pages,
        "sha256": made.pdf.sha256,
        "number": made.data.number,
        "exhibits": len(made.data.exhibits),
        # What the packet states of the log it was made from, as its integrity page says it:
        # a script reads these rather than the exit code's meaning.
        "verified": integrity.verified,
        "problems": list(integrity.problems),
        "restores": list(integrity.restores),
        "changed_outside": [
            {"contact": c.id, "note": c.changed_outside}
            for c in made.data.contacts
            if c.changed_outside
        ],
    }
    if made.data.redactions:
        result["pictures_not_redacted"] = list(pictures_not_redacted(made.data))
        if args.bundle:
            result["originals_with_redacted_words"] = originals_with_redacted_text(made.data)
    if made.data.pictures_left_out:
        result["pictures_left_out"] = list(pictures_left_out(made.data))
    if bundle_sha:
        result |= {"bundle": args.bundle, "bundle_sha256": bundle_sha}
    if args.json:
        print_json(result)
    else:
        print(args.out)
        print(f"pages: {made.pdf.pages}")
        print(f"sha256: {made.pdf.sha256}")
        if bundle_sha:
            print(f"bundle: {args.bundle} (sha256 {bundle_sha})")
