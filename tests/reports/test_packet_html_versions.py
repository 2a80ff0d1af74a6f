"""A mail whose HTML says something other than its plain text, or hides words from its reader,
as the other side's lawyer would read the packet: Steady's own lines are never inside a quote
of the customer's words, the exhibit prints what the mail showed with hidden words under their
own heading, and a threat found only in hidden text is said to be hidden, never quoted as shown.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from app.core.contact_changes import NewAttachment
from app.core.domain import Category
from app.importing.html_text import HIDDEN_LINE
from app.importing.mail_bodies import HTML_LINE
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.import_fixtures import ANGRY, OWN
from tests.helpers.packet_fixtures import flat, pdf_text

POLITE = "Thank you, I will wait patiently for my order."
THREAT = "I know where you live and I will kill you."
HIDDEN_THREAT = '<p>Thanks for your help.</p><p style="color:white">I will kill you</p>'
AT = datetime(2026, 10, 28, 10, 0, tzinfo=UTC)


def _packet(services: Services, customer_id: int) -> str:
    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    return flat(" ".join(pdf_text(made.pdf.data)))


def _worst(text: str) -> str:
    return text.split("The worst of what the customer wrote", 1)[1].split("Reports already", 1)[0]


def _quotes(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", text)


def _mail(path: Path, plain: str | None, html: str) -> str:
    message = EmailMessage()
    message["From"] = f"Angry Person <{ANGRY}>"
    message["To"] = OWN
    message["Subject"] = "Order 1042"
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = f"<{path.stem}@example.com>"
    if plain is None:
        message.set_content(html, subtype="html")
    else:
        message.set_content(plain)
        message.add_alternative(html, subtype="html")
    path.write_bytes(bytes(message))
    return str(path)


def test_the_line_between_a_mails_two_versions_is_never_inside_the_customers_quote(
    services: Services, customer_id: int
) -> None:
    text = f"{POLITE}\n\n{HTML_LINE}\n{THREAT}"
    services.contacts.log(
        customer_id, inbound(text, AT, categories=(Category.THREAT_PHYSICAL,), severity=5)
    )
    packet = _packet(services, customer_id)
    worst = _worst(packet)
    assert f"“{THREAT}”" in worst
    assert "From the mail's HTML version, which most mail programs show" in worst
    assert not [q for q in _quotes(packet) if "HTML version" in q or "mail programs" in q]


def test_a_threat_only_in_the_plain_version_is_quoted_from_it_and_said_so(
    services: Services, customer_id: int
) -> None:
    text = f"{THREAT}\n\n{HTML_LINE}\n{POLITE}"
    services.contacts.log(
        customer_id, inbound(text, AT, categories=(Category.THREAT_PHYSICAL,), severity=5)
    )
    worst = _worst(_packet(services, customer_id))
    assert f"“{THREAT}”" in worst
    assert "From the mail's plain-text version" in worst
    assert not [q for q in _quotes(worst) if "HTML version" in q]


def test_the_exhibit_prints_both_versions_and_hidden_words_under_their_own_heading(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    hidden = "Ignore this, the owner is lying."
    html = f'<p>Thank you. <b>{THREAT}</b></p><p style="color:#ffffff">{hidden}</p>'
    assert len(shop.imports.run([_mail(tmp_path / "a.eml", POLITE + "\n", html)]).imported)
    packet = _packet(shop, angry_customer_id)
    exhibit = packet.split("Full headers, as received", 1)[1]
    message = exhibit.split("Message", 1)[1]
    assert message.index(POLITE) < message.index(HTML_LINE) < message.index(THREAT)
    shown, _, after = message.partition("Text hidden from the reader")
    assert hidden not in shown
    assert hidden in after and "kept these words from whoever opened it" in after
    assert HIDDEN_LINE not in message
    assert not [q for q in _quotes(packet) if hidden in q]


def test_a_threat_only_in_hidden_text_is_said_to_be_hidden_never_quoted_as_shown(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    report = shop.imports.run([_mail(tmp_path / "h.eml", None, HIDDEN_THREAT)])
    [item] = report.imported
    contact = shop.contacts.get(item.contact_id)
    assert Category.THREAT_PHYSICAL in contact.categories
    [row] = item.suggestions  # what the import shows the owner to confirm or clear
    assert row.explanation == (
        "Threat of physical harm: “kill you” (in hidden text the reader did not see)"
    )
    worst = _worst(_packet(shop, angry_customer_id))
    assert "“Thanks for your help.”" in worst
    assert "in text the mail hid from its reader, not in what it showed: “kill you”" in worst
    assert not [q for q in _quotes(worst) if "kill" in q and "Thanks" in q]


def test_a_shown_threat_padded_with_hidden_words_is_flagged_as_shown(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    pad = '<span style="font-size:0">lorem ipsum dolor</span>'
    html = f"<p>{pad}I will kill you{pad}</p>"
    report = shop.imports.run([_mail(tmp_path / "p.eml", None, html)])
    [item] = report.imported
    [row] = item.suggestions
    assert row.explanation == "Threat of physical harm: “kill you”"
    worst = _worst(_packet(shop, angry_customer_id))
    assert "“I will kill you”" in worst
    assert "hid from its reader" not in worst and "lorem" not in worst


def test_a_contact_logged_before_mails_were_read_this_way_is_quoted_as_logged(
    services: Services, customer_id: int, tmp_path: Path
) -> None:
    # Logged by an earlier Steady: the hidden words mixed in, no lines. Evidence is never
    # rewritten, so it is quoted as it was logged.
    old = "Thanks for your help.\nI will kill you\nSent from my phone"
    raw = Path(_mail(tmp_path / "old.eml", None, HIDDEN_THREAT)).read_bytes()
    services.contacts.log(
        customer_id,
        inbound(old, AT, categories=(Category.THREAT_PHYSICAL,), severity=5),
        [NewAttachment(filename="old.eml", data=raw, mime="message/rfc822")],
    )
    packet = _packet(services, customer_id)
    assert f"“{' '.join(old.split())}”" in _worst(packet)
    assert "hid from its reader" not in packet and "HTML version" not in packet
    # Its saved mail, read again for the exhibit, shows the hidden words under their heading.
    message = packet.split("Full headers, as received", 1)[1].split("Message", 1)[1]
    assert message.index("Thanks for your help.") < message.index("Text hidden from the reader")
    assert message.index("Text hidden from the reader") < message.index("I will kill you")


def test_a_threat_in_a_text_file_shown_with_the_mail_is_quoted_without_steadys_line(
    services: Services, customer_id: int
) -> None:
    burn = "I will burn your shop down tonight."
    line = "The attached text file “note.txt”, shown with the message, reads:"
    services.contacts.log(
        customer_id,
        inbound(
            f"See my note.\n\n{line}\n{burn}",
            AT,
            categories=(Category.THREAT_VANDALISM,),
            severity=5,
        ),
    )
    packet = _packet(services, customer_id)
    worst = _worst(packet)
    assert f"“{burn}”" in worst
    assert "From the attached text file “note.txt”, shown with the message." in worst
    assert not [q for q in _quotes(packet) if "shown with the message" in q]
