"""Step 3 lists every point of the customer's message, in their language, and nothing of the
shop's earlier mail quoted below it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt

from app.core.domain import Customer
from app.reply.steps import Step
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.reply import ReplyEditor


def _step_three(
    open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock, text: str
) -> ReplyEditor:
    customer = business.customers.add(Customer(name="Victor Hale"))
    contact = business.contacts.log(customer, inbound(text, clock() - timedelta(hours=1)))
    editor = open_editor(contact)
    editor._show_step(Step.DRAFT, save=False)
    return editor


def _rows(editor: ReplyEditor) -> list[str]:
    checklist = editor.draft_panel.checklist
    return [checklist.item(row).text() for row in range(checklist.count())]


def test_a_german_complaint_is_on_the_checklist_not_none_found(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    editor = _step_three(
        open_editor,
        business,
        clock,
        "Das Paket kam kaputt an. Niemand hat mir geantwortet. Ich will sofort mein Geld "
        "zurück. Das ist eine Frechheit.",
    )
    assert _rows(editor) == [
        "Complaint: Das Paket kam kaputt an.",
        "Complaint: Niemand hat mir geantwortet.",
        "Complaint: Ich will sofort mein Geld zurück.",
        "Complaint: Das ist eine Frechheit.",
    ]
    assert "No question" not in editor.draft_panel.checklist_note.text()
    assert editor.draft_panel.product_box.isVisibleTo(editor.draft_panel)


def test_the_shops_quoted_reply_is_not_on_the_checklist(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    editor = _step_three(
        open_editor,
        business,
        clock,
        "I still have not got my refund. Where is it?\n\n-----Original Message-----\n"
        "From: Lumen Files <hello@lumen.example>\nSent: Monday, November 23, 2026 10:00 AM\n\n"
        "Hi Victor, we cannot refund after 30 days. Is there anything else we can help with?",
    )
    assert _rows(editor) == [
        "Complaint: I still have not got my refund.",
        "Question: Where is it?",
    ]


def test_twenty_questions_are_all_listed_in_a_list_that_scrolls(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    text = " ".join(f"Question number {n} is this right?" for n in range(1, 21))
    editor = _step_three(open_editor, business, clock, text)
    rows = _rows(editor)
    assert len(rows) == 20
    assert rows[-1] == "Question: Question number 20 is this right?"
    policy = editor.draft_panel.checklist.verticalScrollBarPolicy()
    assert policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
