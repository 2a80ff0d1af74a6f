"""`customer add|list|show|link|unlink`."""

from __future__ import annotations

import argparse
import sys

from app.cli.columns import fitted
from app.cli.common import add_json_flag, print_json, services_for
from app.cli.numbers import record_id
from app.cli.returning import customer_notes
from app.core.clock import show_local
from app.core.contact_changes import ContactRevision
from app.core.domain import SEVERITY_LABELS, Customer
from app.core.durations import duration
from app.core.money import money_text
from app.log.customer_history import earlier_details
from app.log.customers import parse_money
from app.standing.action_records import Action
from app.standing.action_text import action_note, action_title


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("customer", help="add, list or show customers")
    actions = parser.add_subparsers(
        dest="customer_command", metavar="add|list|show|link|unlink", required=True
    )

    add = actions.add_parser("add", help="add a customer and print the new id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--handle", action="append", default=[], help='e.g. "X: @name"')
    add.add_argument("--account", default="", help="account or order reference")
    add.add_argument("--paid", default="0", help="what they have paid, e.g. 19.95")
    add.add_argument("--notes", default="")
    add_json_flag(add)
    add.set_defaults(run=_add)

    listing = actions.add_parser("list", help="list customers, most recent contact first")
    listing.add_argument(
        "--filter", default="", help="only names, emails or phones containing this"
    )
    add_json_flag(listing)
    listing.set_defaults(run=_list)

    show = actions.add_parser("show", help="a customer's details and log")
    show.add_argument("id", type=record_id)
    show.add_argument(
        "--full",
        action="store_true",
        help=f"print each message whole (by default the first {PREVIEW_LINES} lines, and how "
        "many more there are)",
    )
    add_json_flag(show)
    show.set_defaults(run=_show)

    link = actions.add_parser(
        "link",
        help="record that two customers are the same person (e.g. one you stopped serving, "
        "back under a new address)",
    )
    link.add_argument("id", type=record_id, help="the customer who came back")
    link.add_argument("known", type=record_id, metavar="KNOWN_ID", help="the earlier record")
    link.add_argument("--reason", default="", help="how you know (default: the matching facts)")
    link.set_defaults(run=_link)

    unlink = actions.add_parser(
        "unlink", help="withdraw a “same person” link made by mistake (kept in the log, marked)"
    )
    unlink.add_argument("id", type=record_id, help="one of the two customers")
    unlink.add_argument("other", type=record_id, metavar="OTHER_ID", help="the other one")
    unlink.add_argument("--reason", required=True, help="why they are not the same person")
    unlink.set_defaults(run=_unlink)


def _add(args: argparse.Namespace) -> int:
    customer = Customer(
        name=args.name,
        emails=tuple(args.email),
        phones=tuple(args.phone),
        handles=tuple(args.handle),
        account_ref=args.account,
        amount_paid=parse_money(args.paid),
        notes=args.notes,
    )
    with services_for(args) as services:
        customer_id = services.customers.add(customer)
        notes = customer_notes(services, customer_id)
    if args.json:
        print_json({"id": customer_id, "returning_notes": notes})
    else:
        print(customer_id)
        # On stderr: a script reads the new id alone from stdout.
        for note in notes:
            print(f"steady: note: {note}", file=sys.stderr)
    return 0


def _link(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        reason = args.reason.strip()
        if not reason:
            matches = services.identities.matches_for_customer(args.id)
            found = [m for m in matches if m.customer_id == args.known]
            reason = "; ".join(found[0].reasons) if found else "linked by the owner"
        services.identities.link(args.id, args.known, reason)
        sentences = [person.sentence() for person in services.identities.same_person(args.id)]
    print(f"Linked. {'. '.join(sentences)}." if sentences else "Linked.")
    return 0


def _unlink(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        services.identities.unlink(args.id, args.other, args.reason)
        names = [services.customers.get(i).name for i in (args.id, args.other)]
    print(
        f"The link between {names[0]} and {names[1]} is withdrawn; it stays in the log with "
        "your reason and no longer counts."
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        total = services.customers.count(args.filter)
        rows = services.customers.page(0, max(total, 1), args.filter)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No customers yet. Add one with: steady customer add --name NAME")
        return 0
    print(f"{'ID':>5}  {'NAME':<28} {'STATUS':<12} {'CONTACTS':>8}  LAST CONTACT")
    for row in rows:
        last = show_local(row.last_contact_at) if row.last_contact_at else "—"
        print(
            f"{row.id:>5}  {fitted(row.name, 28)} {row.status.label:<12} "
            f"{row.contact_count:>8}  {last}"
        )
    return 0


def _show(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        customer = services.customers.get(args.id)
        total = services.contacts.count_for_customer(args.id)
        contacts = services.contacts.page_for_customer(args.id, 0, max(total, 1))
        minutes = services.customers.minutes_spent(args.id)
        symbol = services.settings.currency_symbol
        actions = services.actions.for_customer(args.id)
        notes = customer_notes(services, args.id)
        earlier = earlier_details(services.customers.versions(args.id), customer)
        revisions = {
            c.id: services.contacts.revisions(c.id) for c in contacts if c.revision and args.full
        }
        withdrawn = services.contacts.withdrawals([c.id for c in contacts if c.id is not None])
        written = {
            c.id: services.replies.how_written(c) for c in contacts if c.source == "calm-reply"
        }
    if args.json:
        print_json(
            {
                "customer": customer,
                "minutes_spent": minutes,
                "contacts": contacts,
                "actions": actions,
                "returning_notes": notes,
            }
        )
        return 0
    print(f"{customer.name}  (customer {customer.id}, {customer.status.label})")
    for note in notes:
        print(f"  {note}")
    for label, values in (
        ("Email", customer.emails),
        ("Phone", customer.phones),
        ("Handle", customer.handles),
    ):
        for value in values:
            print(f"  {label}: {value}")
    if customer.account_ref:
        print(f"  Account: {customer.account_ref}")
    paid = money_text(customer.amount_paid, symbol)
    print(f"  Paid: {paid}   Time spent: {duration(minutes)}")
    if customer.notes:
        print(f"  Notes: {customer.notes}")
    for line in earlier:
        print(f"  {line}")
    _print_actions(actions, symbol)
    live = total - len(withdrawn)  # as the customer list counts them
    print(
        f"\n{live} contact{'' if live == 1 else 's'}"
        + (f" and {len(withdrawn)} withdrawn (not counted)" if withdrawn else "")
        + ", newest first:"
    )
    for contact in contacts:
        cats = ", ".join(c.value for c in contact.categories)
        print(
            f"\n#{contact.id}  {show_local(contact.occurred_at, with_zone=True)}  "
            f"{contact.channel.label} · {contact.direction.value} · "
            f"severity {SEVERITY_LABELS[contact.severity]}"
            + (f" · {cats}" if cats else "")
            + (f" · revision {contact.revision}" if contact.revision else "")
        )
        if contact.id in withdrawn:
            taken_back = withdrawn[contact.id]
            print(
                f"  Withdrawn as logged by mistake on {show_local(taken_back.withdrawn_at)}: "
                f"{taken_back.reason} (not counted)"
            )
        if contact.summary:
            print(f"  {contact.summary}")
        for line in written.get(contact.id, []):
            print(f"  · {line}")
        _print_words(contact.text, args.id, whole=args.full)
        if contact.revision and args.full:
            _print_versions(revisions.get(contact.id, []), args.id)
    return 0


def _print_versions(versions: list[ContactRevision], customer_id: int) -> None:
    """Every earlier version of a corrected contact, the original first, with each reason:
    the words as first received are what the packet quotes."""
    current = versions[-1] if versions else None
    for version in versions[:-1]:
        after = versions[version.number + 1] if version.number + 1 < len(versions) else current
        why = (
            f" — replaced on {show_local(after.revised_at)} because: {after.reason}"
            if after
            else ""
        )
        name = "As first received" if version.number == 0 else f"Revision {version.number}"
        print(f"  {name}{why}:")
        _print_words(version.details.text, customer_id, whole=True)


PREVIEW_LINES = 3


def _print_words(text: str, customer_id: int, *, whole: bool) -> None:
    """A message's first lines, and a line saying how much more there is and how to see it:
    the threat can be on the fourth line. Only a line break starts a line; a form feed or a
    vertical tab is shown as a mark, not taken for one (it would shorten the preview)."""
    if not text.strip():
        return
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    written = [index for index, line in enumerate(lines) if line.strip()]
    shown = len(lines)
    if not whole and len(written) > PREVIEW_LINES:
        shown = written[PREVIEW_LINES - 1] + 1
    for line in lines[written[0] : shown]:
        print(f"  > {line}".rstrip())
    hidden = sum(1 for index in written if index >= shown)
    if hidden:
        print(
            f"  … {hidden} more line{'s' if hidden > 1 else ''} not shown; "
            f"steady customer show {customer_id} --full prints whole messages"
        )


def _print_actions(actions: list[Action], symbol: str) -> None:
    """What the business did (blocks with their references, refunds, reports), oldest first."""
    if not actions:
        print("\nNo actions logged.")
        return
    print(f"\n{len(actions)} action(s), oldest first:")
    for action in sorted(actions, key=lambda a: (a.occurred_at, a.id)):
        facts = [action_title(action)]
        if action.reference:
            facts.append(f"reference {action.reference}")
        if action.amount is not None:
            facts.append(money_text(action.amount, symbol))
        if action.by:
            facts.append(f"by {action.by}")
        print(f"  {show_local(action.occurred_at, with_zone=True)}  " + " · ".join(facts))
        note = action_note(action)
        if note:
            print(f"    {note}")
