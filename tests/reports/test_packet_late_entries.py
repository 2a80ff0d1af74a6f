"""A warning, a policy's wording and a customer's agreement typed into Steady weeks after the
date they carry are printed with the day they were entered, as late contacts are: the other
side's lawyer, shown the database, must find nothing the packet kept quiet. A termination ground
resting on such a warning says so in its own line."""

from __future__ import annotations

from datetime import UTC, datetime

from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound
from tests.helpers.packet_fixtures import flat, pdf_text

ENTERED = "(entered into Steady on 2026-11-27)"


def _log(services: Services, clock: FakeClock) -> int:
    """Threats logged as they came in, on 2 and 3 October; then, on 27 November, a warning
    dated 1 October, terms dated 1 January and an agreement dated 1 February (no file)."""
    customer = services.customers.add(Customer(name="Carl Crank", emails=("carl@example.com",)))
    for day, words in ((2, "I know where you live, I will burn your shop down."), (3, "Pay up.")):
        clock.now = datetime(2026, 10, day, 11, 5, tzinfo=UTC)
        services.contacts.log(
            customer,
            inbound(
                words,
                datetime(2026, 10, day, 11, tzinfo=UTC),
                categories=(Category.THREAT_VANDALISM,),
                severity=5,
            ),
        )
    clock.now = datetime(2026, 11, 27, 16, tzinfo=UTC)
    services.actions.log(
        customer,
        ActionKind.WARNING,
        occurred_at=datetime(2026, 10, 1, 12, tzinfo=UTC),
        note="Warned by email that abuse ends the account",
    )
    services.actions.log(customer, ActionKind.BLOCK_EMAIL, note="Blocked today")
    terms = services.policies.add_policy("Terms of service")
    version = services.policies.add_version(
        terms, "3. Threats end the account.", datetime(2026, 1, 1, tzinfo=UTC)
    )
    services.policies.record_agreement(
        customer, version, datetime(2026, 2, 1, tzinfo=UTC), "checkbox at checkout"
    )
    services.policies.tag_contact(1, version, "3")
    return customer


def _text(services: Services, customer: int, kind: PacketKind) -> str:
    made = make_packet(services, customer, PacketOptions(kind))
    return flat(" ".join(pdf_text(made.pdf.data)))


def test_a_back_dated_warning_is_printed_with_the_day_it_was_entered(
    services: Services, clock: FakeClock
) -> None:
    customer = _log(services, clock)
    text = _text(services, customer, PacketKind.TERMINATION)
    ground = text[text.rindex("Bad behaviour continued after a warning — MET") :]
    assert ground.startswith(
        "Bad behaviour continued after a warning — MET Warned on Thu 1 Oct 2026; 2 difficult "
        "contacts since. The warning dated 2026-10-01 was entered into Steady on 2026-11-27, "
        "57 days later, after the contacts counted here happened; it is recorded as an action, "
        "not as a logged message to the customer."
    )
    warnings = text[text.rindex("Warnings given") : text.rindex("Actions taken")]
    assert f"{ENTERED} Warned by email that abuse ends the account" in warnings
    actions = text[text.rindex("Actions taken") : text.rindex("Policies broken")]
    # The warning carries the day it was entered; the block, logged the day it was done, not.
    assert actions.count("entered into Steady") == 1
    assert actions.index(ENTERED) < actions.index("Warning sent") < actions.index("Blocked")


def test_terms_and_an_agreement_entered_late_say_so_and_a_missing_file_is_named(
    services: Services, clock: FakeClock
) -> None:
    customer = _log(services, clock)
    text = _text(services, customer, PacketKind.TERMINATION)
    policy = text[text.rindex("Terms of service, version 1") :]
    assert f"In force from 2026-01-01 {ENTERED}" in policy
    assert f"checkbox at checkout {ENTERED}" in policy
    assert (
        "Evidence of agreement none held in Steady: no file (signed terms, a screenshot) backs this record"
        in policy
    )


def test_an_agreement_with_its_file_and_timely_records_carry_no_such_words(
    services: Services, clock: FakeClock
) -> None:
    customer = services.customers.add(Customer(name="Dana Doe"))
    clock.now = datetime(2026, 10, 2, 11, 5, tzinfo=UTC)
    services.contacts.log(
        customer, inbound("You crooks.", datetime(2026, 10, 2, 11, tzinfo=UTC), severity=4)
    )
    terms = services.policies.add_policy("Terms of service")
    version = services.policies.add_version(terms, "3. Be civil.", clock.now)
    services.policies.record_agreement(
        customer,
        version,
        clock.now,
        "signed contract",
        [NewAttachment("signed.txt", b"signed\n", "text/plain")],
    )
    services.policies.tag_contact(1, version, "3")
    services.actions.log(customer, ActionKind.WARNING, note="Warned by phone")
    text = _text(services, customer, PacketKind.TERMINATION)
    assert "entered into Steady" not in text and "Evidence of agreement" not in text


def test_the_legal_packet_prints_the_day_an_action_was_entered(
    services: Services, clock: FakeClock
) -> None:
    customer = _log(services, clock)
    text = _text(services, customer, PacketKind.LEGAL)
    actions = text[text.rindex("Actions taken") :]
    assert actions.index(ENTERED) < actions.index("Warning sent")


def _threat(services: Services, clock: FakeClock, customer: int, day: int, words: str) -> None:
    """A threat logged as it came in, five minutes after."""
    clock.now = datetime(2026, 10, day, 11, 5, tzinfo=UTC)
    services.contacts.log(
        customer,
        inbound(
            words,
            datetime(2026, 10, day, 11, tzinfo=UTC),
            categories=(Category.THREAT_VANDALISM,),
            severity=5,
        ),
    )


def _warning_ground(text: str) -> str:
    ground = text[text.rindex("Bad behaviour continued after a warning — MET") :]
    return ground[: ground.index("When Contact")]


def test_a_late_warning_says_how_many_of_the_counted_contacts_came_before_it_was_entered(
    services: Services, clock: FakeClock
) -> None:
    """A threat on 5 Oct; on 10 Oct the owner records a phone warning of 1 Oct; two more threats
    come in on 20 and 25 Oct. Only the first happened before the warning was entered."""
    customer = services.customers.add(Customer(name="Carl Crank"))
    _threat(services, clock, customer, 5, "I will burn your shop down.")
    clock.now = datetime(2026, 10, 10, 9, tzinfo=UTC)
    services.actions.log(
        customer,
        ActionKind.WARNING,
        occurred_at=datetime(2026, 10, 1, 12, tzinfo=UTC),
        note="Warned by phone",
    )
    _threat(services, clock, customer, 20, "You will regret it.")
    _threat(services, clock, customer, 25, "Pay up or else.")
    clock.now = datetime(2026, 11, 27, 16, tzinfo=UTC)
    ground = _warning_ground(_text(services, customer, PacketKind.TERMINATION))
    assert ground == (
        "Bad behaviour continued after a warning — MET Warned on Thu 1 Oct 2026; 3 difficult "
        "contacts since. The warning dated 2026-10-01 was entered into Steady on 2026-10-10, "
        "8 days later, after 1 of the 3 contacts counted here happened; it is recorded as an "
        "action, not as a logged message to the customer. "
    )


def test_the_late_warning_sentence_is_about_the_warning_the_ground_counts_from(
    services: Services, clock: FakeClock
) -> None:
    """The ground counts from a phone warning recorded on the day; an older email of the
    owner's whose words mention a warning, added weeks later, is not the warning it rests on."""
    customer = services.customers.add(Customer(name="Carl Crank"))
    clock.now = datetime(2026, 10, 1, 12, 5, tzinfo=UTC)
    services.actions.log(
        customer,
        ActionKind.WARNING,
        occurred_at=datetime(2026, 10, 1, 12, tzinfo=UTC),
        note="Warned by phone that threats end the account",
    )
    _threat(services, clock, customer, 5, "I will burn your shop down.")
    _threat(services, clock, customer, 20, "You will regret it.")
    clock.now = datetime(2026, 11, 27, 16, tzinfo=UTC)
    services.contacts.log(
        customer,
        ContactDetails(
            occurred_at=datetime(2026, 9, 20, 9, tzinfo=UTC),
            channel=Channel.EMAIL,
            direction=Direction.OUTBOUND,
            text="Hi Carl, a friendly reminder of our warning policy: please keep it civil.",
        ),
    )
    text = _text(services, customer, PacketKind.TERMINATION)
    assert _warning_ground(text) == (
        "Bad behaviour continued after a warning — MET Warned on Thu 1 Oct 2026; 2 difficult "
        "contacts since. "
    )
    assert "was entered into Steady on" not in text
