"""Rewording or removing a blocking checklist line in Settings says what becomes of the blocks
ticked on it before anything is saved."""

from __future__ import annotations

import pytest

from app.services import Services
from ui.shell import settings_dialog
from ui.shell.settings_dialog import SettingsDialog


def _asked(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[str]:
    asked: list[str] = []

    def confirm(_parent: object, title: str, question: str, *args: object, **kw: object) -> bool:
        asked.append(question)
        return answer

    monkeypatch.setattr(settings_dialog, "confirm", confirm)
    return asked


def test_rewording_a_line_says_the_ticks_follow_it(
    qtbot, monkeypatch, services: Services, customer_id: int
) -> None:
    services.settings.update({"blocking_checklist": "Phone block\nFacebook: block and report"})
    services.blocking.tick(customer_id, "phone-block", reference="carrier ticket 5512")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.editors["blocking_checklist"].edit.setPlainText("Phone: block the number")  # type: ignore[attr-defined]
    asked = _asked(monkeypatch, False)
    dialog.save()
    assert asked == [
        "Blocks ticked on “Phone block” now show on “Phone: block the number”.\n"
        "“Facebook: block and report” is no longer in the checklist: blocks ticked on it stay "
        "in each customer's log, but no longer show in the checklist."
    ]
    assert services.settings.text("blocking_checklist").startswith("Phone block")  # kept
    asked = _asked(monkeypatch, True)
    dialog.save()
    state = services.blocking.states(customer_id)[0]
    assert (state.item.label, state.done, state.reference) == (
        "Phone: block the number",
        True,
        "carrier ticket 5512",
    )


def test_adding_a_line_asks_nothing(qtbot, monkeypatch, services: Services) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    editor = dialog.editors["blocking_checklist"]
    editor.edit.setPlainText(editor.value() + "\nЗаблокировать телефон")  # type: ignore[attr-defined]
    asked = _asked(monkeypatch, False)
    dialog.save()
    assert asked == []
    assert services.blocking.items()[-1].label == "Заблокировать телефон"
