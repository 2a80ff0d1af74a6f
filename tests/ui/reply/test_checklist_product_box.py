"""Step 3's "A product problem? Record what you tested" box shows where the customer says a
product failed, in English, Spanish, French and German, and stays out of the way where they ask
where their order is, when their refund comes, what something costs or when the shop opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from app.core.domain import Contact, Customer
from app.reply.steps import Step
from app.services import Services
from tests.helpers.fixtures import FakeClock, inbound
from tests.ui.reply.checklist_product_messages import MESSAGES
from ui.reply import ReplyEditor
from ui.reply.draft_panel import DraftPanel

AT = datetime(2026, 11, 27, 9, 0)


def _panel(qtbot, text: str) -> DraftPanel:
    contact = Contact(
        id=1,
        customer_id=1,
        details=inbound(text, AT),
        revision=0,
        source="manual",
        external_id=None,
        in_reply_to=None,
        created_at=AT,
    )
    panel = DraftPanel(contact)
    qtbot.addWidget(panel)
    return panel


def _ids() -> list[str]:
    counts: dict[str, int] = {}
    ids = []
    for language, _text, fault in MESSAGES:
        key = f"{language}-{'fault' if fault else 'other'}"
        counts[key] = counts.get(key, 0) + 1
        ids.append(f"{key}-{counts[key]}")
    return ids


@pytest.mark.parametrize(("language", "text", "fault"), MESSAGES, ids=_ids())
def test_the_product_box_shows_only_where_a_product_failed(
    qtbot, language: str, text: str, fault: bool
) -> None:
    panel = _panel(qtbot, text)
    assert panel.product_box.isVisibleTo(panel) is fault, text


def test_the_labelled_messages_are_half_faults_in_four_languages() -> None:
    faults = [row for row in MESSAGES if row[2]]
    assert len(MESSAGES) >= 60
    assert len(faults) * 2 == len(MESSAGES)
    assert {language for language, _text, _fault in MESSAGES} == {"en", "es", "fr", "de"}


def _step_three(
    open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock, text: str
) -> ReplyEditor:
    customer = business.customers.add(Customer(name="Victor Hale"))
    contact = business.contacts.log(customer, inbound(text, clock() - timedelta(hours=1)))
    editor = open_editor(contact)
    editor._show_step(Step.DRAFT, save=False)
    return editor


def test_where_is_my_order_opens_step_three_without_the_product_box(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    editor = _step_three(
        open_editor, business, clock, "Where is my order?? This is the third time I ask"
    )
    assert not editor.draft_panel.product_box.isVisibleTo(editor.draft_panel)
    assert editor.draft_panel.checklist.item(0).text() == "Question: Where is my order??"


def test_a_charger_that_does_not_work_opens_step_three_with_the_product_box(
    qtbot, open_editor: Callable[..., ReplyEditor], business: Services, clock: FakeClock
) -> None:
    editor = _step_three(
        open_editor, business, clock, "Das Ladegerät ist defekt. Wann bekomme ich ein neues?"
    )
    assert editor.draft_panel.product_box.isVisibleTo(editor.draft_panel)


def test_the_shops_own_quoted_words_about_a_breakage_do_not_show_the_box(qtbot) -> None:
    panel = _panel(
        qtbot,
        "Where is the new lamp you promised? The parcel has still not come.\n\n"
        "On Mon, 23 Nov 2026 at 10:00, Larkspur Lamps <hello@larkspurlamps.example> wrote:\n"
        "> We are sorry the lamp arrived broken. A new one is on its way.\n",
    )
    assert not panel.product_box.isVisibleTo(panel)


def test_the_owner_opens_the_box_in_one_click_where_steady_did_not_show_it(qtbot) -> None:
    # A failure told in words Steady does not know.
    panel = _panel(qtbot, "The fan makes a sound like a dying goose and barely turns.")
    panel.show()
    assert not panel.product_box.isVisible()
    assert panel.show_product.isVisible()
    qtbot.mouseClick(panel.show_product, Qt.MouseButton.LeftButton)
    assert panel.product_box.isVisible()
    assert not panel.show_product.isVisible()


def test_where_the_box_shows_there_is_no_button_to_open_it(qtbot) -> None:
    panel = _panel(qtbot, "The fan is broken.")
    assert panel.product_box.isVisibleTo(panel)
    assert not panel.show_product.isVisibleTo(panel)
