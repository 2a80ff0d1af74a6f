"""`import`: bring emails, mailboxes, Outlook messages, screenshots and helpdesk exports in.

Exit 0 when nothing failed, 1 when some files or messages failed (the rest were imported),
2 for bad usage. Messages no customer matches are failures here: name one with --customer.
"""

from __future__ import annotations

import argparse
import sys

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import record_id
from app.cli.output import rewrite_line, visible
from app.cli.returning import import_notes
from app.cli.review import how_to_review
from app.core.errors import InvalidInputError, NotFoundError
from app.importing.batch_report import (
    ImportFailure,
    ImportOptions,
    ImportReport,
    Progress,
    Unmatched,
    failure_runs,
    left_out_text,
)

EXIT_SOME_FAILED = 1


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "import",
        help="import .eml, .mbox, .msg, images, helpdesk .csv and other files",
        description="Import evidence files. Emails are matched to customers by address; "
        "importing the same message again does nothing.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files to import")
    parser.add_argument(
        "--customer", type=record_id, metavar="ID", help="log everything for this customer"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add_json_flag(parser)
    parser.set_defaults(run=_import)


def _why_not_placed(item: Unmatched) -> str:
    if item.key:
        # A mail sent to a known customer says so: it may be the business's own address.
        return " ".join(
            [
                f"No customer has the address or handle {item.key}.",
                "Add it to a customer, or import again with --customer ID.",
                *item.warnings,
            ]
        )
    # A picture, a plain file or a message without a sender: the file is what is lacking.
    return " ".join(
        [*item.warnings, "Nothing in it says who it is from: import it again with --customer ID."]
    )


def _unmatched_as_failures(report: ImportReport) -> list[ImportFailure]:
    return [ImportFailure(item.source, _why_not_placed(item)) for item in report.unmatched]


def _import(args: argparse.Namespace) -> int:
    show_progress = not args.quiet and not args.json and sys.stderr.isatty()

    def progress(step: Progress) -> None:
        if show_progress and step.current:
            percent = 100 * step.bytes_done // step.bytes_total if step.bytes_total else 100
            rewrite_line(f"{percent:3d}%  {visible(step.current)[:60]:<60}")

    with services_for(args) as services:
        if args.customer is not None:
            try:
                services.customers.get(args.customer)
            except NotFoundError as error:
                raise InvalidInputError(f"--customer: {error}") from error
        report = services.imports.run(
            args.paths,
            ImportOptions(customer_id=args.customer),
            progress=progress,
        )
        returning = import_notes(services, report)
    if show_progress:
        print(file=sys.stderr)
    failures = report.failed + _unmatched_as_failures(report)
    if args.json:
        print_json(
            {
                "imported": len(report.imported),
                "skipped": len(report.skipped),
                "failed": len(failures),
                "contacts": [item.contact_id for item in report.imported],
                "failures": [{"source": f.source, "reason": f.reason} for f in failures],
                "left_out": [{"source": f.source, "reason": f.reason} for f in report.left_out],
                "notes": [{"source": note.source, "note": note.text} for note in report.notes],
                "warnings": [
                    {"source": item.source, "warning": warning}
                    for item in report.imported
                    for warning in item.warnings
                ],
                "suggested": [
                    {
                        "contact": item.contact_id,
                        "category": s.category.value,
                        "words": list(s.words),
                    }
                    for item in report.imported
                    for s in item.suggestions
                ],
                "returning": returning,
                "did_you_forward": [i.contact_id for i in report.imported if i.forward_doubted],
            }
        )
    else:
        print(
            f"Imported {len(report.imported)}, skipped {len(report.skipped)} already there, "
            f"failed {len(failures)}.{left_out_text(len(report.left_out))}"
        )
        for note in report.notes:
            print(f"  {note.source}: {note.text}")
        for item in report.imported:
            for warning in item.warnings:
                print(f"  warning: {item.source}: {warning}")
            for suggestion in item.suggestions:
                print(f"  suggested: {item.source}: {suggestion.explanation}")
            if item.forward_doubted:
                print(
                    f"  did you forward it? {item.source}: if you or your staff did, run "
                    f"steady contact forwarded {item.contact_id}"
                )
        suggested = [item.customer_id for item in report.imported if item.suggestions]
        if suggested:
            print(how_to_review(suggested))
        for source, reason in failure_runs(failures):
            print(f"  failed: {source}: {reason}")
        for left in report.left_out:
            print(f"  left out: {left.source}: {left.reason}")
        for returning_note in returning:
            print(f"  note: {returning_note}")
    return EXIT_SOME_FAILED if failures else 0
