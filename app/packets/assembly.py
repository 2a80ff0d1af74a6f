"""Gathering a packet's contents from the log: contacts, evidence, standing, integrity.

The standing parts (assessment, actions, agreements) come from a StandingSource: by default
the live assessment, action log and policies (`LiveStanding`). `ContactsOnlyStanding` derives
what the log alone can show, for a packet made without them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from app.core.clock import zone_label
from app.core.domain import Category, Channel, Contact, Direction
from app.core.errors import InvalidInputError, SteadyError
from app.log.customer_history import earlier_details
from app.log.repeats import group_repeats
from app.log.time_stamps import stamp_line
from app.packets.altered import checked_all
from app.packets.changed_outside import Tampered, as_recorded
from app.packets.contact_data import PacketContact
from app.packets.contacts import (
    all_contacts,
    default_examples,
    handed_on,
    in_period,
    packet_contacts,
)
from app.packets.corrections import received
from app.packets.data import (
    Exhibit,
    Integrity,
    PacketCustomer,
    PacketData,
    PacketKind,
    Redaction,
    RepeatedMessage,
    SeverityPoint,
    TerminationTerms,
    WarningGiven,
)
from app.packets.drafts import draft_narrative
from app.packets.exhibits import add_exhibits, public_post
from app.packets.handed_on import ActionPacketLogger, PacketLogger
from app.packets.handing_notes import unrecorded_number
from app.packets.late_entries import grounds_on_late_warnings
from app.packets.letterhead import (
    business_profile,
    default_contact_person,
    default_purpose,
    next_number,
)
from app.packets.live_standing import LiveStanding
from app.packets.logged_zone import as_logged
from app.packets.numbers_used import (
    never_given,
    numbers_used,
    packet_number_notes,
    torn_numbers,
)
from app.packets.packet_signs import packet_grounds, packet_signs
from app.packets.period import monthly_volume, packet_cost, period_facts
from app.packets.pictures import left_out_by_default
from app.packets.policy_breaches import TaggedClause, policy_breaches
from app.packets.redaction import Redactor
from app.packets.renderer import Progress
from app.packets.restored import restore_sentences
from app.packets.standing_from_contacts import is_warning
from app.packets.summary import threat_groups, with_summary
from app.packets.termination_words import draft_termination_letter
from app.packets.withdrawn import kept, withdrawn_lines
from app.packets.withdrawn_files import withdrawn_files
from app.reply.finishing import SOURCE as CALM_REPLY
from app.reply.tone_languages import language_code
from app.services import Services
from app.standing.action_records import Action, ActionKind
from app.standing.records import Agreement, Assessment, PolicyVersion
from app.standing.suggested_severity import severity_suggested
from app.standing.unreviewed import waiting_by_contact


class Cancelled(SteadyError):
    def __init__(self) -> None:
        super().__init__("The packet was cancelled; nothing was saved.")


class StandingSource(Protocol):
    """Where a customer stands; the real one is the assessment with the actions and policies."""

    def assess(self, customer_id: int) -> Assessment | None: ...
    def actions(self, customer_id: int) -> list[Action]: ...
    def agreements(self, customer_id: int) -> list[tuple[Agreement, PolicyVersion]]: ...
    def clause_tags(self, customer_id: int) -> list[TaggedClause]: ...


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
    refund: Decimal | None = None  # None: the refunds logged as actions
    purpose: str = ""
    contact_person: str = ""
    redactions: tuple[Redaction, ...] = ()
    number: str | None = None  # None: the next number for this customer
    paper: str | None = None  # "A4" or "Letter"; None: the paper size in settings
    # True: pictures are listed, not drawn (their words cannot be redacted); None: as in settings.
    leave_pictures_out: bool | None = None
    # The owner's own "Note" entries are not actions taken: printed only when chosen.
    include_notes: bool = False
    # The termination letter's language; None: the language of the owner's replies (Settings).
    language: str | None = None


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
    logged = all_contacts(services, customer_id)
    everything = [as_logged(c) for c in kept(services, logged)]
    dated = in_period(everything, options.date_from, options.date_to)
    chosen = packet_contacts(everything, options.date_from, options.date_to, options.contact_ids)
    if not chosen:
        raise InvalidInputError(
            "There are no contacts to put in the packet: widen the dates or tick some contacts."
        )
    chosen_ids = {c.id for c in chosen}
    tick = _Tick(progress, cancelled, total=len(chosen) + 3)
    # First, so a contact changed outside Steady is printed as Steady recorded it.
    torn = torn_numbers(services.store.path)  # as verify reads them, before it writes any down
    report = services.verify()
    tick("Verifying the log")
    tampered = Tampered.found_by(report)
    marks: dict[int, str] = {}
    if tampered.contacts & chosen_ids:
        recorded = [as_recorded(services, c, tampered) for c in chosen]
        marks = {c.id: mark for c, mark in recorded if mark}
        chosen = [c for c, _ in recorded]
    redact = Redactor(options.redactions)
    now = services.clock().astimezone()

    exhibits: list[Exhibit] = []
    contacts: list[PacketContact] = []
    waiting = waiting_by_contact(
        (s.contact_id, s.category) for s in services.store.imports.waiting_for_customer(customer_id)
    )
    taken_back = withdrawn_files(services, logged)
    doubts = services.store.imports.direction_doubts([c.id for c in chosen])
    for contact in chosen:
        withdrawn = taken_back.by_contact.get(contact.id, frozenset())
        numbers = add_exhibits(services, contact, exhibits, redact, withdrawn)
        details = contact.details
        words = received(services, contact)
        unreviewed = tuple(
            c for c in contact.categories if c in waiting.get(contact.id, frozenset())
        )
        contacts.append(
            PacketContact(
                id=contact.id,
                occurred_at=contact.occurred_at,
                zone=details.occurred_tz or zone_label(contact.occurred_at),
                channel=contact.channel,
                direction=contact.direction,
                text=redact(words.text, contact.id),
                summary=redact(handed_on(contact), contact.id),
                categories=contact.categories,
                severity=contact.severity,
                minutes=contact.minutes,
                url=details.url,
                staff=redact(details.staff, contact.id),
                source=contact.source,
                revision=contact.revision,
                exhibits=numbers,
                logged_at=contact.created_at,
                corrections=words.corrections,
                corrected_text=redact(words.corrected_text, contact.id),
                first_logged_as_written=words.first_logged_as_written,
                first_occurred_at=words.first_occurred_at,
                changes=words.changes,
                moves=words.moves,
                unreviewed=unreviewed,
                severity_suggested=severity_suggested(
                    contact.severity, unreviewed, words.severity_changed
                ),
                changed_outside=marks.get(contact.id, ""),
                files_withdrawn=sum(1 for f in taken_back.files if f.contact_id == contact.id),
                doubt=doubts[contact.id].open if contact.id in doubts else "",
                speaker=redact(doubts[contact.id].speaker, contact.id)
                if contact.id in doubts
                else "",
            )
        )
        tick("Reading the log")

    assessment = standing.assess(customer_id)
    all_actions = standing.actions(customer_id)
    actions = tuple(
        sorted(
            (
                action
                for action in all_actions
                if options.include_notes or action.kind is not ActionKind.NOTE
            ),
            key=lambda a: a.occurred_at,
        )
    )
    agreements = standing.agreements(customer_id)
    tick("Reading where the customer stands")

    repeat_groups = group_repeats(chosen)
    examples = (
        tuple(i for i in options.example_ids if i in chosen_ids)
        if options.example_ids is not None
        else default_examples(chosen, repeat_groups)
    )
    inbound = [c for c in contacts if c.direction is Direction.INBOUND]
    threats = threat_groups(inbound)
    posts = tuple(
        public_post(services, c, customer.handles, exhibits)
        for c in inbound
        # A call or an email flagged as social harassment is not itself a public post.
        if c.channel in (Channel.SOCIAL, Channel.REVIEW)
        or (Category.HARASSMENT_SOCIAL in c.categories and c.url.strip())
    )
    warnings = tuple(
        WarningGiven(
            c.occurred_at, redact(_warning_words(c), c.id), c.id, c.details.staff, c.created_at
        )
        for c in chosen
        if is_warning(c)
    ) + tuple(
        WarningGiven(
            a.occurred_at,
            redact(a.note or a.reference or "Warning given"),
            None,
            a.by,
            a.recorded_at,
        )
        for a in actions
        if a.kind is ActionKind.WARNING
    )
    grounds = grounds_on_late_warnings(
        packet_grounds(assessment.grounds if assessment else (), chosen_ids),
        # The ground may count from a warning outside the packet's period.
        warnings
        + tuple(
            WarningGiven(c.occurred_at, "", c.id, entered_at=c.created_at)
            for c in everything
            if c.id not in chosen_ids and is_warning(c)
        ),
        {c.id: c.occurred_at for c in chosen},
    )
    policies = policy_breaches(
        standing.clause_tags(customer_id), agreements, {c.id: c.occurred_at for c in contacts}
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
        earlier=earlier_details(services.customers.versions(customer_id), customer),
    )
    business = business_profile(services)
    monthly, baseline = monthly_volume(services, customer_id, chosen)
    used = numbers_used(services.store.path)
    number = options.number or never_given(
        next_number(logger, customer_id, options.kind, now.date()), used
    )
    # A reader seeing packet 1, then 3 asks where 2 went: the packet says, once.
    logged_numbers = [a.reference for a in logger.history(customer_id)]
    number_notes = packet_number_notes(
        report.notes, torn, services.store.path, number, logged_numbers, used
    )
    if services.read_only and not options.number:
        number = unrecorded_number(number)  # it cannot be recorded: never the next one's number
    data = PacketData(
        kind=options.kind,
        number=number,
        generated_at=now,
        paper_size=options.paper or services.settings.text("paper_size"),
        business=business,
        customer=packet_customer,
        period=(chosen[0].occurred_at, chosen[-1].occurred_at),
        contacts=tuple(contacts),
        withdrawn=withdrawn_lines(services, logged, redact),
        withdrawn_files=taken_back.files,
        exhibits=tuple(checked_all(exhibits)),
        integrity=Integrity(
            verified=report.ok,
            entries=report.entries,
            head_hash=report.head_hash,
            records_checked=report.records_checked,
            blobs_checked=report.blobs_checked,
            checked_at=now,
            problems=tuple(report.problems),
            time_stamps=tuple(stamp_line(stamp) for stamp in services.time_stamps.all()),
            restores=restore_sentences(services.store.path),
            clock_notes=number_notes,
        ),
        cost=packet_cost(services, customer_id, chosen),
        grounds=grounds,
        signs=packet_signs(
            chosen, contacts, assessment, customer.amount_paid, services.settings.currency_symbol
        ),
        threats=threats,
        public_posts=posts,
        harassment_of_others=tuple(
            c.id for c in inbound if Category.HARASSING_OTHERS in c.categories
        ),
        examples=examples,
        examples_chosen_by="owner" if options.example_ids is not None else "steady",
        warnings=warnings,
        policies=policies,
        purpose=options.purpose or default_purpose(options.kind, business, customer.name),
        contact_person=options.contact_person or default_contact_person(business),
        actions=actions,
        notes_left_out=len(all_actions) - len(actions),
        monthly=monthly,
        baseline=baseline,
        period_facts=period_facts(everything, dated, chosen, options.date_from, options.date_to),
        severity=tuple(
            SeverityPoint(c.occurred_at, c.severity, c.severity_suggested) for c in inbound
        ),
        records_keeper=business.owner_name,
        repeats=tuple(RepeatedMessage(g.ids, g.describe()) for g in repeat_groups),
        pictures_left_out=(
            options.leave_pictures_out
            if options.leave_pictures_out is not None
            else left_out_by_default(services.settings)
        ),
    )
    # Every text the packet prints, the cover and the customer's details included.
    data = with_summary(redact.everywhere(data))
    # The refund the owner typed, else the refunds already logged as actions.
    refund = (
        options.refund
        if options.refund is not None
        else sum(
            (a.amount or Decimal("0") for a in actions if a.kind is ActionKind.REFUND), Decimal("0")
        )
    )
    # Steady drafts from the redacted data: its own sentences and dates ("we will not",
    # "31 May 2026") are never blacked out; the text the owner wrote in their place is.
    if options.kind is PacketKind.TERMINATION:
        # The customer reads the letter in the language the owner writes replies in, as the
        # letters to platforms are.
        language = options.language or language_code(services.settings.text("reply_language"))
        closed_as_of = options.closed_as_of or now.date()
        letter = (
            redact(options.letter)
            if options.letter is not None
            else draft_termination_letter(data, closed_as_of, refund, language)
        )
        data = replace(
            data,
            termination=TerminationTerms(
                closed_as_of=closed_as_of, refund=refund, letter=letter, language=language
            ),
        )
    else:
        narrative = (
            redact(options.narrative) if options.narrative is not None else draft_narrative(data)
        )
        data = replace(data, narrative=narrative)
    return replace(data, redactions=redact.applied())


def _warning_words(contact: Contact) -> str:
    """A warning as the "Warnings given" table quotes it. A calm reply's summary is Steady's
    note of how it was written, which says nothing of what the customer was warned of: the
    reply's own words are the warning."""
    if contact.source == CALM_REPLY and contact.text.strip():
        return contact.text
    return handed_on(contact) or contact.text
