"""What an HTML mail showed its reader reaches the legal packet: the threat in the HTML version
beside a polite plain one, and hidden words only ever under the line that says they were
hidden, never printed as the customer's own words to the owner."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.import_fixtures import ANGRY, OWN
from tests.helpers.packet_fixtures import flat, pdf_text


def _mail(path: Path, subject: str, plain: str | None, html: str) -> str:
    message = EmailMessage()
    message["From"] = f"Angry Person <{ANGRY}>"
    message["To"] = OWN
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Nov 2026 10:00:00 +0000"
    message["Message-ID"] = f"<{path.stem}@example.com>"
    if plain is None:
        message.set_content(html, subtype="html")
    else:
        message.set_content(plain)
        message.add_alternative(html, subtype="html")
    path.write_bytes(bytes(message))
    return str(path)


def test_the_legal_packet_prints_the_html_threat_and_labels_hidden_words(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    apology = "I apologise sincerely, I love your shop."
    paths = [
        _mail(
            tmp_path / "alt.eml",
            "Order 1042",
            "Thank you, I will wait patiently for my order.\n",
            "<p>Thank you. <b>I know where you live and I will kill you.</b></p>",
        ),
        _mail(
            tmp_path / "hidden.eml",
            "Sorry",
            None,
            f'<p>You will regret this.</p><p style="color:#fff;font-size:1px">{apology}</p>',
        ),
    ]
    assert len(shop.imports.run(paths).imported) == 2
    made = make_packet(shop, angry_customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "I know where you live and I will kill you." in text
    assert (
        "The HTML version of this mail, which most mail programs show, reads: Thank you. "
        "I know where you live and I will kill you." in text
    )
    # Each time the hidden words are printed, Steady's heading for them comes right before.
    places = [m.start() for m in re.finditer(re.escape(apology), text)]
    assert len(places) >= 2  # the log and the exhibit
    for at in places:
        before = text[max(0, at - 300) : at]
        assert "Text hidden from the reader" in before
        assert "did not see it:" in before or "as its reader saw it." in before


def test_hidden_words_are_never_inside_the_customers_quotation_marks(
    shop: Services, angry_customer_id: int, tmp_path: Path
) -> None:
    # The narrative and the summary quote what the customer wrote to the business: the words
    # the reader saw, never the hidden ones, not even under their own line.
    apology = "I apologise sincerely, I love your shop."
    path = _mail(
        tmp_path / "hidden.eml",
        "Sorry",
        None,
        f'<p>You will regret this.</p><p style="display:none">{apology}</p>',
    )
    assert len(shop.imports.run([path]).imported) == 1
    made = make_packet(shop, angry_customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "“You will regret this.”" in text
    quoted = [part.split("”")[0] for part in text.split("“")[1:]]
    assert not [q for q in quoted if apology in q]
    assert not [q for q in quoted if q.startswith("You will regret") and "hidden" in q]
