"""The calm-reply flow's small promises: sign-off seen, demands listed, no stray product box,
the send button held still, plain-words summary, the threat advice where it matters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from app.core.domain import Category, Customer
from app.reply.checklist import extract_checklist, is_product_problem
from app.reply.signature import has_sign_off, with_signature
from app.reply.steps import Step
from app.services import Services
from tests.helpers.fixtures import inbound
from tests.ui.reply.test_editor import signed
from ui.reply import ReplyEditor


def test_kind_regards_at_the_end_of_a_line_is_a_sign_off() -> None:
    draft = "Thank you for your patience. Kind regards,"
    assert has_sign_off(draft)
    assert with_signature(draft, "Jordan").count("Kind regards") == 1
    assert not has_sign_off("We only want the best.")


def test_a_demand_is_a_point_to_answer() -> None:
    items = extract_checklist(
        "Unban me from the forum immediately. I have been a member for years."
    )
    assert [(i.kind, i.text) for i in items] == [("demand", "Unban me from the forum immediately.")]


def test_a_forum_ban_is_not_a_product_problem() -> None:
    assert not is_product_problem("Unban me from the forum immediately.")
    assert is_product_problem("The lamp arrived broken and the switch does not work.")


def test_the_draft_step_shows_the_product_box_only_for_a_product_problem(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, angry_id: int, clock
) -> None:
    lamp = open_editor(angry_id)
    assert lamp.draft_panel.product_box.isVisibleTo(lamp.draft_panel)
    customer = business.customers.add(Customer(name="Forum Member"))
    ban = business.contacts.log(
        customer, inbound("Unban me from the forum immediately.", clock() - timedelta(hours=1))
    )
    forum = open_editor(ban)
    assert not forum.draft_panel.product_box.isVisibleTo(forum.draft_panel)
    forum._show_step(Step.DRAFT, save=False)
    assert forum.draft_panel.checklist.item(0).text().startswith("Demand: Unban me")


def test_i_have_sent_it_stays_under_the_cursor_after_copy(
    qtbot, open_editor: Callable[..., ReplyEditor], angry_id: int
) -> None:
    editor = signed(open_editor(angry_id), qtbot)
    QApplication.processEvents()
    before = editor.send_panel.confirm_sent.mapTo(
        editor, editor.send_panel.confirm_sent.rect().topLeft()
    )
    editor.send_panel.copy.click()
    QApplication.processEvents()
    assert editor.send_panel.result.text()
    after = editor.send_panel.confirm_sent.mapTo(
        editor, editor.send_panel.confirm_sent.rect().topLeft()
    )
    assert after == before


def test_the_threat_advice_shows_at_the_start_and_before_sending_only(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock
) -> None:
    customer = business.customers.add(Customer(name="Vic Threat"))
    threat = business.contacts.log(
        customer,
        inbound(
            "I'll be waiting for your staff after work.",
            clock() - timedelta(hours=1),
            categories=(Category.THREAT_PHYSICAL,),
            severity=5,
        ),
    )
    editor = open_editor(threat)
    shown = {}
    for step in Step:
        editor._show_step(step, save=False)
        shown[step] = not editor.threat_banner.isHidden()
    assert [s for s, visible in shown.items() if visible] == [Step.STOP, Step.SEND]
    assert editor.send_panel.call_box.isHidden()  # no "call instead" after a threat
    assert "call" not in editor.instruction.text()
