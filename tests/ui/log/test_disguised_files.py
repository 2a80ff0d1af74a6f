"""A customer's file dressed as another: shown by its real name, and never run unasked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.contact_changes import NewAttachment
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.helpers.ui_fixtures import MessageBoxes
from ui.log.contact_view import ContactDialog
from ui.log.evidence_list import is_program

AT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)
RLO = "\u202e"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    paths: list[str] = []
    monkeypatch.setattr(
        "ui.log.evidence_list.QDesktopServices.openUrl",
        lambda url: paths.append(url.toLocalFile()),
    )
    return paths


def _dialog(qtbot, services: Services, customer_id: int, filename: str) -> ContactDialog:  # type: ignore[no-untyped-def]
    contact = services.contacts.log(customer_id, inbound("See the invoice.", AT, summary="Invoice"))
    # As an import before names were cleaned would have stored it.
    services.contacts.attach(
        contact, [NewAttachment(filename=filename, data=b"MZ\x90\x00", mime="application/pdf")]
    )
    dialog = ContactDialog(services, contact)
    qtbot.addWidget(dialog)
    return dialog


def test_an_override_cannot_make_a_program_look_like_a_pdf(
    qtbot, services: Services, customer_id: int, message_boxes: MessageBoxes, opened: list[str]
) -> None:
    dialog = _dialog(qtbot, services, customer_id, f"invoice_{RLO}fdp.exe")
    assert dialog.evidence.rows()[0][0] == "invoice_fdp.exe"
    message_boxes.answer_yes = False
    dialog.evidence.open_selected()
    assert opened == []
    [(kind, title, question)] = message_boxes.shown
    assert kind == "confirm" and title == "Open a program?"
    assert "“invoice_fdp.exe” is a program" in question


def test_a_program_opens_only_when_the_owner_says_so_and_under_its_real_name(
    qtbot, services: Services, customer_id: int, message_boxes: MessageBoxes, opened: list[str]
) -> None:
    dialog = _dialog(qtbot, services, customer_id, f"invoice_{RLO}fdp.exe")
    message_boxes.answer_yes = True
    dialog.evidence.open_selected()
    assert [Path(path).name for path in opened] == ["invoice_fdp.exe"]


def test_a_document_opens_without_a_question(
    qtbot, services: Services, customer_id: int, message_boxes: MessageBoxes, opened: list[str]
) -> None:
    dialog = _dialog(qtbot, services, customer_id, "receipt.pdf")
    dialog.evidence.open_selected()
    assert message_boxes.shown == []
    assert [Path(path).name for path in opened] == ["receipt.pdf"]


@pytest.mark.parametrize(
    ("name", "runs"),
    [
        ("setup.EXE", True),
        ("notes.pdf.js", True),
        ("report.scr. ", True),  # Windows drops trailing dots and spaces
        ("shortcut.lnk", True),
        ("photo.jpg", False),
        ("exe.pdf", False),
        ("contract.docx", False),
    ],
)
def test_which_files_count_as_programs(name: str, runs: bool) -> None:
    assert is_program(name) is runs
