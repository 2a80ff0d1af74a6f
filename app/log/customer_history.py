"""What `customer show`, the edit dialog and packets say of a customer's earlier details: a name,
address, number or account the owner has since edited ("Known earlier as …", "Email changed on
… from … to … (reason)"), so a reader learns the customer was not always known by the details
on the cover."""

from __future__ import annotations

from collections.abc import Sequence

from app.core.clock import shown_time
from app.core.customer_versions import CustomerVersion
from app.core.domain import Customer

_LISTS = (("emails", "Email"), ("phones", "Phone"), ("handles", "Social media name"))


def _why(version: CustomerVersion) -> str:
    return f" (reason given: {version.reason})" if version.reason.strip() else ""


def _listed(values: Sequence[str]) -> str:
    return ", ".join(values) if values else "none"


def earlier_details(versions: Sequence[CustomerVersion], current: Customer) -> tuple[str, ...]:
    """One line per change of an identifying detail, oldest first: each version compared with
    the one that replaced it (the last with the customer as saved now)."""
    if not versions:
        return ()
    lines: list[str] = []
    names: list[str] = []
    after = [*(v.customer for v in versions[1:]), current]
    for version, then in zip(versions, after, strict=True):
        before = version.customer
        when = f"{shown_time(version.replaced_at):%Y-%m-%d}"
        if before.name != then.name:
            if before.name not in names:
                names.append(before.name)
            lines.append(
                f"Name changed on {when} from “{before.name}” to “{then.name}”{_why(version)}"
            )
        for field, label in _LISTS:
            old, new = getattr(before, field), getattr(then, field)
            if old != new:
                lines.append(
                    f"{label} changed on {when} from {_listed(old)} to {_listed(new)}"
                    f"{_why(version)}"
                )
        if before.account_ref != then.account_ref:
            lines.append(
                f"Account changed on {when} from {before.account_ref or 'none'} to "
                f"{then.account_ref or 'none'}{_why(version)}"
            )
    names = [name for name in names if name != current.name]
    known = ["Known earlier as " + ", ".join(f"“{name}”" for name in names)] if names else []
    return tuple(known + lines)
