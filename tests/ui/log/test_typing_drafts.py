"""What is typed into "Log an action" or "New customer" survives a crash: kept in the drafts
folder about every second, offered back at the next start, gone once saved or discarded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.ui_fixtures import recovery_answered_yes, window_with_drafts
from ui.log.customer_dialog import CustomerDialog
from ui.log.typing_drafts import TypingKeeper
from ui.standing.action_dialog import ActionDialog

POLICE_NOTE = "Police report filed at the front desk; officer gave a card; reference to follow"


def _kept_files(folder: Path, kind: str) -> list[dict[str, object]]:
    return [json.loads(p.read_text())["fields"] for p in sorted(folder.glob(f"{kind}-*.json"))]


def _crash(dialog: object) -> None:
    """As at kill -9: the dialog never closes, and the system lets go of its draft's lock."""
    keeper = dialog.kept  # type: ignore[attr-defined]
    assert isinstance(keeper, TypingKeeper)
    keeper._timer.stop()
    assert keeper.slot is not None
    keeper.slot.release()
    keeper.slot = None  # the dead Steady writes nothing more, and deletes nothing


def _victor_selected(qtbot, services: Services, folder: Path):  # type: ignore[no-untyped-def]
    """Steady started, past its own start-up question (nothing kept yet), on Victor Hale."""
    customer = services.customers.add(Customer(name="Victor Hale"))
    window = window_with_drafts(qtbot, services, folder)
    qtbot.wait(10)
    window.select_customer(customer)
    return window, customer


def _log_action(window) -> ActionDialog:  # type: ignore[no-untyped-def]
    tools = next(t for t in window.customer_tools if hasattr(t, "log_action"))
    tools.log_action()
    dialog = tools.dialogs[-1]
    assert isinstance(dialog, ActionDialog)
    return dialog


def test_a_police_report_typed_before_a_crash_is_offered_back_and_saved(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    first, customer = _victor_selected(qtbot, services, folder)
    dialog = _log_action(first)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActionKind.POLICE_REPORT.value))
    dialog.officer_edit.setText("PC Dana Moss")
    dialog.reference_edit.setText("CR-2291")
    dialog.note_edit.setPlainText(POLICE_NOTE)
    qtbot.waitUntil(lambda: bool(_kept_files(folder, "action-for-customer")))
    qtbot.waitUntil(
        lambda: _kept_files(folder, "action-for-customer")[0]["note_edit"] == POLICE_NOTE
    )
    _crash(dialog)
    kept = _kept_files(folder, "action-for-customer")
    assert len(kept) == 1 and kept[0]["officer_edit"] == "PC Dana Moss"

    asked = recovery_answered_yes(monkeypatch)
    again = window_with_drafts(qtbot, services, folder)
    qtbot.waitUntil(lambda: bool(asked))
    assert "logging an action for \u200e\u2068Victor Hale\u2069 (" in asked[0]
    tools = next(t for t in again.customer_tools if hasattr(t, "log_action"))
    back = tools.dialogs[-1]
    assert isinstance(back, ActionDialog)
    assert back.kind() is ActionKind.POLICE_REPORT
    assert back.officer_edit.text() == "PC Dana Moss"
    assert back.reference_edit.text() == "CR-2291"
    assert back.note_edit.toPlainText() == POLICE_NOTE
    back.save()
    [action] = services.actions.for_customer(customer)
    assert action.kind is ActionKind.POLICE_REPORT and action.note == POLICE_NOTE
    assert _kept_files(folder, "action-for-customer") == []  # saved: the draft is gone


def test_a_new_customer_typed_before_a_crash_is_offered_back_and_saved(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    first = window_with_drafts(qtbot, services, folder)
    qtbot.wait(10)
    first.new_customer()
    dialog = first.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.name_edit.setText("Rowan Pike")
    dialog.emails_edit.setPlainText("rowan@example.org")
    qtbot.waitUntil(
        lambda: (
            [f.get("emails_edit") for f in _kept_files(folder, "new-customer")]
            == ["rowan@example.org"]
        )
    )
    _crash(dialog)

    asked = recovery_answered_yes(monkeypatch)
    again = window_with_drafts(qtbot, services, folder)
    qtbot.waitUntil(lambda: bool(asked))
    assert "adding \u200e\u2068Rowan Pike\u2069 as a new customer" in asked[0]
    back = again.dialog
    assert isinstance(back, CustomerDialog)
    assert back.name_edit.text() == "Rowan Pike"
    assert back.emails_edit.toPlainText() == "rowan@example.org"
    back.save()
    assert [c.name for c in services.customers.page(0, 10)] == ["Rowan Pike"]
    assert _kept_files(folder, "new-customer") == []


def test_discarding_on_purpose_deletes_the_draft_and_nothing_typed_keeps_none(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    window, _ = _victor_selected(qtbot, services, folder)
    untouched = _log_action(window)
    untouched.kept.keep()  # type: ignore[union-attr]
    assert _kept_files(folder, "action-for-customer") == []
    untouched.reject()
    dialog = _log_action(window)
    dialog.note_edit.setPlainText("Refund sent by card")
    dialog.kept.keep()  # type: ignore[union-attr]
    assert len(_kept_files(folder, "action-for-customer")) == 1
    monkeypatch.setattr("ui.standing.action_dialog.may_discard", lambda *_: True)
    dialog.reject()
    assert _kept_files(folder, "action-for-customer") == []


def test_a_customer_edit_open_when_steady_closes_is_offered_back(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    first, customer = _victor_selected(qtbot, services, folder)
    first.edit_customer()
    dialog = first.dialog
    assert isinstance(dialog, CustomerDialog)
    dialog.notes_edit.setPlainText("Asks for Sam by name; never alone at the counter")
    first.close()  # closed with the dialog open: the last words are written as it closes
    assert [f["notes_edit"] for f in _kept_files(folder, "details-of-customer")] == [
        "Asks for Sam by name; never alone at the counter"
    ]

    asked = recovery_answered_yes(monkeypatch)
    again = window_with_drafts(qtbot, services, folder)
    qtbot.waitUntil(lambda: bool(asked))
    assert "editing the details of \u200e\u2068Victor Hale\u2069" in asked[0]
    back = again.dialog
    assert isinstance(back, CustomerDialog) and back.customer_id == customer
    back.save()
    assert services.customers.get(customer).notes.startswith("Asks for Sam")
    assert _kept_files(folder, "details-of-customer") == []
