"""The assessment panel, checklist, charts and action log as the owner uses them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import Services
from app.standing.action_records import ActionKind
from ui.standing.action_list import ActionList
from ui.standing.charts import StandingCharts
from ui.standing.checklist import BlockingChecklistWidget
from ui.standing.panel import AssessmentPanel


def test_panel_leads_with_where_they_stand(qtbot, demo_services: Services, demo_ids: dict) -> None:
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    assert panel.verdict_label.text() == (
        "\u200e\u2068Victor Hale\u2069: 3 of 3 grounds to end the relationship are met."
    )
    assert panel.risk_label.text() == "Risk 100 / 100"
    assert "messages over 170 days" in panel.cost_label.text()
    assert panel.escalation_label.text().startswith("Getting worse")
    assert [b.text() for b in panel.step_buttons][:2] == [
        "Report the threat to the police…",
        "Stop the conversation and take advice before replying",
    ]
    assert panel.signs_tree.topLevelItemCount() == 4
    assert panel.tabs.tabText(0) == "Signs (4)"


def test_a_next_step_button_logs_it(
    qtbot, demo_services: Services, demo_ids: dict, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.standing.next_steps.confirm",
        lambda _p, title, question, *_: asked.append(question) or True,
    )
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    stop = next(b for b in panel.step_buttons if b.text().startswith("Stop the conversation"))
    with qtbot.waitSignal(panel.action_logged):
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    [action] = demo_services.actions.for_customer(demo_ids["hale"])
    assert action.kind is ActionKind.STOP_CONVERSATION
    assert "will be recorded in \u200e\u2068Victor Hale\u2069's log as done" in asked[0]
    assert panel.logged_label.text().startswith("Logged: Stop the conversation")
    assert not any(b.text().startswith("Stop the conversation") for b in panel.step_buttons)
    assert panel.action_list.rows()[0][1] == "Stopped the conversation to take advice"


def test_a_next_step_not_confirmed_logs_nothing(
    qtbot, demo_services: Services, demo_ids: dict, monkeypatch
) -> None:
    monkeypatch.setattr("ui.standing.next_steps.confirm", lambda *_: False)
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    stop = next(b for b in panel.step_buttons if b.text().startswith("Stop the conversation"))
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    assert demo_services.actions.for_customer(demo_ids["hale"]) == []


def test_police_step_asks_for_the_report(qtbot, demo_services: Services, demo_ids: dict) -> None:
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    qtbot.mouseClick(panel.step_buttons[0], Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.officer_edit.isVisibleTo(dialog) and not dialog.amount_edit.isVisibleTo(dialog)
    dialog.save()  # no report number yet
    assert "Police report number is needed" in dialog.error_label.text()
    dialog.reference_edit.setText("PR-2026-4471")
    dialog.officer_edit.setText("Sgt Dana Lee")
    dialog.badge_edit.setText("4411")
    dialog.station_edit.setText("Portmere Central")
    with qtbot.waitSignal(panel.action_logged):
        dialog.save()
    [row] = panel.action_list.rows()
    assert row[1] == "Reported to the police" and row[2] == "PR-2026-4471"
    assert "Officer: Sgt Dana Lee · Badge: 4411 · Station: Portmere Central" in row[5]
    assert demo_services.customers.get(demo_ids["hale"]).status.value == "reported-to-police"


def test_checklist_ticked(qtbot, monkeypatch, demo_services: Services, demo_ids: dict) -> None:
    widget = BlockingChecklistWidget(demo_services, demo_ids["morrow"])
    qtbot.addWidget(widget)
    assert widget.table.rowCount() == 8
    assert widget.summary.text() == "Blocked in 0 of 8 places."
    row = next(i for i, s in enumerate(widget.states) if s.item.kind is ActionKind.BLOCK_X)
    widget.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    dialog = widget.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.why_edit.setText("23 posts in an hour")
    dialog.reference_edit.setText("X-5512")
    with qtbot.waitSignal(widget.action_logged):
        dialog.accept()
    assert widget.is_ticked(row)
    assert widget.table.item(row, 3).text() == "X-5512"
    assert widget.table.item(row, 4).text() != ""  # a date to check again
    assert widget.summary.text() == "Blocked in 1 of 8 places."
    # Cancelling an untick leaves the tick as it was.
    widget.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert widget.dialog is not None
    widget.dialog.reject()
    assert widget.is_ticked(row)


def test_action_visible_in_the_list(qtbot, demo_services: Services, demo_ids: dict) -> None:
    customer = demo_ids["delacroix"]
    demo_services.actions.log(customer, ActionKind.REFUND, amount="19.95", reference="RF-1")
    listing = ActionList(demo_services, customer)
    qtbot.addWidget(listing)
    assert listing.rows()[0][1:4] == ["Refund", "RF-1", "$19.95"]
    dialog = listing.open_dialog()
    assert dialog is not None
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(ActionKind.WARNING.value))
    dialog.note_edit.setPlainText("Boundary letter sent by email")
    with qtbot.waitSignal(listing.action_logged):
        dialog.save()
    assert [r[1] for r in listing.rows()] == ["Refund", "Warning sent"]


def test_charts_have_a_point_per_message(qtbot, demo_services: Services, demo_ids: dict) -> None:
    panel = AssessmentPanel(demo_services, demo_ids["morrow"])
    qtbot.addWidget(panel)
    charts: StandingCharts = panel.charts
    assert charts.severity_series is not None and charts.volume_sets is not None
    assert charts.severity_series.count() == 41  # 41 messages from her
    mine, average = charts.volume_sets
    monthly = panel.picture.assessment.monthly  # type: ignore[union-attr]
    assert mine.count() == average.count() == len(monthly) >= 2
    assert [mine.at(i) for i in range(mine.count())] == [m.contacts for m in monthly]
    assert mine.at(0) == 41 and sum(m.contacts for m in monthly) == 41
    assert charts.volume_view.chart().series()[0].count() == 2  # two bar sets


def test_returning_customer_is_flagged_and_linked(
    qtbot, demo_services: Services, demo_ids: dict, monkeypatch
) -> None:
    from app.core.domain import Customer

    monkeypatch.setattr("ui.standing.panel.confirm", lambda *_args, **_kw: True)
    demo_services.actions.log(demo_ids["delacroix"], ActionKind.TERMINATE)
    newcomer = demo_services.customers.add(Customer(name="R. Delacroix"))
    panel = AssessmentPanel(demo_services, newcomer)
    qtbot.addWidget(panel)
    assert not panel.returning_frame.isHidden()
    assert "Renée Delacroix" in panel.returning_label.text()
    with qtbot.waitSignal(panel.customer_linked):
        qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert panel.returning_frame.isHidden()
    assert [link.other_customer_id for link in demo_services.identities.links(newcomer)] == [
        demo_ids["delacroix"]
    ]


def test_after_block_messages_flagged(
    qtbot, demo_services: Services, demo_ids: dict, clock
) -> None:
    from datetime import timedelta

    from tests.helpers.fixtures import inbound

    customer = demo_ids["pryce"]
    demo_services.actions.log(
        customer, ActionKind.BLOCK_EMAIL, occurred_at=clock() - timedelta(days=1)
    )
    demo_services.contacts.log(customer, inbound("New address, same complaint", clock()))
    panel = AssessmentPanel(demo_services, customer)
    qtbot.addWidget(panel)
    assert panel.after_block_label.text().startswith("1 message arrived after the block")
    assert not panel.after_block_label.isHidden()


def test_no_customer_hides_the_panel(qtbot, services: Services) -> None:
    panel = AssessmentPanel(services, None)
    qtbot.addWidget(panel)
    assert panel.isHidden() and panel.action_list.rows() == []


def _ink_span(label: QLabel) -> tuple[int, int]:
    """Where the words are painted, left to right."""
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    columns = [
        x
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y) != background
    ]
    return min(columns), max(columns)


def test_a_right_to_left_name_keeps_the_headline_in_english_order(
    qtbot, demo_services: Services, demo_ids: dict
) -> None:
    customer = demo_services.customers.get(demo_ids["hale"])
    demo_services.customers.update(
        replace(customer, name="محمد الأحمد"), reason="his name as he writes it"
    )
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    label = panel.verdict_label
    assert label.text().endswith(": 3 of 3 grounds to end the relationship are met.")
    left, _right = _ink_span(label)
    # The English sentence starts at the left edge; flipped, it would hug the right edge.
    assert left < label.width() // 4


def test_the_reds_follow_the_system_turning_dark(
    qtbot, demo_services: Services, demo_ids: dict
) -> None:
    """The words "Getting worse" and each ground met were coloured for the palette of the
    moment, so after the system turned dark they stayed dark red on a dark window."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from ui.shell.status_colours import DARK, LIGHT, Tone

    app = QApplication.instance()
    before = app.palette()
    panel = AssessmentPanel(demo_services, demo_ids["hale"])
    qtbot.addWidget(panel)
    light_red, dark_red = LIGHT[Tone.DANGER].text.name(), DARK[Tone.DANGER].text.name()
    assert light_red in panel.escalation_label.styleSheet()
    assert light_red in panel.grounds_label.text()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#303030"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: dark_red in panel.escalation_label.styleSheet())
        assert dark_red in panel.grounds_label.text()
        assert light_red not in panel.grounds_label.text()
    finally:
        app.setPalette(before)
    qtbot.waitUntil(lambda: light_red in panel.escalation_label.styleSheet())


def test_the_actions_tab_writes_amounts_in_the_logs_currency(
    qtbot, services: Services, customer_id: int
) -> None:
    """A refund in won was shown "₩35,000.00": a currency without cents shows none."""
    services.settings.update({"currency": "KRW"})
    services.actions.log(customer_id, ActionKind.REFUND, amount="35000", reference="R-1")
    actions = ActionList(services, customer_id)
    qtbot.addWidget(actions)
    [row] = actions.rows()
    assert row[3] == "₩35,000"
