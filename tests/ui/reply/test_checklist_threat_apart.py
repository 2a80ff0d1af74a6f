"""Step 3 shows the customer's threat apart from the points to answer, with step 1's advice,
and the reply goes on to be read and signed without the owner claiming to have answered it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Qt

from app.core.domain import Category, Customer
from app.reply.steps import OVERRIDE_PHRASE, Step
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from ui.reply import ReplyEditor

THREAT = (
    "Where is my order?? This is the THIRD time I ask. If it is not here by Friday I will sue "
    "you and post everywhere that you are thieves. You idiots."
)
CALM = (
    "Dear Dana,\n\nYour order left us on 20 November; the tracking number is 4471. "
    "This conversation is now closed.\n"
)


def test_the_threat_is_shown_apart_and_does_not_hold_up_next(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    customer = business.customers.add(Customer(name="Dana Whitlock"))
    contact = business.contacts.log(
        customer,
        inbound(THREAT, clock() - timedelta(hours=1), categories=(Category.THREAT_LEGAL,)),
    )
    editor = open_editor(contact)
    editor.stop_panel.confirmation.setText(OVERRIDE_PHRASE)
    editor.stop_panel.start_early.click()
    for edit in editor.consider_panel.answers.values():
        edit.setPlainText("A fair point.")
    assert editor.go_to(Step.DRAFT), editor.blockers()

    panel = editor.draft_panel
    rows = [panel.checklist.item(row).text() for row in range(panel.checklist.count())]
    assert rows == ["Question: Where is my order??"]
    assert panel.threats.isVisibleTo(panel)
    assert panel.threats.text() == (
        "Threat — do not argue it; if you reply, say the conversation is over:\n"
        "“If it is not here by Friday I will sue you and post everywhere that you are "
        "thieves.”"
    )
    assert panel.threats.textFormat() == Qt.TextFormat.PlainText
    # Not "Answer point by point" first: the warning template is offered.
    assert panel.templates.currentData() == "boundary"
    panel.templates.setCurrentIndex(panel.templates.findData("refund"))
    panel.templates.activated.emit(panel.templates.currentIndex())  # the owner's own pick
    panel.load(editor.state.checklist, editor.state.product)
    assert panel.templates.currentData() == "refund"  # kept, not suggested over

    editor.draft.setPlainText(CALM)
    panel.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(editor.draft.results_applied, timeout=10_000):
        editor.checker.check_now(editor.draft.toPlainText())
    assert editor.go_to(Step.REVIEW), editor.blockers()
    assert editor.review_panel.checklist.text() == "Checklist: the one point is answered."
    assert not [reason for reason in editor.blockers() if "checklist" in reason]
    assert editor.next.isEnabled(), editor.blocked.text()
