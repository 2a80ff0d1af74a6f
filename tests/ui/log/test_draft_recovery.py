"""A half-typed contact, kept when Steady stopped, is offered back as soon as it starts again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.domain import Customer
from app.services import Services
from tests.helpers.ui_fixtures import window_with_drafts
from ui.log.contact_dialog import LogContactDialog


def test_the_kept_contact_is_offered_at_start_and_reopened(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    customer = services.customers.add(Customer(name="Pat Example"))
    first = window_with_drafts(qtbot, services, folder)
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
    again = window_with_drafts(qtbot, services, folder)
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
    window = window_with_drafts(qtbot, services, tmp_path / "drafts")
    assert window.customer_tools[-1].offer() is False


def test_the_question_shows_the_name_as_typed_and_isolated(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drafts"
    hostile = "<h1>Big</h1> &amp; شركة Co"
    customer = services.customers.add(Customer(name=hostile))
    first = window_with_drafts(qtbot, services, folder)
    qtbot.wait(10)
    first.select_customer(customer)
    first.log_contact_action.trigger()
    first.dialog.form.words_edit.setPlainText("typed")
    first.close()
    shown: list[str] = []

    def no(_parent: object, _title: str, text: str, *args: object, **how: object) -> bool:
        shown.append(text)
        return False

    monkeypatch.setattr("ui.log.draft_recovery.confirm", no)
    window_with_drafts(qtbot, services, folder)
    qtbot.waitUntil(lambda: bool(shown))
    # confirm() shows its question as plain text; the name is isolated from the sentence.
    assert f"for \u200e\u2068{hostile}\u2069 (" in shown[0]


CHILD = """
import sys
import os
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ui.log.contact_drafts import ContactDrafts

app = QCoreApplication([])
slot = ContactDrafts(Path(sys.argv[1])).new_slot(int(sys.argv[2]))
slot.save({"summary": "Came into the shop, shouted at Jordan", "text": "typed in A"}, [])
print("written", flush=True)
sys.stdin.readline()
"""


def test_a_draft_another_steady_is_still_writing_is_not_offered_as_lost(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    folder = tmp_path / "drafts"
    customer = services.customers.add(Customer(name="Victor Hale"))
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(customer)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).parents[3],
    ) as other:
        try:
            assert other.stdout is not None and other.stdout.readline() == "written\n"
            monkeypatch.setattr(
                "ui.log.draft_recovery.confirm",
                lambda *a, **k: pytest.fail("offered a live draft"),
            )
            window = window_with_drafts(qtbot, services, folder)
            assert window.customer_tools[-1].offer() is False
            window.select_customer(customer)
            window.log_contact_action.trigger()
            assert not window.dialog.draft_banner.isVisible()
            window.dialog.reject()
        finally:
            other.kill()  # the other Steady crashes: now its draft was lost, and is offered
    offered: list[str] = []
    monkeypatch.setattr(
        "ui.log.draft_recovery.confirm", lambda _p, _t, text, *a, **k: offered.append(text)
    )
    assert window.customer_tools[-1].offer() is False
    assert "logging a contact for \u200e\u2068Victor Hale\u2069" in offered[0]
