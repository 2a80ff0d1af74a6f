"""`assess CUSTOMER_ID` and `action CUSTOMER_ID KIND`: where a customer stands, and logging
what the business did about it."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import record_id
from app.cli.returning import customer_notes
from app.core.clock import parse_user_time
from app.core.errors import InvalidInputError
from app.standing.action_records import ActionKind
from app.standing.actions import POLICE_FIELDS, parse_kind
from app.standing.records import Assessment

if TYPE_CHECKING:
    from app.services import Services


def register(commands: argparse._SubParsersAction) -> None:
    assess = commands.add_parser(
        "assess",
        help="where a customer stands: signs, grounds, escalation, cost and next steps",
    )
    assess.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    add_json_flag(assess)
    assess.set_defaults(run=_assess)

    kinds = "\n".join(f"  {kind.value:<22} {kind.label}" for kind in ActionKind)
    action = commands.add_parser(
        "action",
        help="log something you did: a block, refund, warning, report…",
        description="Log an action for a customer (it goes into the ledger and on the "
        "timeline). A correction is a new action; nothing logged is changed: to correct "
        "action N (a wrong date, reference or amount), log it again with --corrects N and "
        "--reason, giving only what changes.",
        epilog="KIND is one of:\n" + kinds,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    action.add_argument("customer", type=record_id, metavar="CUSTOMER_ID")
    action.add_argument("kind", metavar="KIND", help="what you did (listed below)")
    action.add_argument(
        "--reference",
        default=None,
        metavar="R",
        help="police report number, the platform's ticket number, a refund id…",
    )
    action.add_argument("--amount", default=None, metavar="A", help="money, e.g. 19.95")
    action.add_argument("--note", default=None, metavar="N")
    action.add_argument("--at", help="when, ISO date-time (default: now)")
    action.add_argument("--by", default=None, help="who did it")
    action.add_argument(
        "--contact", type=record_id, default=None, metavar="ID", help="the contact it answers"
    )
    for key, label in (*POLICE_FIELDS, ("platform", "Platform")):
        action.add_argument(f"--{key}", default="", help=f"{label} (police or platform reports)")
    action.add_argument("--status", default="", help="the new status, for KIND status-change")
    action.add_argument(
        "--check-again",
        default="",
        metavar="DATE",
        help="for blocks: the date to check the block still holds (YYYY-MM-DD)",
    )
    action.add_argument(
        "--corrects",
        type=record_id,
        default=None,
        metavar="ACTION_ID",
        help="correct that action (its id as `action` printed it, or from `customer show CUSTOMER_ID --json`): what is not given is kept from it; needs --reason",
    )
    action.add_argument("--reason", default="", help="why the action is corrected")
    add_json_flag(action)
    action.set_defaults(run=_action)


def _ids(ids: tuple[int, ...]) -> str:
    return ", ".join(f"#{i}" for i in ids)


def _print_assessment(
    name: str, status: str, assessment: Assessment, notes: Sequence[str] = ()
) -> None:
    print(f"{name}: {status}, risk {assessment.risk} of 100")
    for note in notes:
        print(f"  {note}")
    print(f"  {assessment.cost.sentence}")
    print(f"  {assessment.escalation.reason}")
    print("\nSigns:" if assessment.signs else "\nSigns: none")
    for sign in assessment.signs:
        print(f"  {sign.title}: {sign.reason}")
        print(f"    contacts {_ids(sign.contact_ids)}")
    print("\nGrounds to end the relationship:")
    for ground in assessment.grounds:
        mark = "MET    " if ground.met else "not yet"
        print(f"  [{mark}] {ground.title}: {ground.reason}")
        if ground.contact_ids:
            print(f"    contacts {_ids(ground.contact_ids)}")
    print("\nNext steps:" if assessment.next_steps else "\nNext steps: none")
    for step in assessment.next_steps:
        print(f"  {step.text} (because: {step.because})")
        print(f"    log it with: action {assessment.customer_id} {step.action.value}")


def _assess(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        customer = services.customers.get(args.customer)
        assessment = services.assessor.assess(args.customer)
        people = services.identities.same_person(args.customer)
        notes = customer_notes(services, args.customer)
    if args.json:
        print_json(
            {
                "customer": {"id": customer.id, "name": customer.name, "status": customer.status},
                **{
                    key: getattr(assessment, key)
                    for key in ("risk", "signs", "grounds", "escalation", "next_steps", "monthly")
                },
                "cost": assessment.cost,
                "cost_sentence": assessment.cost.sentence,
                "same_person": people,
                "returning_notes": notes,
            }
        )
    else:
        _print_assessment(customer.name, customer.status.label, assessment, notes)
    return 0


def _correct(
    services: Services,
    args: argparse.Namespace,
    kind: ActionKind,
    occurred: datetime | None,
    details: dict[str, str],
) -> int:
    """A corrected copy of action `args.corrects`, naming it; the original is kept."""
    original = services.actions.get(args.corrects)
    if original.customer_id != args.customer or original.kind is not kind:
        raise InvalidInputError(
            f"Action {args.corrects} is “{original.kind.label}” for customer "
            f"{original.customer_id}; a correction names the same customer and kind: "
            f"action {original.customer_id} {original.kind.value} --corrects {args.corrects}"
        )
    if args.contact is not None:
        raise InvalidInputError("A correction keeps the contact the action answers.")
    return services.actions.correct(
        args.corrects,
        args.reason,
        occurred_at=occurred,
        by=args.by,
        reference=args.reference,
        amount=args.amount,
        note=args.note,
        details=details,
    )


def _action(args: argparse.Namespace) -> int:
    kind = parse_kind(args.kind)
    try:
        occurred = parse_user_time(args.at) if args.at else None
    except ValueError as error:
        raise InvalidInputError(f"--at “{args.at}” is not an ISO date or date-time.") from error
    details = {
        key: getattr(args, key)
        for key in ("officer", "badge", "station", "platform", "status")
        if getattr(args, key)
    }
    if args.check_again:
        details["check_again"] = args.check_again
    with services_for(args) as services:
        if args.corrects is not None:
            action_id = _correct(services, args, kind, occurred, details)
        else:
            action_id = services.actions.log(
                args.customer,
                kind,
                occurred_at=occurred,
                by=args.by or "",
                reference=args.reference or "",
                amount=args.amount,
                note=args.note or "",
                contact_id=args.contact,
                details=details,
            )
        status = services.customers.get(args.customer).status
    if args.json:
        print_json({"id": action_id, "status": status})
    else:
        print(action_id)
    return 0
