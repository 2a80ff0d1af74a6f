"""Inside the customer's quotation marks, only the customer's words, as the other side's lawyer
reads the packet: the owner's message a reply quotes, a text file shown with the mail and a
forwarder's note are said outside them; the chronological log keeps the whole text."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from app.core.domain import Category
from app.importing.batch_report import ImportOptions
from app.packets.assembly import PacketOptions
from app.packets.bundle import build_bundle
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text

AT = datetime(2026, 10, 28, 18, 0, tzinfo=UTC)
OWNER = "anna@halebikes.example"


def _legal(services: Services, customer_id: int) -> str:
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    return flat(" ".join(pdf_text(made.pdf.data)))


def _between(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0]


def _worst(packet: str) -> str:
    return _between(packet, "The worst of what the customer wrote", "Reports already")


def _narrative(packet: str) -> str:
    return _between(packet, "What happened, in our words", "We are asking for advice")


def _quotes(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", text)


def _mail(path: Path, sender: str, subject: str, body: str) -> str:
    path.write_text(
        f"From: {sender}\nTo: {OWNER}\nSubject: {subject}\n"
        "Date: Wed, 28 Oct 2026 18:00:05 +0000\n"
        f"Message-ID: <{path.stem}@mail.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n",
        encoding="utf-8",
    )
    return str(path)


def _import(services: Services, path: str, customer_id: int) -> None:
    services.settings.update({"business_addresses": OWNER, "owner_name": "Anna Hale"})
    report = services.imports.run([path], ImportOptions(customer_id=customer_id))
    assert report.imported, report


def _import_outlook_reply(services: Services, tmp_path: Path, customer_id: int) -> None:
    """Pat's one-line reply above the Outlook-quoted message it answers."""
    path = _mail(tmp_path / "i.eml", "Pat Example <pat@example.com>", "RE: Visit", OUTLOOK_REPLY)
    _import(services, path, customer_id)


OUTLOOK_REPLY = f"""Fine. See you in court then.

-----Original Message-----
From: Anna Hale <{OWNER}>
Sent: Wednesday, November 25, 2026 5:12 PM
To: Pat Example <pat@example.com>
Subject: Your visit today

Mr Marlow, if you come into my shop again shouting at my staff I will call the police, and \
you will regret it. I know where you live and I will send my solicitor's letter there."""


def test_the_owners_message_a_reply_quotes_is_outside_the_customers_quotation_marks(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    _import_outlook_reply(services, tmp_path, customer_id)
    packet = _legal(services, customer_id)
    for part in (_worst(packet), _narrative(packet)):
        assert "“Fine. See you in court then.” [then quotes an earlier message]" in part
        assert not [q for q in _quotes(part) if "Anna Hale" in q or "call the police" in q]
    # The log keeps the whole text as received.
    assert "I will call the police" in _between(
        packet, "Every contact in the period", "Exhibit index"
    )


def test_quoted_lines_between_the_customers_own_are_left_out_where_they_stand(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    body = (
        "Is this how you talk to customers? Read what you wrote:\n\n"
        f"On Wed, 28 Oct 2026 at 17:12, Anna Hale <{OWNER}> wrote:\n"
        "> if you come into my shop again I will smash your till, you will regret it.\n\n"
        "I am forwarding this to trading standards."
    )
    _import(
        services, _mail(tmp_path / "j.eml", "Pat <pat@example.com>", "Re: Visit", body), customer_id
    )
    packet = _legal(services, customer_id)
    worst = _worst(packet)
    assert (
        "“Is this how you talk to customers? Read what you wrote: [...] I am forwarding this to "
        "trading standards.” [where “[...]” stands, it quotes an earlier message]"
    ) in worst
    assert "smash your till" not in worst
    assert "smash your till" not in _narrative(packet)


def test_a_text_file_shown_with_the_mail_is_named_outside_the_quotation_marks(
    services: Services, customer_id: int
) -> None:
    line = "The attached text file “letter_from_us.txt”, shown with the message, reads:"
    letter = "Dear Mr Marlow, You are banned. If you come in again we will sue you."
    text = (
        f"Is this really how you write to customers? My solicitor will read it.\n\n{line}\n{letter}"
    )
    services.contacts.log(
        customer_id,
        inbound(text, AT, categories=(Category.THREAT_LEGAL,), severity=3),
    )
    packet = _legal(services, customer_id)
    for part in (_worst(packet), _narrative(packet)):
        assert "My solicitor will read it.” [with an attached text file]" in part
        assert not [q for q in _quotes(part) if "banned" in q or "sue you" in q]


FORWARD = """Anna, this came in to the workshop address on Monday, thought you should see it.

---------- Forwarded message ---------
From: Pat Example <pat@example.com>
Date: Mon, 23 Nov 2026 at 22:14
Subject: You will pay
To: <workshop@halebikes.example>


I know where you live. I will burn your shop down tonight."""


def test_a_forwarders_note_is_not_quoted_as_the_customers_and_the_forwarder_is_named(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    path = _mail(
        tmp_path / "k.eml", "Tom Reed <tom@halebikes.example>", "Fwd: You will pay", FORWARD
    )
    _import(services, path, customer_id)
    packet = _legal(services, customer_id)
    worst = _worst(packet)
    assert "“I know where you live. I will burn your shop down tonight.”" in worst
    assert "forwarded by Tom Reed" in worst
    for part in (worst, _narrative(packet)):
        assert not [q for q in _quotes(part) if "Anna, this came in" in q or "From:" in q]


def test_the_bundle_says_which_words_of_a_reply_are_the_customers_own(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    _import_outlook_reply(services, tmp_path, customer_id)
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    archive = zipfile.ZipFile(io.BytesIO(build_bundle(made.data, made.pdf.data, "p.pdf")))
    (record,) = json.loads(archive.read("contacts.json"))["contacts"]
    assert record["text_is"] != "customer's own words"
    assert "customers_words" in record["text_is"]
    assert record["customers_words"] == "Fine. See you in court then."
    assert "I will call the police" in record["text"]  # the exact text stays whole


def test_an_example_of_the_customers_language_is_their_words_not_the_message_they_quote(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    _import_outlook_reply(services, tmp_path, customer_id)
    made = make_packet(services, customer_id, PacketOptions(PacketKind.TERMINATION))
    packet = flat(" ".join(pdf_text(made.pdf.data)))
    examples = packet.rsplit("Examples of inappropriate language", 1)[1]
    examples = examples.split("Warnings given", 1)[0]
    assert "Fine. See you in court then." in examples
    assert "[then quotes an earlier message]" in examples
    assert "call the police" not in examples and "Anna Hale" not in examples
