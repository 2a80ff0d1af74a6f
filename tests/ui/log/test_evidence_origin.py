"""A file the owner adds to a logged contact is certified as added by hand, in the packet's
chain of custody, not with the way the contact itself came in."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.core.contact_changes import NewAttachment
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_view import ContactDialog

EMAIL = (
    b"From: pat@example.com\nTo: shop@example.com\nSubject: You thieves\n\nPay me back or else.\n"
)


def test_a_note_added_to_an_imported_email_is_certified_as_added_by_hand(
    qtbot, services: Services, customer_id: int, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    contact_id = services.contacts.log(
        customer_id,
        inbound("Pay me back or else.", datetime(2026, 10, 1, 9, 30, tzinfo=UTC)),
        [NewAttachment("threat.eml", EMAIL, "message/rfc822")],
        source="import:email",
    )
    note = tmp_path / "later-note.txt"
    note.write_text("He called afterwards to say the same.\n")
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.evidence.add_paths([str(note)])

    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "Chain of custody Imported from the email as received: “threat.eml”" in text
    assert (
        "Chain of custody Added by hand after the contact was logged: “later-note.txt”, "
        "stored in Steady on"
    ) in text
    assert "Imported from the email as received: “later-note.txt”" not in text
