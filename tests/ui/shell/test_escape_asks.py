"""Escape on a half-filled form asks before throwing away what was typed; on an untouched
form it just closes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import Services
from ui.log.customer_dialog import CustomerDialog
from ui.shell.settings_dialog import SettingsDialog
from ui.standing.action_dialog import ActionDialog


class Asked(list[str]):
    discard = False


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    questions = Asked()

    def confirm(_parent: object, title: str, _question: str, *_: object, **__: object) -> bool:
        questions.append(title)
        return questions.discard

    monkeypatch.setattr("ui.shell.messages.confirm", confirm)
    return questions


def _type_in(dialog: QDialog) -> None:
    if isinstance(dialog, CustomerDialog):
        dialog.name_edit.setText("Victor Hale")
        dialog.notes_edit.setPlainText("Called three times about the refund, shouting.")
    elif isinstance(dialog, ActionDialog):
        dialog.note_edit.setPlainText("Told him on the phone we will not serve him again.")
    elif isinstance(dialog, SettingsDialog):
        dialog.editors["signature"].widget.setPlainText("Jordan Ellis\nLarkspur Files")  # type: ignore[attr-defined]


FORMS: dict[str, Callable[[Services, int], QDialog]] = {
    "new customer": lambda services, _customer: CustomerDialog(services),
    "edit customer": lambda services, customer: CustomerDialog(services, customer),
    "log an action": lambda services, customer: ActionDialog(services, customer),
    "settings": lambda services, _customer: SettingsDialog(services),
}


@pytest.mark.parametrize("form", FORMS)
def test_escape_on_a_half_filled_form_asks_and_keeps_editing(
    qtbot, services: Services, customer_id: int, asked: Asked, form: str
) -> None:
    dialog = FORMS[form](services, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _type_in(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and asked[0].startswith("Discard ")
    assert dialog.isVisible()

    asked.discard = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("form", FORMS)
def test_escape_on_an_untouched_form_closes_without_asking(
    qtbot, services: Services, customer_id: int, asked: Asked, form: str
) -> None:
    dialog = FORMS[form](services, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == []
    assert not dialog.isVisible()
