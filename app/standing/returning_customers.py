"""A blocked or terminated customer coming back under another name, email or number.

New contacts, new customers and imports are compared with the identifiers of every customer
the business has stopped serving: emails and their domains, phones, social handles, IP
addresses seen in their messages or blocked, and variants of their name. Matches are shown to
the owner with the reasons; nothing is linked until the owner says so (`link`).
"""

from __future__ import annotations

import difflib
import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.core.domain import Customer, CustomerStatus
from app.core.errors import InvalidInputError
from app.core.ports import Store
from app.standing.action_records import ActionKind
from app.standing.reading import show_day
from app.standing.same_person import SamePerson, same_person_as

# Customers whose return the owner wants to know about.
WATCHED = (
    CustomerStatus.WARNED,
    CustomerStatus.BLOCKED,
    CustomerStatus.TERMINATED,
    CustomerStatus.REFERRED_TO_COUNSEL,
    CustomerStatus.REPORTED_TO_POLICE,
)
# Shared mail providers: the same domain there says nothing about who is writing.
PUBLIC_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "hotmail.com",
        "hotmail.co.uk",
        "outlook.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "mail.com",
        "web.de",
        "yandex.com",
        "yandex.ru",
        "zoho.com",
        "fastmail.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "t-online.de",
        "qq.com",
        "163.com",
    ]
)
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_IPV6 = re.compile(r"\b(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}\b", re.IGNORECASE)
# A phone number written in a message: starts with + or 0, at least nine digits in all.
_PHONE = re.compile(r"(?<![\w+])(?:\+|0)\d(?:[ \-.()]{0,2}\d){7,14}(?!\d)")
_LOCAL_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
STRONG, POSSIBLE = "strong", "possible"


@dataclass(frozen=True)
class Match:
    """A known customer the new identity may belong to, and why."""

    customer_id: int
    name: str
    status: CustomerStatus
    reasons: tuple[str, ...]
    strength: str  # "strong" (same email, phone, handle or IP) or "possible" (name, domain)

    @property
    def sentence(self) -> str:
        """The notice for a match not yet linked, in the customer page's words."""
        return (
            f"This may be {self.name} ({self.status.label.lower()}, customer {self.customer_id}) "
            f"coming back: {'; '.join(self.reasons)}."
        )


@dataclass(frozen=True)
class Link:
    id: int
    other_customer_id: int
    reason: str
    linked_at: datetime


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower()).strip()


def name_tokens(name: str) -> list[str]:
    return [t for t in _plain(name).split() if t not in {"mr", "mrs", "ms", "dr", "miss"}]


def names_alike(a: str, b: str) -> bool:
    """Same person written differently: accents, order, initials, small typos."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if sorted(ta) == sorted(tb):
        return True
    # "R. Delacroix" / "Renee Delacroix": same surname, initials agree.
    if len(ta) >= 2 and len(tb) >= 2 and ta[-1] == tb[-1] and ta[0][0] == tb[0][0]:
        return len(ta[-1]) >= 3
    joined_a, joined_b = " ".join(sorted(ta)), " ".join(sorted(tb))
    return min(len(joined_a), len(joined_b)) >= 8 and (
        difflib.SequenceMatcher(None, joined_a, joined_b).ratio() >= 0.88
    )


def phone_key(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    return digits[-9:] if len(digits) >= 7 else ""


def handle_key(handle: str) -> str:
    """`"X: @tmorrow_official"` → `tmorrow_official` (the platform is often written differently)."""
    tail = handle.rsplit(":", 1)[-1] if ":" in handle and "//" not in handle else handle
    tail = tail.rstrip("/").rsplit("/", 1)[-1]
    return _plain(tail.strip().lstrip("@")).replace(" ", "")


def email_parts(email: str) -> tuple[str, str]:
    local, _, domain = email.strip().lower().partition("@")
    return local.split("+", 1)[0].replace(".", ""), domain


def ip_addresses(texts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        for candidate in [*_IPV4.findall(text), *_IPV6.findall(text)]:
            try:
                address = ipaddress.ip_address(candidate)
            except ValueError:
                continue
            # A home network or this machine says nothing about who is writing.
            if not (
                address.is_loopback
                or address.is_link_local
                or address.is_unspecified
                or address.is_multicast
                or any(address in network for network in _LOCAL_NETWORKS)
            ):
                found.add(str(address))
    return found


def phone_numbers(texts: Iterable[str]) -> list[str]:
    """Phone numbers written in messages ("Call me on +44 7700 900123"), as written."""
    found = [match.group().strip() for text in texts for match in _PHONE.finditer(text)]
    return list(dict.fromkeys(found))


def _compare(
    known: Customer,
    known_ips: set[str],
    emails: Iterable[str],
    phones: Iterable[str],
    handles: Iterable[str],
    ips: Iterable[str],
    name: str,
) -> Match | None:
    strong: list[str] = []
    possible: list[str] = []
    known_emails = {email_parts(e): e for e in known.emails}
    known_domains = {d for _, d in known_emails} - PUBLIC_MAIL_DOMAINS
    known_locals = {local for local, _ in known_emails if len(local) >= 5}
    for email in emails:
        local, domain = email_parts(email)
        if (local, domain) in known_emails:
            strong.append(f"same email {email.strip().lower()}")
        elif domain in known_domains:
            possible.append(f"same email domain @{domain}")
        elif local in known_locals:
            possible.append(f"same name before the @ in {email.strip().lower()}")
    known_phones = {phone_key(p) for p in known.phones} - {""}
    strong += [f"same phone {p}" for p in phones if phone_key(p) in known_phones]
    known_handles = {handle_key(h) for h in known.handles} - {""}
    strong += [f"same handle {h}" for h in handles if handle_key(h) in known_handles]
    strong += [f"same IP address {ip}" for ip in ips if ip in known_ips]
    if name and names_alike(name, known.name):
        possible.append(f"name “{name}” is like “{known.name}”")
    reasons = tuple(dict.fromkeys([*strong, *possible]))
    if not reasons:
        return None
    assert known.id is not None
    return Match(known.id, known.name, known.status, reasons, STRONG if strong else POSSIBLE)


class IdentityMatcher:
    def __init__(self, store: Store) -> None:
        self._store = store

    def known_ips(self, customer_id: int) -> set[str]:
        """IP addresses in the customer's messages (mail headers) and in their IP blocks."""
        texts = self._store.standing.contact_texts(customer_id)
        for action in self._store.standing.actions_for(customer_id):
            if action.kind is ActionKind.BLOCK_IP:
                texts += [action.reference, action.note, *action.details.values()]
        return ip_addresses(texts)

    def possible_returning_customers(
        self,
        *,
        emails: Iterable[str] = (),
        phones: Iterable[str] = (),
        handles: Iterable[str] = (),
        ips: Iterable[str] = (),
        name: str = "",
        texts: Iterable[str] = (),
        exclude: int | None = None,
    ) -> list[Match]:
        """Known customers this identity may be, strong matches first. `texts` (a message,
        its headers) are searched for IP addresses too."""
        emails, phones, handles = list(emails), list(phones), list(handles)
        ips = list(dict.fromkeys([*ips, *sorted(ip_addresses(texts))]))
        matches = []
        for known in self._watched():
            if known.id == exclude:
                continue
            assert known.id is not None
            known_ips = self.known_ips(known.id) if ips else set()
            match = _compare(known, known_ips, emails, phones, handles, ips, name)
            if match is not None:
                matches.append(match)
        return sorted(matches, key=lambda m: (m.strength != STRONG, -len(m.reasons), m.name))

    def matches_for_customer(self, customer_id: int) -> list[Match]:
        """Known customers a (new) customer may be, from everything on their record."""
        customer = self._store.customers.get(customer_id)
        if not any(known.id != customer_id for known in self._watched()):
            return []  # nobody to come back as: the customer's whole log need not be read
        texts = self._store.standing.contact_texts(customer_id)
        return self.possible_returning_customers(
            emails=customer.emails,
            # A number the customer gives in a message is theirs as much as one on the record.
            phones=[*customer.phones, *phone_numbers(texts)],
            handles=customer.handles,
            name=customer.name,
            texts=texts,
            exclude=customer_id,
        )

    def _watched(self) -> list[Customer]:
        return list(self._store.standing.customers_with_status(WATCHED))

    def link(self, customer_id: int, known_customer_id: int, reason: str) -> int:
        """The owner confirms that two records are the same person (a ledger entry). The same
        two linked already are refused: a second link would say it twice."""
        if customer_id == known_customer_id:
            raise InvalidInputError("A customer cannot be linked to themselves.")
        with self._store.atomic():
            customer = self._store.customers.get(customer_id)
            known = self._store.customers.get(known_customer_id)
            already = self._link_between(customer_id, known_customer_id)
            if already is not None:
                raise InvalidInputError(
                    f"{customer.name} and {known.name} are already linked as the same person "
                    f"(linked on {show_day(already.linked_at, None)})."
                )
            link_id = self._store.standing.add_link(customer_id, known_customer_id, reason.strip())
            self._store.ledger.record(
                "customer.linked",
                "customer_link",
                link_id,
                {"customer_id": customer_id, "known_customer_id": known_customer_id},
            )
        return link_id

    def _link_between(self, customer_id: int, other_id: int) -> Link | None:
        found = [link for link in self.links(customer_id) if link.other_customer_id == other_id]
        return found[0] if found else None

    def unlink(self, customer_id: int, other_id: int, reason: str) -> None:
        """Withdraw a "same person" link made by mistake. The link stays in the log, marked
        withdrawn with the reason; the assessment no longer uses it."""
        if not reason.strip():
            raise InvalidInputError("Say briefly why the two are not the same person.")
        with self._store.atomic():
            customer = self._store.customers.get(customer_id)
            other = self._store.customers.get(other_id)
            link = self._link_between(customer_id, other_id)
            if link is None:
                raise InvalidInputError(
                    f"{customer.name} and {other.name} are not linked as the same person."
                )
            row_id = self._store.standing.withdraw_link(link.id, reason.strip())
            self._store.ledger.record(
                "customer.unlinked",
                "link_withdrawal",
                row_id,
                {
                    "link_id": link.id,
                    "customer_id": customer_id,
                    "other_customer_id": other_id,
                    "reason": reason.strip(),
                },
            )

    def links(self, customer_id: int) -> list[Link]:
        return [Link(*row) for row in self._store.standing.links_for(customer_id)]

    def unlinked_matches(self, customer_id: int) -> list[Match]:
        """Who the customer may be, leaving out those the owner has linked already."""
        linked = {link.other_customer_id for link in self.links(customer_id)}
        matches = self.matches_for_customer(customer_id)
        return [match for match in matches if match.customer_id not in linked]

    def same_person(self, customer_id: int) -> list[SamePerson]:
        """The linked customers the business warned or stopped serving."""
        return same_person_as(self._store, customer_id)


def possible_returning_customers(
    services: object,
    *,
    emails: Iterable[str] = (),
    phones: Iterable[str] = (),
    handles: Iterable[str] = (),
    ips: Iterable[str] = (),
    name: str = "",
    texts: Iterable[str] = (),
    exclude: int | None = None,
) -> list[Match]:
    """For the importer and the log dialog: `services.identities` does the work."""
    matcher: IdentityMatcher = services.identities  # type: ignore[attr-defined]
    return matcher.possible_returning_customers(
        emails=emails,
        phones=phones,
        handles=handles,
        ips=ips,
        name=name,
        texts=texts,
        exclude=exclude,
    )
