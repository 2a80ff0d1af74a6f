"""The contacts a packet holds: the whole log read in pages, the period asked for, and the
examples of the customer's language quoted by default.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date

from app.core.clock import in_recorded_zone, shown_time
from app.core.domain import Category, Contact
from app.log.repeats import RepeatGroup, group_repeats
from app.packets.data import worst_first
from app.reply.finishing import SOURCE as CALM_REPLY
from app.reply.readiness import handed_on_summary
from app.services import Services
from app.standing.attribution import is_customers_words

PAGE = 500
EXAMPLES_MOST = 5
EXAMPLES_RULE = (
    "the customer's own written words flagged as abusive language or a threat, or rated "
    "abusive or threatening (severity 4 or 5), the worst first"
)


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
    """The contacts on the days from `start` to `end`, each by the day the packet prints for
    it: the day in the zone it was logged in, whatever this computer's zone (the packet and
    the packet window's counts pick with this one function, so they agree)."""
    first, last = start or date.min, end or date.max
    return [c for c in contacts if first <= printed_day(c) <= last]


def packet_contacts(
    contacts: Iterable[Contact],
    start: date | None,
    end: date | None,
    ticked: Collection[int] | None = None,
) -> list[Contact]:
    """The contacts a packet holds: those of the period, and of them the ticked ones (None:
    all of them). The packet and the packet window's choice of examples pick with this one
    function, so the examples ticked on screen are the ones the packet prints."""
    dated = in_period(contacts, start, end)
    return dated if ticked is None else [c for c in dated if c.id in ticked]


def steady_examples(
    contacts: Iterable[Contact],
    start: date | None,
    end: date | None,
    ticked: Collection[int] | None = None,
) -> tuple[int, ...]:
    """Steady's examples (EXAMPLES_RULE) among the contacts the packet holds."""
    return default_examples(packet_contacts(contacts, start, end, ticked))


def printed_day(contact: Contact) -> date:
    """The day a packet prints for the contact: in the zone it was logged in when one was
    kept, else this computer's."""
    zone = contact.details.occurred_tz
    moment = in_recorded_zone(contact.occurred_at, zone) if zone else contact.occurred_at
    return shown_time(moment).date()


def is_example_worthy(contact: Contact) -> bool:
    """The customer's own written words that crossed a line: abuse, a threat, severity 4+."""
    return is_customers_words(contact.details) and (
        Category.ABUSE in contact.categories
        or any(k.is_threat for k in contact.categories)
        or contact.severity >= 4
    )


def default_examples(
    contacts: list[Contact], groups: Sequence[RepeatGroup] | None = None
) -> tuple[int, ...]:
    """Steady's choice of examples (EXAMPLES_RULE), printed in the order they happened.

    A staff member's note of a call is never among them, and neither is a message that is
    merely repeated or mild: only what the customer wrote that crossed a line, and a message
    sent again and again only once.
    """
    # A message sent again and again is one example: its first copy.
    if groups is None:  # the caller has not grouped them already
        groups = group_repeats(contacts)
    later_copies = {i for group in groups for i in group.ids[1:]}
    candidates = [c for c in contacts if is_example_worthy(c) and c.id not in later_copies]
    ranked = sorted(candidates, key=worst_first)
    chosen = sorted(ranked[:EXAMPLES_MOST], key=lambda c: (c.occurred_at, c.id))
    return tuple(c.id for c in chosen)


def handed_on(contact: Contact) -> str:
    """A contact's summary as a packet or bundle prints it: a calm reply's without the owner's
    coaching (their early start, the tone flags of their draft), which is for their eyes only."""
    if contact.source == CALM_REPLY:
        return handed_on_summary(contact.summary)
    return contact.summary
