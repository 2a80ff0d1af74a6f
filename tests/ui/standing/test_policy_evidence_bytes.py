"""Evidence of an agreement chosen in the policies window is checked by its bytes, as Add
files… checks a contact's: a zip archive holding a program named "signed-contract.pdf" is never
kept as the signed contract it claims to be, and the owner is asked first."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime

from app.services import Services
from ui.standing.policies_dialog import PoliciesDialog

DISGUISED = (
    "signed-contract.pdf is named as a PDF document, but its bytes are a zip archive holding a "
    "program (invoice.exe)."
)


def _forged_contract(folder: Path) -> Path:
    """What a forger hands the owner as the customer's signed terms."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("invoice.exe", b"MZ" + b"\0" * 300)
    path = folder / "signed-contract.pdf"
    path.write_bytes(packed.getvalue())
    return path


def _dialog(qtbot, services: Services, customer_id: int, evidence: Path) -> PoliciesDialog:  # type: ignore[no-untyped-def]
    policy = services.policies.add_policy("Terms of service")
    services.policies.add_version(policy, "6. Downtime earns a credit.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.method_box.setCurrentText("signed contract")
    dialog.evidence_edit.setText(str(evidence))
    dialog.agreed_edit.setDateTime(QDateTime(2026, 3, 1, 10, 0, 0))
    return dialog


def _answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, _title: str, question: str, *_args: object, **_kw: object) -> bool:
        asked.append(question)
        return yes

    monkeypatch.setattr("ui.standing.policies_dialog.confirm", confirm, raising=False)
    return asked


def test_a_file_whose_bytes_are_not_its_name_is_kept_as_what_it_is_and_said(
    qtbot, services: Services, customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, yes=True)
    dialog = _dialog(qtbot, services, customer_id, _forged_contract(tmp_path))

    dialog.record_agreement()

    assert asked and asked[0].startswith(DISGUISED)
    assert dialog.message_label.text() == f"Agreement recorded. {DISGUISED}"
    [agreement] = services.policies.agreements(customer_id)
    kept, data = services.policies.evidence(agreement.attachment_id)  # type: ignore[arg-type]
    assert kept.mime == "application/zip"  # never printed or opened as the contract
    assert data.startswith(b"PK\x03\x04")
    assert agreement.note == DISGUISED  # printed with the agreement in the packet


def test_the_owner_can_refuse_it_and_nothing_is_recorded(
    qtbot, services: Services, customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, yes=False)
    dialog = _dialog(qtbot, services, customer_id, _forged_contract(tmp_path))

    dialog.record_agreement()

    assert services.policies.agreements(customer_id) == []
    assert (
        dialog.message_label.text() == f"Nothing was recorded. {DISGUISED} Choose the right file."
    )
    assert dialog.evidence_edit.text().endswith("signed-contract.pdf")


def test_a_file_that_is_what_it_says_is_not_asked_about(
    qtbot, services: Services, customer_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, yes=False)
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 signed")
    dialog = _dialog(qtbot, services, customer_id, contract)

    dialog.record_agreement()

    assert asked == []
    assert dialog.message_label.text() == "Agreement recorded."
    [agreement] = services.policies.agreements(customer_id)
    assert agreement.note == ""
