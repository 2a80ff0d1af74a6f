"""Whose words a packet puts in quotation marks: only the customer's own writing. A note someone
at the business wrote down (a voicemail on "other", a call, a message passed on) is printed as
that person's note in every section, the narrative, the letter and the bundle's contacts file;
the signs quote the customer's words or name the note or summary for what it is."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions, assemble_packet
from app.packets.bundle_files import contacts_csv
from app.packets.data import PacketKind, Redaction
from app.packets.making import make_packet
from app.packets.platform_letters import platform_report
from app.services import Services
from tests.helpers.packet_fixtures import flat, pdf_text

C = Category
VOICEMAIL = "Voicemail left for Sam: he said he will wait outside the shop for Sam after closing."
PASSED_ON = "A neighbour passed on a text from him saying he will post about us everywhere."
CALL = "He called me a useless idiot and said he'd smash the window."
LAWYER = "I will call my lawyer today if you do not answer me."


@dataclass
class Told:
    services: Services
    customer_id: int
    ids: dict[str, int]


def log(services: Services, customer: int, day: int, text: str, **fields: object) -> int:
    return services.contacts.log(
        customer,
        ContactDetails(
            occurred_at=datetime(2026, 9, day, 10, tzinfo=UTC),
            channel=fields.pop("channel", Channel.EMAIL),  # type: ignore[arg-type]
            direction=fields.pop("direction", Direction.INBOUND),  # type: ignore[arg-type]
            text=text,
            **fields,  # type: ignore[arg-type]
        ),
    )


@pytest.fixture
def told(services: Services) -> Told:
    services.settings.update({"business_name": "Larkspur Files", "owner_name": "Jordan Ellis"})
    customer = services.customers.add(Customer(name="Karim Haddad", emails=("k@example.com",)))
    ids = {
        "lawyer": log(
            services,
            customer,
            1,
            LAWYER,
            summary="Arabic email",
            categories=(C.THREAT_LEGAL,),
            severity=4,
        ),
        "voicemail": log(
            services,
            customer,
            4,
            VOICEMAIL,
            channel=Channel.OTHER,
            staff="Sam",
            summary="voicemail",
            categories=(C.THREAT_PHYSICAL,),
            severity=5,
        ),
        "call": log(
            services,
            customer,
            6,
            CALL,
            channel=Channel.PHONE,
            staff="Sam",
            categories=(C.ABUSE, C.THREAT_VANDALISM),
            severity=5,
        ),
        "passed_on": log(
            services,
            customer,
            8,
            PASSED_ON,
            channel=Channel.OTHER,
            categories=(C.THREAT_PUBLIC,),
            severity=3,
        ),
    }
    return Told(services, customer, ids)


def test_a_note_on_other_is_never_quoted_as_the_customers_words(told: Told) -> None:
    legal = make_packet(told.services, told.customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat("\n".join(pdf_text(legal.pdf.data)))
    for note in (VOICEMAIL, PASSED_ON, CALL):
        assert flat(note) in text  # printed, in the log, as the note it is
        assert f"“{note[:20]}" not in text
    assert flat(f"Note by Sam (the staff member's words, not the customer's): {VOICEMAIL}") in text
    assert flat(f"Written down at the business (not the customer's own words): {PASSED_ON}") in text
    worst = text.split("The worst of what the customer wrote", 1)[1]
    worst = worst.split("Reports already made", 1)[0]
    assert flat(LAWYER) in worst
    assert "Voicemail" not in worst and "neighbour" not in worst
    narrative = flat(legal.data.narrative)
    assert "wrote: “Voicemail" not in narrative
    assert (
        "On 4 September 2026, Sam's note of a contact from Karim Haddad reads (in Sam's words, "
        "not Karim Haddad's): Voicemail left for Sam" in narrative
    )
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(contacts_csv(legal.data)[1:]))}
    assert (
        rows[str(told.ids["voicemail"])]["text_is"]
        == "staff note by Sam (not the customer's words)"
    )
    assert rows[str(told.ids["passed_on"])]["text_is"] == (
        "written down at the business (not the customer's words)"
    )
    assert rows[str(told.ids["lawyer"])]["text_is"] == "customer's own words"


def test_a_note_chosen_as_an_example_is_printed_as_the_note_and_kept_out_of_the_letter(
    told: Told,
) -> None:
    chosen = (told.ids["voicemail"], told.ids["lawyer"])
    made = make_packet(
        told.services, told.customer_id, PacketOptions(PacketKind.TERMINATION, example_ids=chosen)
    )
    pages = [flat(page) for page in pdf_text(made.pdf.data)]
    examples = next(
        page for page in pages if "Examples of inappropriate language Chosen by the owner" in page
    )
    assert flat(f"Note by Sam (the staff member's words, not the customer's): {VOICEMAIL}") in (
        examples
    )
    assert made.data.termination is not None
    assert "Voicemail" not in made.data.termination.letter
    steadys = assemble_packet(
        told.services, told.customer_id, PacketOptions(PacketKind.TERMINATION)
    )
    assert told.ids["voicemail"] not in steadys.examples
    assert told.ids["passed_on"] not in steadys.examples


def _signs(pages: list[str]) -> str:
    """The "Other signs in the log" section (not its line in the contents)."""
    text = " ".join(pages[1:])
    return text.split("Other signs in the log", 1)[1].split("Contact volume and escalation", 1)[0]


def test_the_signs_quote_only_the_customers_own_words(told: Told) -> None:
    made = make_packet(told.services, told.customer_id, PacketOptions(PacketKind.TERMINATION))
    signs = _signs([flat(page) for page in pdf_text(made.pdf.data)])
    assert flat(
        f"Threatens vandalism: On Sun 6 Sep 2026: Sam's note of the call: {CALL[:-1]}."
    ) in (signs)
    assert flat(f"Threatens legal action: On Tue 1 Sep 2026: “{LAWYER}”") in signs
    assert flat(f"“{LAWYER}”.") not in signs  # one full stop: the quotation's own
    assert "Threatens physical harm: On Fri 4 Sep 2026: Sam's note: Voicemail left" in signs
    assert "a note written down at the business: A neighbour passed on" in signs
    for not_theirs in ("“He called", "“Voicemail", "“A neighbour", "“Arabic email"):
        assert not_theirs not in signs


ADDRESS = (
    "I know your manager goes home every night to her house at 12 Elm Street, Portmere and "
    "I will be there"
)


@pytest.mark.parametrize("for_contact", [False, True], ids=["everywhere", "this-contact"])
def test_a_redacted_address_is_never_half_printed_by_a_shortened_quote(
    told: Told, for_contact: bool
) -> None:

    services, customer = told.services, told.customer_id
    threat = log(services, customer, 10, ADDRESS, categories=(C.THREAT_PHYSICAL,), severity=5)
    # The name straddles the 70 characters a sign quotes.
    named = log(
        services,
        customer,
        11,
        "Everyone in this town will hear what I think of your assistant Alice Brown and her lies",
        categories=(C.HARASSING_OTHERS,),
        severity=4,
    )
    rules = (
        Redaction("12 Elm Street", threat if for_contact else None),
        Redaction("Alice Brown", named if for_contact else None),
    )
    made = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION, redactions=rules))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    signs = _signs([flat(page) for page in pdf_text(made.pdf.data)])
    assert (
        "Threatens physical harm: Twice, latest on Thu 10 Sep 2026: “I know your manager goes home"
        in signs
    )
    for part in ("Elm", "Stre", "Ali", "Brow"):
        assert part not in text
    assert "[redacted]" in signs


def test_the_signs_count_only_the_contacts_in_the_packet(told: Told) -> None:
    services, customer = told.services, told.customer_id
    posts = [
        log(
            services,
            customer,
            12,
            f"This shop is a scam, post number {n}",
            channel=Channel.SOCIAL,
            url=f"https://x.com/k/status/{n}",
            categories=(C.HARASSMENT_SOCIAL,),
            severity=3,
        )
        for n in range(3)
    ]
    calls = [
        log(services, customer, 13, f"Call {n}: asked again for the refund.", channel=Channel.PHONE)
        for n in range(6)
    ]
    left_out = {posts[0], calls[0], calls[1], told.ids["call"]}
    every = {c.id for c in services.contacts.page_for_customer(customer, 0, 100)}
    made = make_packet(
        services,
        customer,
        PacketOptions(PacketKind.TERMINATION, contact_ids=frozenset(every - left_out)),
    )
    signs = _signs([flat(page) for page in pdf_text(made.pdf.data)])
    assert "Harassment on social networks or review sites: 2 posts on x.com." in signs
    assert "3 posts" not in signs
    assert "6 calls" not in signs  # four calls that day are in the packet: no burst of calls
    assert "Threatens vandalism" not in signs  # the only such call was left out
    assert "Abusive language" not in signs
    every_id = {i for sign in made.data.signs for i in sign.contact_ids}
    assert not every_id & left_out
    # A ground's sentence counts the whole log, and says so.
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert (
        "Abusive once and threatened harm twice. (Counted in the whole log: 1 of these 2 "
        "contacts is in this packet.)" in text
    )


def test_a_corrected_message_is_quoted_as_received_with_the_correction_beside_it(
    told: Told,
) -> None:
    services, customer = told.services, told.customer_id
    lawyer = services.contacts.get(told.ids["lawyer"])
    burn = "You people are pathetic. I will burn your office down tonight."
    services.contacts.correct(
        lawyer.id,
        ContactDetails(
            occurred_at=lawyer.occurred_at,
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=burn,
            categories=lawyer.categories,
            severity=5,
        ),
        "typo in transcription",
    )
    # Hostile: a call note "corrected" into an email, to make it read as the customer's words.
    call = services.contacts.get(told.ids["call"])
    services.contacts.correct(
        call.id,
        ContactDetails(
            occurred_at=call.occurred_at,
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            text=CALL,
            categories=call.categories,
            severity=5,
        ),
        "it was an email",
    )
    legal = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(legal.pdf.data)))
    worst = text.split("The worst of what the customer wrote", 1)[1]
    worst = worst.split("Reports already made", 1)[0]
    assert flat(f"“{LAWYER}”") in worst
    assert "Corrected in Steady on 2026-" in worst
    assert "(reason given: typo in transcription)" in worst
    assert flat(
        f"the correction changed them to (the business's wording, not the customer's): {burn}"
    ) in (worst)
    assert f"“{burn[:20]}" not in text  # the new wording is never quoted as the customer's
    assert f"“{CALL[:20]}" not in text
    narrative = flat(legal.data.narrative)
    assert flat(f"wrote: “{LAWYER}”") in narrative
    assert "typo in transcription" in narrative
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(contacts_csv(legal.data)[1:]))}
    row = rows[str(lawyer.id)]
    assert row["text"] == LAWYER
    assert row["corrected_text"] == burn
    assert "typo in transcription" in row["corrections"]
    termination = make_packet(services, customer, PacketOptions(PacketKind.TERMINATION))
    pages = [flat(page) for page in pdf_text(termination.pdf.data)]
    grounds = " ".join(pages[1:]).split("Grounds to end the relationship", 1)[1]
    grounds = grounds.split("Other signs in the log", 1)[0]
    assert flat(LAWYER) in grounds and "typo in transcription" in grounds
    assert f"“{burn[:20]}" not in " ".join(pages)


def test_only_the_posts_the_owner_flagged_are_called_untrue(told: Told) -> None:
    services, customer = told.services, told.customer_id
    log(
        services,
        customer,
        11,
        "Five stars. Great service, quick refund, thank you Sam!",
        channel=Channel.REVIEW,
        url="https://reviews.example/r/1",
    )
    log(
        services,
        customer,
        12,
        "Larkspur Files are crooks who steal from their customers",
        channel=Channel.SOCIAL,
        url="https://x.com/k/status/9",
        categories=(C.HARASSMENT_SOCIAL,),
        severity=4,
    )
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    posts = text.split("3. Public posts and reviews", 2)[2]
    posts = posts.split("4. Harassment of other customers", 1)[0]
    claimed, others = posts.split("Other public posts and reviews by the customer", 1)
    assert (
        "1 post or review by the customer about Larkspur Files, flagged by the business as "
        "harassment: 1 on X (Twitter), posted 2026-09-12 10:00 UTC+00:00. Each is shown once "
        "here, with where and when it was found." in claimed
    )
    # Harassment is about the posts' number and target: nothing says what they say is untrue.
    assert "untrue" not in posts and "false" not in posts and "defamatory" not in posts
    assert "crooks" in claimed and "Five stars" not in claimed
    assert "Five stars" in others and "The business makes no claim about them." in others
    assert "untrue" not in others
    review, flagged = sorted(made.data.public_posts, key=lambda post: post.flagged)
    assert "false statements" not in platform_report(made.data, review)
    assert "false statements" not in platform_report(made.data, flagged)
    assert "Report to X (Twitter): harassment of a business" in platform_report(made.data, flagged)


def test_a_call_note_flagged_with_a_posts_address_is_not_printed_as_the_post(told: Told) -> None:
    services, customer = told.services, told.customer_id
    said = "Caller says he has put up a post calling us thieves and will post more."
    log(
        services,
        customer,
        12,
        said,
        channel=Channel.PHONE,
        staff="Sam",
        url="https://x.com/k/status/7",
        categories=(C.HARASSMENT_SOCIAL,),
        severity=3,
    )
    made = make_packet(services, customer, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    posts = text.split("3. Public posts and reviews", 2)[2]
    posts = posts.split("4. Harassment of other customers", 1)[0]
    assert flat(
        f"Note of the phone call by Sam (the staff member's words, not the customer's): {said}"
    ) in (posts)
    assert f"“{said[:20]}" not in text
    (post,) = made.data.public_posts
    report = platform_report(made.data, post)
    assert "Our note of the post reads:" in report and f"“{said[:20]}" not in report
