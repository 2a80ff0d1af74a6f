"""The policy library on screen: a new version sits beside the old one, which never changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QInputDialog

from app.services import Services
from ui.standing.policies_dialog import PoliciesDialog


def test_new_version_keeps_the_old(qtbot, services: Services) -> None:
    dialog = PoliciesDialog(services)
    qtbot.addWidget(dialog)
    dialog.new_policy_edit.setText("Refund policy")
    dialog.add_policy()
    assert not dialog.text_view.isReadOnly()
    dialog.text_view.setPlainText("Refunds within 14 days of purchase.")
    dialog.save_version()
    dialog.start_new_version()
    dialog.text_view.setPlainText("Refunds within 30 days of purchase.")
    dialog.save_version()
    assert dialog.policy_list.item(0).text() == "Refund policy (version 2)"
    assert dialog.version_list.count() == 2
    dialog.version_list.setCurrentRow(1)
    assert dialog.text_view.toPlainText() == "Refunds within 14 days of purchase."
    dialog.version_list.setCurrentRow(0)
    dialog.start_new_version()
    dialog.save_version()  # unchanged wording
    assert "same as the latest" in dialog.message_label.text()


def test_agreement_recorded_with_evidence(
    qtbot, services: Services, customer_id: int, tmp_path: Path
) -> None:
    policy = services.policies.add_policy("Terms of service")
    services.policies.add_version(policy, "6. Downtime earns a credit.")
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(b"%PDF-1.4 signed")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.method_box.setCurrentText("signed contract")
    dialog.evidence_edit.setText(str(contract))
    dialog.agreed_edit.setDateTime(QDateTime(2026, 3, 1, 10, 0, 0))
    dialog.record_agreement()
    assert dialog.message_label.text() == "Agreement recorded."
    text = dialog.agreement_list.item(0).text()
    assert text.startswith("Terms of service version 1: signed contract")
    assert text.endswith("evidence kept")
    [agreement] = services.policies.agreements(customer_id)
    assert services.policies.evidence(agreement.attachment_id)[1] == b"%PDF-1.4 signed"  # type: ignore[arg-type]


def test_an_empty_library_explains_the_order_of_work(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from ui.standing.policies_dialog import PoliciesDialog

    dialog = PoliciesDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.first_use_hint.isHidden()
    assert "1. add a policy" in dialog.first_use_hint.text()
    services.policies.add_policy("Terms of service")
    again = PoliciesDialog(services)
    qtbot.addWidget(again)
    assert again.first_use_hint.isHidden()


def test_enter_in_a_field_does_its_job_once_and_closes_nothing(qtbot, services: Services) -> None:
    from PySide6.QtCore import Qt

    from app.core.domain import Customer

    customer = services.customers.add(Customer(name="Pat Example"))
    dialog = PoliciesDialog(services, customer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.new_policy_edit, "Refund policy")
    qtbot.keyClick(dialog.new_policy_edit, Qt.Key.Key_Return)
    assert [p.name for p in services.policies.policies()] == ["Refund policy"]
    assert dialog.message_label.text().startswith("Paste or type the exact wording")
    qtbot.keyClicks(dialog.evidence_edit, "signed contract")
    qtbot.keyClick(dialog.evidence_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.evidence_edit.text() == "signed contract"


def test_an_agreement_recorded_by_mistake_is_withdrawn_with_a_reason_and_kept(
    qtbot, services: Services, customer_id: int, monkeypatch
) -> None:
    policy = services.policies.add_policy("Refund policy")
    services.policies.add_version(policy, "Refunds within 30 days.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.agreed_edit.setDateTime(QDateTime(2026, 3, 1, 10, 0, 0))
    dialog.record_agreement()  # "How" left at its first choice: the mistake
    dialog.agreement_list.setCurrentRow(0)
    answers = iter([("   ", True), ("recorded for the wrong customer", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    dialog.withdraw_agreement()  # no reason given: refused, nothing withdrawn
    assert "Say why the agreement is withdrawn" in dialog.message_label.text()
    assert "WITHDRAWN" not in dialog.agreement_list.item(0).text()
    dialog.withdraw_agreement()
    assert dialog.message_label.text() == "Agreement withdrawn; packets no longer print it."
    text = dialog.agreement_list.item(0).text()
    assert text.startswith("WITHDRAWN — not relied on: Refund policy version 1: checkbox at")
    assert text.endswith(": recorded for the wrong customer")
    [agreement] = services.policies.agreements(customer_id)  # kept, marked
    assert agreement.withdrawn_reason == "recorded for the wrong customer"
    assert services.policies.agreements_in_force(customer_id) == []
    [entry] = services.store.ledger.entries("agreement_withdrawal")
    assert entry.action == "agreement.withdrawn"
    assert services.store.ledger.verify().ok
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("again", True))
    dialog.agreement_list.setCurrentRow(0)
    dialog.withdraw_agreement()
    assert dialog.message_label.text() == "That agreement is already withdrawn."


def test_when_they_agreed_starts_unchosen_and_a_withdrawn_agreement_reads_as_withdrawn(
    qtbot, services: Services, customer_id: int, monkeypatch
) -> None:
    policy = services.policies.add_policy("Refund policy")
    services.policies.add_version(policy, "Refunds within 30 days.")
    dialog = PoliciesDialog(services, customer_id)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 720)
    dialog.show()
    # Never today by default: an agreement typed in now was not made now.
    assert dialog.agreed_edit.text() == "Choose when they agreed…"
    dialog.record_agreement()
    assert dialog.message_label.text().startswith("Choose when they agreed")
    assert services.policies.agreements(customer_id) == []
    dialog.agreed_edit.setDateTime(QDateTime(2025, 6, 1, 9, 0, 0))
    dialog.record_agreement()
    [agreement] = services.policies.agreements(customer_id)
    assert agreement.agreed_at.astimezone().strftime("%Y-%m-%d %H:%M") == "2025-06-01 09:00"
    assert dialog.agreed_edit.text() == "Choose when they agreed…"  # the next one chooses too

    reason = (
        "Recorded for the wrong customer: it was Tasha Morrow who ticked the box at checkout "
        "on that order, not this customer"
    )
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (reason, True))
    dialog.agreement_list.setCurrentRow(0)
    dialog.withdraw_agreement()
    qtbot.wait(10)
    item = dialog.agreement_list.item(0)
    assert item.text().startswith("WITHDRAWN — not relied on: ")
    assert item.text().endswith(reason)
    grey = dialog.palette().color(QPalette.ColorRole.PlaceholderText)
    assert item.foreground().color() == grey
    # The whole reason is in view: the row wraps inside the list, nothing runs off its edge.
    rect = dialog.agreement_list.visualItemRect(item)
    viewport = dialog.agreement_list.viewport().rect()
    assert rect.right() <= viewport.right() and rect.height() >= 3 * item.font().pointSize()
    assert dialog.agreement_list.horizontalScrollBar().maximum() == 0
