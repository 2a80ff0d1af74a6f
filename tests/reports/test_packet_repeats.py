"""A packet prints the same message sent again and again as one entry: how many times, where
and when, the exhibits of every copy, the words quoted once; each copy keeps its own line,
its own exhibit and its own hash."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from app.core.clock import in_recorded_zone
from app.core.contact_changes import NewAttachment
from app.core.domain import Category, Channel, ContactDetails, Customer, Direction
from app.packets.assembly import PacketOptions
from app.packets.contacts import default_examples
from app.packets.data import PacketKind, Redaction
from app.packets.making import MadePacket, make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text, png
from tests.helpers.standing_fixtures import MadeContact

START = datetime(2026, 6, 10, 12, 57, tzinfo=UTC)
QUESTION = "Why was my account banned by Robin? Unban me immediately or I will tell everyone."
THREAT = QUESTION + " I will find you."


def _post(services: Services, customer_id: int, text: str, at: datetime, n: int) -> int:
    return services.contacts.log(
        customer_id,
        inbound(text, at, channel=Channel.SOCIAL, url=f"https://x.com/pat_rants/status/{n}"),
        [NewAttachment(f"post-{n}.png", png(width=600 + n), "image/png")],
    )


@pytest.fixture
def posts(services: Services) -> tuple[int, list[int], int]:
    customer_id = services.customers.add(Customer(name="Pat Example", handles=("X: @pat_rants",)))
    step = timedelta(minutes=52) / 22
    ids = [
        _post(
            services,
            customer_id,
            QUESTION.replace("immediately", "NOW") if i == 5 else QUESTION,
            START + step * i,
            i,
        )
        for i in range(23)
    ]
    threat = _post(services, customer_id, THREAT, START + timedelta(minutes=20, seconds=30), 99)
    services.contacts.log(
        customer_id,
        ContactDetails(
            occurred_at=START + timedelta(minutes=30),
            channel=Channel.SOCIAL,
            direction=Direction.OUTBOUND,
            text=QUESTION,  # quoting them back is the business's words, not another copy
        ),
    )
    return customer_id, ids, threat


def _packet(services: Services, customer_id: int) -> MadePacket:
    options = PacketOptions(PacketKind.LEGAL, redactions=(Redaction("Robin"),))
    return make_packet(services, customer_id, options)


def test_the_log_and_the_summary_print_one_entry_with_every_exhibit(
    services: Services, posts: tuple[int, list[int], int]
) -> None:
    customer_id, ids, threat = posts
    pages = [flat(t) for t in pdf_text(_packet(services, customer_id).pdf.data)]
    everything = " ".join(pages)
    first, last = START.astimezone(), (START + timedelta(minutes=52)).astimezone()
    line = (
        f"The same message 23 times on X (Twitter) on {first:%a} {first.day} {first:%b %Y} "
        f"between {first:%H:%M} and {last:%H:%M} (Exhibits 1–9, 11–24)"  # Exhibit 10 is the threat
    )
    summary = next(page for page in pages if "Reported by" in page)
    assert line in summary
    start = everything.index("Quoted once")
    log = everything[start : everything.index("Exhibit index", start)]
    assert everything.count(line) == 2  # the summary and the log, once each
    # Each copy keeps its own line with its own exhibit; the threat copy is its own entry.
    for contact_id in ids:
        assert f"#{contact_id} · " in log
    assert "I will find you" in log
    assert f"#{threat} · " in log
    # The words are quoted once, and again only for the copy whose words differ.
    quoted = "Unban me immediately or I will tell everyone"
    # The first copy, the copy that adds a threat, and the business quoting them back.
    assert log.count(quoted) == 3
    assert log.count("Unban me NOW or I will tell everyone") == 1
    # The exhibit index lists all 24 posts, each with its own hash.
    assert "Exhibit 24" in everything
    assert len(set(re.findall(r"\b[0-9a-f]{64}\b", everything))) >= 24
    # The redacted name never shows, in the group's entry or anywhere.
    assert "Robin" not in everything


def test_copies_left_out_of_the_packet_are_not_counted(
    services: Services, posts: tuple[int, list[int], int]
) -> None:
    customer_id, ids, _threat = posts
    options = PacketOptions(PacketKind.LEGAL, contact_ids=frozenset(ids[:4]))
    everything = " ".join(
        flat(t) for t in pdf_text(make_packet(services, customer_id, options).pdf.data)
    )
    assert "The same message 4 times on X (Twitter)" in everything
    assert "23 times" not in everything


def test_an_abusive_message_sent_five_times_is_one_example(make_contact: MadeContact) -> None:
    abuse = "You are useless idiots and a disgrace, every one of you."
    copies = [
        make_contact(START + timedelta(minutes=i), Category.ABUSE, text=abuse, severity=4)
        for i in range(5)
    ]
    other = make_contact(
        START + timedelta(days=2), Category.THREAT_LEGAL, text="I will sue you.", severity=5
    )
    assert default_examples([*copies, other]) == (copies[0].id, other.id)


def test_a_copy_asking_for_another_amount_is_not_the_same_message_in_the_summary(
    services: Services,
) -> None:
    customer_id = services.customers.add(Customer(name="Gus Repeat", emails=("gus@r.example",)))
    asked = "Please refund me 20 dollars for the broken lamp today."
    texts = (asked, asked, asked.replace(".", "!"), asked.replace("20", "2000"))
    ids = [
        services.contacts.log(
            customer_id,
            inbound(text, datetime(2026, 10, 30, 10, n + 1, tzinfo=UTC), channel=Channel.CHAT),
        )
        for n, text in enumerate(texts)
    ]
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    summary = text.split("Summary for the reader", 2)[-1].split("Reports already made", 1)[0]
    assert "The same message 4 times" not in text
    assert (
        f"The same message 3 times in chat on Fri 30 Oct 2026 between 10:01 and 10:03 "
        f"(contacts #{ids[0]}–#{ids[2]})" in summary
    )
    assert "Please refund me 2000 dollars for the broken lamp today." in text
    assert [r.contact_ids for r in made.data.repeats] == [tuple(ids[:3])]


ASKED = "Refund my money today or I come to collect it myself"


def _emails(services: Services, texts: list[str]) -> tuple[int, list[int]]:
    customer_id = services.customers.add(Customer(name="Rex Hostile", emails=("rex@r.example",)))
    at = datetime(2026, 10, 28, 10, 0, tzinfo=UTC)
    ids = [
        services.contacts.log(customer_id, inbound(text, at + timedelta(minutes=7 * n)))
        for n, text in enumerate(texts)
    ]
    return customer_id, ids


def test_a_copy_that_comes_with_a_gun_is_quoted_in_the_summary_not_folded(
    services: Services,
) -> None:
    gun = "Refund my money today or I come with a gun myself"
    customer_id, ids = _emails(services, [ASKED, ASKED, gun, ASKED, ASKED + "!", ASKED])
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    summary = text.split("Summary for the reader", 2)[-1].split("Reports already made", 1)[0]
    assert "The same message 6 times" not in text
    assert "The same message 5 times by email" in summary
    assert gun in summary
    assert [r.contact_ids for r in made.data.repeats] == [tuple(i for i in ids if i != ids[2])]


def test_a_copys_own_words_have_their_own_header_and_the_summary_names_it(
    services: Services,
) -> None:
    shouted = "REFUND my money TODAY or I come to collect it myself!!"
    customer_id, ids = _emails(services, [ASKED, ASKED, shouted, ASKED])
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert [r.contact_ids for r in made.data.repeats] == [tuple(ids)]
    copy = made.data.contact(ids[2])
    assert copy is not None
    clock = f"{in_recorded_zone(copy.occurred_at, copy.zone):%H:%M}"
    summary = text.split("Summary for the reader", 2)[-1].split("Reports already made", 1)[0]
    assert f"The words of #{ids[2]} ({clock}) differ from the first copy's" in summary
    log = text[text.index("Chronological log") :]
    own = log.index(f"#{ids[2]} · {clock} · its own words, which differ from the first copy's")
    # The words follow their own header, after the copy's line and before the next copy's.
    assert log.index(f"#{ids[2]} · ") < own < log.index(shouted) < log.index(f"#{ids[3]} · ")
