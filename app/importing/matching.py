"""Finding the customer a message belongs to: by email address, or by social handle."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app.core.domain import Direction
from app.core.ports import Store
from app.importing.batch_report import ImportOptions, ItemRef
from app.importing.forwarded_by_us import take_forward
from app.importing.found import FoundMessage

_TOKEN = re.compile(r"[\w.\-]+", re.UNICODE)


def handle_core(handle: str) -> str:
    """ "@Angry_Pat", "x: @angry_pat" or a profile URL -> "angry_pat"."""
    handle = handle.strip()
    if handle.startswith(("http://", "https://")):
        path = [part for part in urlsplit(handle).path.split("/") if part]
        handle = path[0] if path else ""
    handle = handle.split(":")[-1].strip()
    return handle.lstrip("@").lower()


def customer_for_address(store: Store, address: str) -> int | None:
    """The customer with this address; when several share it, the oldest one."""
    if "@" not in address:
        return None
    found = store.imports.customers_with_email(address)
    return found[0] if found else None


def customer_for_handle(store: Store, handle: str) -> int | None:
    core = handle_core(handle)
    if not core:
        return None
    for customer_id, handles in store.imports.customers_with_handle_text(core):
        for written in handles:
            tokens = {token.lstrip("@").lower() for token in _TOKEN.findall(written)}
            tokens |= {handle_core(written)}
            if core in tokens:
                return customer_id
    return None


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split()) != ""


def addressed_to(store: Store, found: FoundMessage, own: set[str]) -> int | None:
    """The customer a mail from an unknown address was sent to, when that tells it is the
    business writing: the sender is nobody in the log, the mail went to a customer's known
    address and not to one of the business's own, and the sender's name is not the customer's
    (a customer writing from a new address and copying their old one stays theirs)."""
    sender = found.sender_address
    if not sender or sender in own or any(r in own for r in found.recipients):
        return None
    if customer_for_address(store, sender) is not None:
        return None
    for address in found.recipients:
        customer_id = customer_for_address(store, address)
        if customer_id is not None:
            name = store.customers.get(customer_id).name
            return None if _same_name(found.sender_name, name) else customer_id
    return None


def direction_of(store: Store, found: FoundMessage, own: set[str]) -> Direction:
    """Who wrote the message: the source says so (a helpdesk row), else the addresses do: from
    one of the business's own addresses, or from an unknown one to a customer's, is outbound.
    The second keeps the shop's own warning, imported before "Your own email addresses" is
    filled in, from being read as the customer's threat. Either is only the sender's claim:
    app/importing/direction.py says when it cannot be believed. A forward by the business is
    the forwarded message's (app/importing/forwarded_by_us.py): `found` becomes it."""
    if found.direction is not None:
        return found.direction
    if take_forward(store, found, own):
        return Direction.INBOUND  # a customer's message the business passed on to itself
    if found.sender_address in own or addressed_to(store, found, own) is not None:
        return Direction.OUTBOUND
    return Direction.INBOUND


def customer_for(
    store: Store,
    ref: ItemRef,
    found: FoundMessage,
    direction: Direction,
    own: set[str],
    options: ImportOptions,
) -> tuple[int | None, str]:
    """The customer, else the key (address or handle) the owner will be asked about."""
    if ref in options.item_customers:
        return options.item_customers[ref], ""
    if options.customer_id is not None and not options.ask_about_senders:
        return options.customer_id, ""
    matched, key = _matched(store, found, direction, own, options)
    if options.customer_id is not None and (matched == options.customer_id or not key):
        # Their own address, or nothing to tell who sent it (a photo, a plain file).
        return options.customer_id, ""
    if matched is None and direction is Direction.INBOUND:
        _hint_own_address(store, found, key, own)
    return matched if options.customer_id is None else None, key


def _hint_own_address(store: Store, found: FoundMessage, key: str, own: set[str]) -> None:
    """An unmatched mail sent to a known customer's address may be the business's own: say so
    with what the owner is told (the message is not logged, so its warnings go nowhere else)."""
    if any(r in own for r in found.recipients):
        return  # sent to the business: not the business writing
    for address in found.recipients:
        customer_id = customer_for_address(store, address)
        if customer_id is not None and key:
            name = store.customers.get(customer_id).name
            hint = (
                f"It was sent to {name} ({address}): if {key} is one of your own addresses, add "
                "it in Settings › Your own email addresses and import again."
            )
            if hint not in found.warnings:
                found.warnings.append(hint)
            return


def sender_customer(
    store: Store, found: FoundMessage, direction: Direction, own: set[str]
) -> int | None:
    """The customer the message's address or handle belongs to, if any."""
    return _matched(store, found, direction, own, ImportOptions())[0]


def _matched(
    store: Store, found: FoundMessage, direction: Direction, own: set[str], options: ImportOptions
) -> tuple[int | None, str]:
    sender = [found.sender_address] if found.sender_address else []
    if direction is Direction.OUTBOUND:
        # A helpdesk row names the customer even on the agent's reply; the business's own
        # copy of a reply sent to the customer in Bcc names them there.
        everyone = [*found.recipients, *found.blind, *sender]
        candidates = [a for a in everyone if a not in own]
    else:
        candidates = sender
    for address in candidates:
        if address in options.assignments:
            return options.assignments[address], address
        customer_id = customer_for_address(store, address)
        if customer_id is not None:
            return customer_id, address
    if found.handle:
        key = handle_core(found.handle)
        if key in options.assignments:
            return options.assignments[key], key
        customer_id = customer_for_handle(store, found.handle)
        if customer_id is not None:
            return customer_id, key
        return None, key
    return None, candidates[0] if candidates else ""
