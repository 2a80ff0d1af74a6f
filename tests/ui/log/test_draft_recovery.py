"""A half-typed contact, kept when Steady stopped, is offered back as soon as it starts again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.domain import Customer
from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.shell.steady_window import steady_window


def _start(qtbot, services: Services, folder: Path):  # type: ignore[no-untyped-def]
    window = steady_window(services, drafts_folder=folder)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_kept_contact_is_offered_at_start_and_reopened(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    customer = services.customers.add(Customer(name="Pat Example"))
    first = _start(qtbot, services, folder)
    qtbot.wait(10)  # its own start-up question: nothing kept yet
    first.select_customer(customer)
    first.log_contact_action.trigger()
    first.dialog.form.words_edit.setPlainText("typed a second before the power went")
    first.close()  # as at a crash: the draft is on disk
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object, **how: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("ui.log.draft_recovery.confirm", yes)
    again = _start(qtbot, services, folder)
    qtbot.waitUntil(lambda: bool(asked))
    assert "logging a contact for \u200e\u2068Pat Example\u2069 (" in asked[0]
    dialog = again.dialog
    assert isinstance(dialog, LogContactDialog) and dialog.customer_id == customer
    assert dialog.form.words_edit.exact_text() == "typed a second before the power went"
    dialog.save()
    assert services.contacts.count_for_customer(customer) == 1


def test_nothing_is_asked_without_a_kept_contact(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "ui.log.draft_recovery.confirm", lambda *a, **k: pytest.fail("asked for nothing")
    )
    window = _start(qtbot, services, tmp_path / "drafts")
    assert window.customer_tools[-1].offer() is False
