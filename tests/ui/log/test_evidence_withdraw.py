"""A file added to a saved contact by mistake is withdrawn with a reason: kept byte for byte,
recorded in the ledger, listed as withdrawn in the window, and named in packets, never an
exhibit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app.core.contact_changes import NewAttachment
from app.core.errors import InvalidInputError
from app.packets.assembly import PacketOptions
from app.packets.data import PacketKind
from app.packets.making import make_packet
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.packet_fixtures import flat, pdf_text
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_view import ContactDialog
from ui.shell.reason_dialog import ReasonDialog

REASON = "dropped on the wrong contact"


def _answer(monkeypatch: pytest.MonkeyPatch, reason: str) -> list[str]:
    asked: list[str] = []

    def answer(dialog: ReasonDialog) -> int:
        asked.extend(label.text() for label in dialog.findChildren(QLabel) if label.text())
        dialog.reason.setText(reason)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    return asked


@pytest.fixture
def contact_id(services: Services, customer_id: int) -> int:
    return services.contacts.log(
        customer_id,
        inbound("I know where you live.", datetime(2026, 10, 1, 9, 30, tzinfo=UTC)),
        [NewAttachment("threat-screenshot.txt", b"the threat, as sent\n", "text/plain")],
    )


def test_a_file_dropped_by_mistake_is_withdrawn_kept_and_left_out_of_the_packet(
    qtbot,
    services: Services,
    customer_id: int,
    contact_id: int,
    tmp_path: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = tmp_path / "my-kids-birthday.txt"
    wrong.write_text("family party plans\n")
    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    evidence = dialog.evidence
    assert evidence.withdraw_button.isVisibleTo(dialog)
    evidence.add_paths([str(wrong)])
    assert "can be withdrawn with a reason" in message_boxes.texts("confirm")[0]
    evidence.tree.setCurrentItem(evidence.tree.topLevelItem(1))
    asked = _answer(monkeypatch, f"  {REASON} ")
    evidence.withdraw_selected()

    assert "“my-kids-birthday.txt”" in asked[0]
    rows = evidence.rows()
    assert rows[0][0] == "threat-screenshot.txt" and "withdrawn" not in rows[0][5]
    assert rows[1][0] == "my-kids-birthday.txt"
    assert "withdrawn" in rows[1][5] and rows[1][5].endswith(f": {REASON}")
    assert not evidence.withdraw_button.isEnabled()  # withdrawn once, not twice
    # Kept byte for byte, and the ledger says who withdrew which file and why.
    kept = services.contacts.attachments(contact_id)[1]
    assert services.contacts.attachment_data(kept.id)[1] == b"family party plans\n"
    [entry] = [e for e in services.store.ledger.entries() if e.action == "attachment.withdrawn"]
    assert entry.detail["attachment_id"] == kept.id and entry.detail["reason"] == REASON
    report = services.verify()
    assert report.ok, report.problems

    made = make_packet(services, customer_id, PacketOptions(PacketKind.LEGAL))
    text = flat(" ".join(pdf_text(made.pdf.data)))
    assert "threat-screenshot.txt" in text and "the threat, as sent" in text
    assert "family party plans" not in text
    # Not an exhibit, but named among the corrections: nothing attached goes unseen.
    assert "my-kids-birthday.txt" not in text.split("Corrections: files withdrawn")[0]
    assert f"(reason given: {REASON})" in text


def test_a_withdrawal_needs_a_reason_and_happens_once(services: Services, contact_id: int) -> None:
    [kept] = services.contacts.attachments(contact_id)
    with pytest.raises(InvalidInputError, match="Say why the file is withdrawn"):
        services.contacts.withdraw_file(kept.id, "   ")
    services.contacts.withdraw_file(kept.id, REASON)
    with pytest.raises(InvalidInputError, match=r"threat-screenshot\.txt is already withdrawn"):
        services.contacts.withdraw_file(kept.id, "again")
    assert list(services.contacts.withdrawn_files(contact_id)) == [kept.id]


def test_a_contact_not_saved_yet_has_no_withdraw(
    qtbot, services: Services, customer_id: int, message_boxes: MessageBoxes
) -> None:
    from ui.log.contact_dialog import LogContactDialog

    dialog = LogContactDialog(services, customer_id)
    qtbot.addWidget(dialog)
    assert not dialog.evidence.withdraw_button.isVisibleTo(dialog)
    assert dialog.evidence.remove_button.isVisibleTo(dialog)


def test_a_withdrawn_picture_is_not_counted_among_the_pictures_a_packet_would_print(
    services: Services, customer_id: int
) -> None:
    from app.packets.pictures import pictures_on_file
    from tests.helpers.packet_fixtures import png

    logged = services.contacts.log(
        customer_id,
        inbound("See the screenshots.", datetime(2026, 10, 1, 9, 30, tzinfo=UTC)),
        [
            NewAttachment(f"shot-{n}.png", png(8, 8, colour), "image/png")
            for n, colour in enumerate(("#ff0000", "#00ff00"))
        ],
    )
    wrong = services.contacts.attachments(logged)[1]
    services.contacts.withdraw_file(wrong.id, REASON)
    contact = services.contacts.get(logged)
    assert pictures_on_file(services, [contact]).counts == {logged: 1}
