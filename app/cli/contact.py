"""`contact withdraw`: take back a contact logged by mistake (it stays in the log, marked).
`contact forwarded`: the owner's answer to the import's "Did you forward these?"."""

from __future__ import annotations

import argparse

from app.cli.common import services_for
from app.cli.numbers import record_id


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "contact", help="withdraw a contact logged by mistake, or say you forwarded one"
    )
    actions = parser.add_subparsers(
        dest="contact_command", metavar="withdraw|forwarded", required=True
    )
    withdraw = actions.add_parser(
        "withdraw",
        help="mark a contact as logged by mistake (kept in the log with the reason, left out "
        "of assessments and packets)",
    )
    withdraw.add_argument("id", type=record_id, help="the contact's number")
    withdraw.add_argument("--reason", required=True, help="why it was logged by mistake")
    withdraw.set_defaults(run=_withdraw)
    forwarded = actions.add_parser(
        "forwarded",
        help="you or your staff forwarded this mail (import asks “Did you forward these?”): "
        "log it as the message it forwards, the note above it kept as the business's",
    )
    forwarded.add_argument("id", type=record_id, help="the contact's number")
    forwarded.set_defaults(run=_forwarded)


def _withdraw(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        services.contacts.withdraw(args.id, args.reason)
    print(
        f"Contact #{args.id} is withdrawn as logged by mistake. It stays in the log with your "
        "reason; assessments and packets leave it out."
    )
    return 0


def _forwarded(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        same = services.imports.forwarded_by_owner.confirm(args.id)
    if same is not None:
        print(
            f"Contact #{args.id} is the same message as contact #{same}: your forward is "
            f"attached to #{same} as its evidence, and #{args.id} is withdrawn so the words "
            "count once."
        )
    else:
        print(
            f"Contact #{args.id} is logged as the message you forwarded, your note kept apart "
            "(the contact as imported stays on record)."
        )
    return 0
