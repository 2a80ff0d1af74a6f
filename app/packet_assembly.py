"""Gathering a packet's contents from the log: contacts, evidence, standing, integrity.

The standing parts (assessment, actions, agreements) come from a StandingSource: by default
the live assessment, action log and policies (`LiveStanding`). `ContactsOnlyStanding` derives
what the log alone can show, for a packet made without them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from email import policy
from email.parser import BytesParser
from typing import Protocol
from urllib.parse import urlsplit

from app.assessment import month_key, months_between
from app.clock import zone_label
from app.domain import Attachment, Category, Channel, Contact, Direction
from app.errors import InvalidInputError, SteadyError
from app.importing.post_details import platform_from_url
from app.packet_data import (
    REDACTED,
    AppliedRedaction,
    BusinessProfile,
    CostLine,
    EmailView,
    Exhibit,
    Integrity,
    PacketContact,
    PacketCustomer,
    PacketData,
    PacketKind,
    PolicyBreach,
    PublicPost,
    Redaction,
    SeverityPoint,
    TerminationTerms,
    ThreatGroup,
    WarningGiven,
)
from app.packet_drafts import draft_narrative, draft_termination_letter
from app.packet_log import ActionPacketLogger, PacketLogger
from app.services import Services
from app.standing import (
    Action,
    ActionKind,
    Agreement,
    Assessment,
    CustomerCost,
    Escalation,
    Ground,
    MonthVolume,
    PolicyVersion,
    Sign,
)
from app.standing_for_packets import LiveStanding

PAGE = 500
EXAMPLES_FIRST, EXAMPLES_RECENT, EXAMPLES_SEVERE = 1, 3, 3
_WARNING_WORDS = re.compile(
    r"\b(warn(ing|ed)?|final notice|if this (continues|happens again)|will (close|end) "
    r"your account|last chance)\b",
    re.IGNORECASE,
)

Progress = Callable[[int, int, str], None]  # done, total, what is happening


class Cancelled(SteadyError):
    def __init__(self) -> None:
        super().__init__("The packet was cancelled; nothing was saved.")


class StandingSource(Protocol):
    """Where a customer stands; the real one is the assessment with the actions and policies."""

    def assess(self, customer_id: int) -> Assessment | None: ...
    def actions(self, customer_id: int) -> list[Action]: ...
    def agreements(self, customer_id: int) -> list[tuple[Agreement, PolicyVersion]]: ...


@dataclass(frozen=True)
class PacketOptions:
    kind: PacketKind
    date_from: date | None = None  # inclusive, the owner's local dates
    date_to: date | None = None
    contact_ids: frozenset[int] | None = None  # None: every contact in the period
    example_ids: tuple[int, ...] | None = None  # None: the default choice
    letter: str | None = None  # None: Steady's draft
    narrative: str | None = None  # None: Steady's draft
    closed_as_of: date | None = None  # None: the day the packet is made
    refund: Decimal | None = None  # None: nothing refunded
    purpose: str = ""
    contact_person: str = ""
    redactions: tuple[Redaction, ...] = ()
    number: str | None = None  # None: the next number for this customer


# --- what the log alone can tell -------------------------------------------------------------


class ContactsOnlyStanding:
    """Signs, grounds, volume and cost read from the contacts alone (no assessment yet)."""

    def __init__(self, services: Services, logger: PacketLogger | None = None) -> None:
        self._services = services
        self._logger = logger or ActionPacketLogger(services)

    def assess(self, customer_id: int) -> Assessment | None:
        contacts = all_contacts(self._services, customer_id)
        if not contacts:
            return None
        inbound = [c for c in contacts if c.direction is Direction.INBOUND]
        by_category: dict[Category, list[int]] = {}
        for contact in inbound:
            for category in contact.categories:
                by_category.setdefault(category, []).append(contact.id)
        signs = tuple(
            Sign(category.value, category.label, f"{len(ids)} contact(s)", tuple(ids))
            for category, ids in by_category.items()
        )
        abuse = [c.id for c in inbound if Category.ABUSE in c.categories or c.severity >= 4]
        threats = [c.id for c in inbound if any(k.is_threat for k in c.categories)]
        warned = [c for c in contacts if _is_warning(c)]
        after = (
            [c.id for c in inbound if c.occurred_at > warned[0].occurred_at and c.severity >= 3]
            if warned
            else []
        )
        grounds = (
            Ground(
                "abuse-or-unsafe",
                "Verbal abuse or making staff feel unsafe",
                bool(abuse),
                f"{len(abuse)} abusive contact(s)" if abuse else "No abusive contact logged",
                tuple(abuse),
            ),
            Ground(
                "threats",
                "Threats to staff or the business",
                bool(threats),
                f"{len(threats)} threatening contact(s)" if threats else "No threat logged",
                tuple(threats),
            ),
            Ground(
                "no-change-after-warning",
                "Bad behaviour continued after a warning",
                bool(after),
                (
                    f"Warned on {warned[0].occurred_at.astimezone():%Y-%m-%d}; "
                    f"{len(after)} hostile contact(s) since"
                )
                if warned
                else "No warning logged",
                tuple(after),
            ),
        )
        return Assessment(
            customer_id=customer_id,
            signs=signs,
            grounds=grounds,
            escalation=_escalation(inbound, self._services.clock()),
            cost=self._cost(customer_id, contacts),
            next_steps=(),
            risk=min(100, 20 * len(by_category) + 10 * len(threats)),
            monthly=monthly_volume(self._services, customer_id, contacts),
        )

    def _cost(self, customer_id: int, contacts: list[Contact]) -> CustomerCost:
        settings = self._services.settings
        customer = self._services.customers.get(customer_id)
        minutes = sum(c.minutes for c in contacts)
        inbound = sum(1 for c in contacts if c.direction is Direction.INBOUND)
        days = (contacts[-1].occurred_at.date() - contacts[0].occurred_at.date()).days + 1
        cost = (settings.hourly_rate * minutes / 60).quantize(Decimal("0.01"))
        return CustomerCost(
            minutes=minutes,
            hourly_rate=settings.hourly_rate,
            cost=cost,
            paid=customer.amount_paid,
            currency_symbol=settings.currency_symbol,
            inbound_messages=inbound,
            days=days,
            messages_per_day=inbound / days,
        )

    def actions(self, customer_id: int) -> list[Action]:
        return self._logger.history(customer_id)

    def agreements(self, customer_id: int) -> list[tuple[Agreement, PolicyVersion]]:
        return []


def _escalation(inbound: list[Contact], now: datetime) -> Escalation:
    cut = now - timedelta(days=30)
    recent = [c for c in inbound if c.occurred_at >= cut]
    before = [c for c in inbound if c.occurred_at < cut]
    span = max(1.0, (cut - before[0].occurred_at).days / 7) if before else 1.0

    def mean(items: list[Contact]) -> float:
        return sum(c.severity for c in items) / len(items) if items else 0.0

    worsening = mean(recent) > mean(before) or len(recent) / 4.3 > len(before) / span
    return Escalation(
        worsening=bool(recent) and worsening,
        reason="Contacts in the last 30 days compared with before",
        recent_per_week=len(recent) / 4.3,
        before_per_week=len(before) / span,
        recent_mean_severity=mean(recent),
        before_mean_severity=mean(before),
    )


def _is_warning(contact: Contact) -> bool:
    return contact.direction is Direction.OUTBOUND and bool(
        _WARNING_WORDS.search(f"{contact.summary}\n{contact.text}")
    )


def monthly_volume(
    services: Services, customer_id: int, contacts: list[Contact]
) -> tuple[MonthVolume, ...]:
    """This customer's contacts per month beside the average over every customer in the book."""
    if not contacts:
        return ()
    mine = Counter(month_key(c.occurred_at) for c in contacts)
    everyone: Counter[str] = Counter()
    customers = services.customers.page(0, max(1, services.customers.count()))
    for summary in customers:
        for contact in all_contacts(services, summary.id):
            everyone[month_key(contact.occurred_at)] += 1
    months = months_between(min(mine), max(mine))
    count = max(1, len(customers))
    return tuple(MonthVolume(m, mine.get(m, 0), everyone.get(m, 0) / count) for m in months)


# --- reading the log -----------------------------------------------------------------------


def all_contacts(services: Services, customer_id: int) -> list[Contact]:
    """The whole log, oldest first."""
    contacts: list[Contact] = []
    while True:
        page = services.contacts.page_for_customer(customer_id, len(contacts), PAGE)
        contacts.extend(page)
        if len(page) < PAGE:
            break
    contacts.reverse()
    return contacts


def in_period(contacts: Iterable[Contact], start: date | None, end: date | None) -> list[Contact]:
    low = datetime.combine(start, time.min).astimezone() if start else None
    high = datetime.combine(end + timedelta(days=1), time.min).astimezone() if end else None
    return [
        c
        for c in contacts
        if (low is None or c.occurred_at >= low) and (high is None or c.occurred_at < high)
    ]


def default_examples(contacts: list[Contact]) -> tuple[int, ...]:
    """The first, the three most recent and the three most severe of the customer's own words."""
    candidates = [
        c
        for c in contacts
        if c.direction is Direction.INBOUND and c.text.strip() and (c.categories or c.severity >= 3)
    ] or [c for c in contacts if c.direction is Direction.INBOUND and c.text.strip()]
    if not candidates:
        return ()
    chosen = candidates[:EXAMPLES_FIRST] + candidates[-EXAMPLES_RECENT:]
    by_severity = sorted(candidates, key=lambda c: (-c.severity, -c.occurred_at.timestamp()))
    chosen += by_severity[:EXAMPLES_SEVERE]
    order = {c.id: c.occurred_at for c in chosen}
    return tuple(sorted(order, key=lambda i: (order[i], i)))


def platform_of(url: str) -> str:
    """The platform's name when Steady knows it, else the web address's host."""
    return platform_from_url(url) or (urlsplit(url.strip()).hostname or "").lower().removeprefix(
        "www."
    )


def _public_post(
    services: Services, c: PacketContact, handles: tuple[str, ...], exhibits: list[Exhibit]
) -> PublicPost:
    """A post as printed: the details the owner recorded for its screenshot come first."""
    known = services.imports.posts.get(c.id)
    url = (known.url if known and known.url else "") or c.url
    platform = (known.platform if known and known.platform else "") or (
        platform_of(url) if url else c.channel.label
    )
    handle = (known.handle if known and known.handle else "") or (
        _handle_for(handles, platform_of(url), url) if url else ""
    )
    captured = min((e.captured_at for e in exhibits if e.contact_id == c.id), default=None)
    return PublicPost(
        contact_id=c.id,
        platform=platform,
        url=url,
        handle=handle,
        captured_at=(known.captured_at if known and known.captured_at else None) or captured,
        occurred_at=(known.posted_at if known and known.posted_at else None) or c.occurred_at,
        text=c.text,
        exhibits=c.exhibits,
    )


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _handle_for(handles: tuple[str, ...], platform: str, url: str) -> str:
    """The customer's handle on that platform, from their "platform: @handle" entries."""
    host_stem = _letters((urlsplit(url).hostname or "").removeprefix("www.").split(".")[0])
    for handle in handles:
        where, _, name = handle.partition(":")
        where_letters = _letters(where)
        if (
            name
            and where_letters
            and (
                where_letters in _letters(platform)
                or _letters(platform) in where_letters
                or (host_stem and host_stem in where_letters)
            )
        ):
            return name.strip()
    path = urlsplit(url).path.strip("/").split("/")
    if path and path[0].startswith("@"):
        return path[0]
    return ""


def email_view(data: bytes) -> EmailView:
    """Every header as it arrived (unfolded, encoded words decoded), then the readable body."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    headers = tuple((name, str(value)) for name, value in message.items())
    body = ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None:
        try:
            body = str(part.get_content())
        except (LookupError, ValueError):
            body = part.get_payload(decode=True).decode("utf-8", "replace")  # type: ignore[union-attr]
        if part.get_content_type() == "text/html":
            body = re.sub(r"<[^>]+>", " ", body)
    return EmailView(headers, body.strip())


def _is_email(attachment: Attachment) -> bool:
    return attachment.mime == "message/rfc822" or attachment.filename.lower().endswith(".eml")


# --- redaction -----------------------------------------------------------------------------


class _Redactor:
    def __init__(self, redactions: tuple[Redaction, ...]) -> None:
        self._rules = [
            (r, re.compile(re.escape(r.text.strip()), re.IGNORECASE))
            for r in redactions
            if r.text.strip()
        ]
        self.counts: Counter[int] = Counter()

    def __call__(self, text: str, contact_id: int | None = None) -> str:
        for index, (rule, pattern) in enumerate(self._rules):
            if rule.contact_id is not None and rule.contact_id != contact_id:
                continue
            text, n = pattern.subn(REDACTED, text)
            self.counts[index] += n
        return text

    def applied(self) -> tuple[AppliedRedaction, ...]:
        return tuple(
            AppliedRedaction(rule, self.counts[index])
            for index, (rule, _) in enumerate(self._rules)
        )


# --- the packet ----------------------------------------------------------------------------


def business_profile(services: Services) -> BusinessProfile:
    settings = services.settings
    logo: bytes | None = None
    logo_ref = settings.text("business_logo").strip()
    if logo_ref:
        try:
            logo = services.store.blobs.get(logo_ref)
        except SteadyError:
            logo = None
    return BusinessProfile(
        name=settings.text("business_name") or "Your business",
        address_lines=tuple(
            line.strip() for line in settings.text("business_address").splitlines() if line.strip()
        ),
        phone=settings.text("business_phone"),
        email=settings.text("business_email"),
        logo=logo,
        owner_name=settings.text("owner_name"),
        signature=settings.text("signature"),
        currency_symbol=settings.currency_symbol,
    )


def next_number(logger: PacketLogger, customer_id: int, kind: PacketKind, day: date) -> str:
    made = sum(1 for a in logger.history(customer_id) if a.kind is ActionKind.PACKET)
    prefix = "T" if kind is PacketKind.TERMINATION else "L"
    return f"{prefix}-{customer_id}-{day:%Y%m%d}-{made + 1}"


@dataclass
class _Tick:
    progress: Progress | None
    cancelled: Callable[[], bool] | None
    total: int
    done: int = 0
    said: list[str] = field(default_factory=list)

    def __call__(self, what: str, steps: int = 1) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done += steps
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, what)


def assemble_packet(
    services: Services,
    customer_id: int,
    options: PacketOptions,
    standing: StandingSource | None = None,
    logger: PacketLogger | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PacketData:
    """Everything the packet will show, read now; the renderer draws it and reads nothing."""
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise InvalidInputError("The period starts after it ends; swap the two dates.")
    logger = logger or ActionPacketLogger(services)
    standing = standing or LiveStanding(services)
    customer = services.customers.get(customer_id)
    everything = all_contacts(services, customer_id)
    chosen = in_period(everything, options.date_from, options.date_to)
    if options.contact_ids is not None:
        chosen = [c for c in chosen if c.id in options.contact_ids]
    if not chosen:
        raise InvalidInputError(
            "There are no contacts to put in the packet: widen the dates or tick some contacts."
        )
    chosen_ids = {c.id for c in chosen}
    tick = _Tick(progress, cancelled, total=len(chosen) + 3)
    redact = _Redactor(options.redactions)
    now = services.clock().astimezone()

    exhibits: list[Exhibit] = []
    contacts: list[PacketContact] = []
    for contact in chosen:
        numbers = []
        for attachment in services.contacts.attachments(contact.id):
            _, blob = services.contacts.attachment_data(attachment.id)
            view = None
            if _is_email(attachment):
                parsed = email_view(blob)
                view = EmailView(
                    tuple((k, redact(v, contact.id)) for k, v in parsed.headers),
                    redact(parsed.body, contact.id),
                )
            exhibits.append(
                Exhibit(
                    number=len(exhibits) + 1,
                    filename=attachment.filename,
                    mime=attachment.mime,
                    size=attachment.size,
                    sha256=attachment.sha256,
                    data=blob,
                    contact_id=contact.id,
                    source=contact.source,
                    captured_at=attachment.added_at,
                    occurred_at=contact.occurred_at,
                    url=contact.details.url,
                    note=attachment.note,
                    email=view,
                )
            )
            numbers.append(len(exhibits))
        details = contact.details
        contacts.append(
            PacketContact(
                id=contact.id,
                occurred_at=contact.occurred_at,
                zone=details.occurred_tz or zone_label(contact.occurred_at),
                channel=contact.channel,
                direction=contact.direction,
                text=redact(contact.text, contact.id),
                summary=redact(contact.summary, contact.id),
                categories=contact.categories,
                severity=contact.severity,
                minutes=contact.minutes,
                url=details.url,
                staff=redact(details.staff, contact.id),
                source=contact.source,
                revision=contact.revision,
                exhibits=tuple(numbers),
                logged_at=contact.created_at,
            )
        )
        tick("Reading the log")

    assessment = standing.assess(customer_id)
    actions = tuple(sorted(standing.actions(customer_id), key=lambda a: a.occurred_at))
    agreements = standing.agreements(customer_id)
    tick("Reading where the customer stands")
    report = services.verify()
    tick("Verifying the log")

    examples = (
        tuple(i for i in options.example_ids if i in chosen_ids)
        if options.example_ids is not None
        else default_examples(chosen)
    )
    inbound = [c for c in contacts if c.direction is Direction.INBOUND]
    threats = _threat_groups(inbound)
    posts = tuple(
        _public_post(services, c, customer.handles, exhibits)
        for c in inbound
        if c.channel in (Channel.SOCIAL, Channel.REVIEW)
        or Category.HARASSMENT_SOCIAL in c.categories
    )
    warnings = tuple(
        WarningGiven(c.occurred_at, redact(c.summary or c.text, c.id), c.id, c.details.staff)
        for c in chosen
        if _is_warning(c)
    ) + tuple(
        WarningGiven(a.occurred_at, redact(a.note or a.reference or "Warning given"), None, a.by)
        for a in actions
        if a.kind is ActionKind.WARNING
    )
    grounds = assessment.grounds if assessment else ()
    grounds = tuple(
        Ground(g.key, g.title, g.met, g.reason, tuple(i for i in g.contact_ids if i in chosen_ids))
        for g in grounds
    )
    breach_ids = tuple(c.id for c in inbound if Category.TOS_VIOLATION in c.categories)
    policies = tuple(
        PolicyBreach(version, agreement, breach_ids) for agreement, version in agreements
    )

    packet_customer = PacketCustomer(
        id=customer_id,
        name=customer.name,
        emails=customer.emails,
        phones=customer.phones,
        handles=customer.handles,
        account_ref=customer.account_ref,
        amount_paid=customer.amount_paid,
        status=customer.status.label,
        first_contact=chosen[0].occurred_at,
        last_contact=chosen[-1].occurred_at,
    )
    business = business_profile(services)
    number = options.number or next_number(logger, customer_id, options.kind, now.date())
    data = PacketData(
        kind=options.kind,
        number=number,
        generated_at=now,
        paper_size=services.settings.text("paper_size"),
        business=business,
        customer=packet_customer,
        period=(chosen[0].occurred_at, chosen[-1].occurred_at),
        contacts=tuple(contacts),
        exhibits=tuple(exhibits),
        integrity=Integrity(
            verified=report.ok,
            entries=report.entries,
            head_hash=report.head_hash,
            records_checked=report.records_checked,
            blobs_checked=report.blobs_checked,
            checked_at=now,
            problems=tuple(report.problems),
        ),
        cost=CostLine(assessment.cost.sentence) if assessment else None,
        grounds=grounds,
        signs=assessment.signs if assessment else (),
        threats=threats,
        public_posts=posts,
        harassment_of_others=tuple(
            c.id for c in inbound if Category.HARASSING_OTHERS in c.categories
        ),
        examples=examples,
        warnings=warnings,
        policies=policies,
        purpose=options.purpose or _default_purpose(options.kind, business, customer.name),
        contact_person=options.contact_person or _default_contact_person(business),
        actions=actions,
        monthly=assessment.monthly if assessment else (),
        severity=tuple(SeverityPoint(c.occurred_at, c.severity) for c in inbound),
        records_keeper=business.owner_name,
    )
    data = _with_summary(data)
    if options.kind is PacketKind.TERMINATION:
        letter = (
            options.letter
            if options.letter is not None
            else draft_termination_letter(
                data, options.closed_as_of or now.date(), options.refund or Decimal("0")
            )
        )
        data = _replace(
            data,
            termination=TerminationTerms(
                closed_as_of=options.closed_as_of or now.date(),
                refund=options.refund or Decimal("0"),
                letter=redact(letter),
            ),
        )
    else:
        narrative = options.narrative if options.narrative is not None else draft_narrative(data)
        data = _replace(data, narrative=redact(narrative))
    return _replace(data, redactions=redact.applied())


def _replace(data: PacketData, **changes: object) -> PacketData:
    return replace(data, **changes)  # type: ignore[arg-type]


def _threat_groups(inbound: list[PacketContact]) -> tuple[ThreatGroup, ...]:
    groups: dict[Category, list[int]] = {}
    for contact in inbound:
        for category in contact.categories:
            if category.is_threat or category is Category.HARASSMENT_SOCIAL:
                groups.setdefault(category, []).append(contact.id)
    order = list(Category)
    return tuple(
        ThreatGroup(category, tuple(ids))
        for category, ids in sorted(groups.items(), key=lambda item: order.index(item[0]))
    )


def _default_purpose(kind: PacketKind, business: BusinessProfile, name: str) -> str:
    if kind is PacketKind.TERMINATION:
        return (
            f"This packet records why {business.name} is ending its relationship with {name}, "
            "for the business's leadership and the customer file."
        )
    return (
        f"{business.name} asks for advice and, where appropriate, action about the conduct of "
        f"{name}, set out below from the records the business kept at the time."
    )


def _default_contact_person(business: BusinessProfile) -> str:
    parts = [business.owner_name, business.name, business.phone, business.email]
    return ", ".join(p for p in parts if p)


def _with_summary(data: PacketData) -> PacketData:
    contacts = data.contacts
    inbound = sum(1 for c in contacts if c.direction is Direction.INBOUND)
    first, last = data.period
    lines = [
        f"{data.customer.name} contacted {data.business.name} {inbound} times between "
        f"{_day(first)} and {_day(last)}; the log below holds {len(contacts)} contacts "
        f"({len(contacts) - inbound} of them the business's own replies) and "
        f"{len(data.exhibits)} exhibits."
    ]
    met = [g for g in data.grounds if g.met]
    if data.grounds:
        lines.append(
            f"{len(met)} of the {len(data.grounds)} grounds to end the relationship are met"
            + (": " + "; ".join(g.title.lower() for g in met) + "." if met else ".")
        )
    if data.threats:
        lines.append(
            "Threats and harassment logged: "
            + "; ".join(f"{t.title.lower()} ({len(t.contact_ids)})" for t in data.threats)
            + "."
        )
    if data.public_posts:
        lines.append(f"{len(data.public_posts)} public post(s) or review(s) by the customer.")
    if data.cost is not None:
        lines.append(f"What the customer has cost: {data.cost.sentence}.")
    return _replace(data, summary=tuple(lines))


def _day(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d}" if moment else "—"
