"""Finding the customer a message belongs to: by email address, or by social handle."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app.core.ports import Store

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
