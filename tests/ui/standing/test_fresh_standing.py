"""Every change shows at once everywhere: logging a contact, an action, a correction or an
import refreshes the headline, the charts, the counts and the list together."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.core.domain import Category
from app.services import Services
from app.standing.action_records import ActionKind
from ui.importing.import_dialog import ImportDialog
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_view import ContactDialog
from ui.shell.main_window import MainWindow
from ui.standing.action_dialog import ActionDialog
from ui.standing.panel import AssessmentPanel


def _panel(window: MainWindow) -> AssessmentPanel:
    return next(w for w in window.findChildren(AssessmentPanel))


def _shown(window: MainWindow) -> dict[str, object]:
    panel = _panel(window)
    mine, _average = panel.charts.volume_sets or (None, None)
    return {
        "cost": panel.cost_label.text(),
        "verdict": panel.verdict_label.text(),
        "signs": panel.tabs.tabText(0),
        "actions": panel.tabs.tabText(3),
        "chart": sum(mine.at(i) for i in range(mine.count())) if mine is not None else 0,
        "log": window.page.timeline_title.text(),
        "list": window.customer_list.model.index(0, 2).data(),
    }


def _truth(window: MainWindow, customer_id: int) -> dict[str, str]:
    picture = window.services.assessor.picture(customer_id)
    return {
        "cost": picture.assessment.cost.sentence + ".",
        "actions": f"Actions ({len(picture.actions)})",
    }


@pytest.fixture
def victor(demo_window: MainWindow, demo_ids: dict, qtbot) -> int:  # type: ignore[no-untyped-def]
    demo_window.select_customer(demo_ids["hale"])
    truth = _truth(demo_window, int(demo_ids["hale"]))
    # Wait for what the owner sees once the assessment has filled in off the window's thread.
    qtbot.waitUntil(lambda: _shown(demo_window)["cost"] == truth["cost"], timeout=10000)
    return int(demo_ids["hale"])


def _assert_fresh(
    qtbot: object, window: MainWindow, customer_id: int, before: dict[str, object]
) -> None:
    truth = _truth(window, customer_id)
    # The headline and charts are worked out off the window's thread and follow the log.
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            _shown(window)["cost"] == truth["cost"]
            and _shown(window)["actions"] == truth["actions"]
        ),
        timeout=10000,
    )
    now = _shown(window)
    assert now["cost"] == truth["cost"]
    assert now["actions"] == truth["actions"]
    assert now != before


def test_logging_a_contact_refreshes_the_headline_and_charts(
    demo_window: MainWindow, victor: int, qtbot
) -> None:
    before = _shown(demo_window)
    demo_window.log_contact_action.trigger()
    dialog = demo_window.dialog
    assert isinstance(dialog, LogContactDialog)
    dialog.form.summary_edit.setText("Another demand")
    dialog.form.words_edit.setPlainText("I want my money back now or I sue.")
    dialog.form.category_boxes[Category.THREAT_LEGAL].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    _assert_fresh(qtbot, demo_window, victor, before)
    assert _shown(demo_window)["chart"] == before["chart"] + 1  # type: ignore[operator]


def test_logging_an_action_from_the_menu_refreshes_the_headline(
    demo_window: MainWindow, victor: int, qtbot
) -> None:
    before = _shown(demo_window)
    tools = next(t for t in demo_window.customer_tools if hasattr(t, "log_action"))
    tools.log_action()
    dialog = tools.dialogs[-1]
    assert isinstance(dialog, ActionDialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActionKind.WARNING.value))
    dialog.note_edit.setPlainText("Final warning sent by email.")
    dialog.save()
    _assert_fresh(qtbot, demo_window, victor, before)


def test_a_correction_refreshes_the_headline(
    demo_window: MainWindow, demo_services: Services, victor: int, qtbot
) -> None:
    before = _shown(demo_window)
    latest = demo_services.contacts.page_for_customer(victor, 0, 1)[0]
    demo_window.open_contact(latest.id)
    dialog = demo_window.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.start_correction()
    dialog.form.set_details(replace(latest.details, minutes=latest.details.minutes + 600))
    dialog.reason_edit.setText("The call took all afternoon")
    dialog.save_correction()
    _assert_fresh(qtbot, demo_window, victor, before)


def test_an_import_refreshes_the_headline(
    demo_window: MainWindow, victor: int, tmp_path: Path, qtbot
) -> None:
    before = _shown(demo_window)
    mail = tmp_path / "again.eml"
    mail.write_text(
        "From: Victor Hale <v.hale@hale-associates.example>\n"
        "To: shop@example.com\nSubject: Still waiting\n"
        "Date: Mon, 23 Nov 2026 09:00:00 +0000\nMessage-ID: <again@example>\n\n"
        "I will sue you.\n",
        encoding="utf-8",
    )
    tools = next(t for t in demo_window.customer_tools if hasattr(t, "import_paths"))
    tools.import_paths([str(mail)], victor)
    dialog = tools.dialogs[-1]
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.isVisible() or dialog.summary.text() != "", timeout=20_000)
    qtbot.waitUntil(lambda: _shown(demo_window)["log"] != before["log"], timeout=20_000)
    _assert_fresh(qtbot, demo_window, victor, before)
