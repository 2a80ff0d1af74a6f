"""`contact withdraw`: take back a contact logged by mistake (it stays in the log, marked)."""

from __future__ import annotations

import argparse

from app.cli.common import services_for
from app.cli.numbers import record_id


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("contact", help="withdraw a contact logged by mistake")
    actions = parser.add_subparsers(dest="contact_command", metavar="withdraw", required=True)
    withdraw = actions.add_parser(
        "withdraw",
        help="mark a contact as logged by mistake (kept in the log with the reason, left out "
        "of assessments and packets)",
    )
    withdraw.add_argument("id", type=record_id, help="the contact's number")
    withdraw.add_argument("--reason", required=True, help="why it was logged by mistake")
    withdraw.set_defaults(run=_withdraw)


def _withdraw(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        services.contacts.withdraw(args.id, args.reason)
    print(
        f"Contact #{args.id} is withdrawn as logged by mistake. It stays in the log with your "
        "reason; assessments and packets leave it out."
    )
    return 0
