"""The owner reviews what Steady's word check suggested later, in the window: the log marks the
cards still waiting, the contact's view lists each with its words to keep or clear, and a
packet asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.domain import Category
from app.importing.review import SuggestionReview
from app.services import Services
from tests.helpers.waiting_suggestions import customer_with_waiting, log_owners_own
from ui.log import review_first
from ui.log.contact_view import ContactDialog
from ui.log.timeline_model import WARNING_ROLE
from ui.shell.main_window import MainWindow

WAITING_CARD = "Not reviewed: Threat of legal action, suggested by Steady; open it to keep or clear"


def _warnings(window: MainWindow) -> dict[int, str]:
    """Each card's contact id and its warning line, as the log paints it."""
    model = window.page.timeline_model
    return {
        model.contact_at(row).id: model.index(row).data(WARNING_ROLE)  # type: ignore[union-attr]
        for row in range(model.rowCount())
    }


def _in_tab_order(start: QWidget, wanted: QWidget) -> bool:
    widget = start.nextInFocusChain()
    while widget is not start:
        if widget is wanted:
            return True
        widget = widget.nextInFocusChain()
    return False


def test_the_view_lists_each_suggestion_with_its_words_and_the_log_marks_the_card(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    own = log_owners_own(services, customer_id)
    window.refresh_customers()
    window.select_customer(customer_id)
    assert _warnings(window) == {own: "", contact_id: WAITING_CARD}

    dialog = ContactDialog(services, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.suggestions
    assert panel.isVisible()
    assert panel.title() == "Suggested by Steady's word check — not reviewed yet"
    assert panel.rows_text() == ["Threat of legal action, because of “I will sue”"]
    keep = panel.keep_buttons[Category.THREAT_LEGAL]
    clear = panel.clear_buttons[Category.THREAT_LEGAL]
    assert (keep.accessibleName(), clear.accessibleName()) == (
        "Keep Threat of legal action",
        "Clear Threat of legal action",
    )
    # Reached from the keyboard: both are in the dialog's Tab order.
    for button in (keep, clear):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert _in_tab_order(dialog.close_button, button)

    # The owner's own category, never a suggestion: no panel.
    own_dialog = ContactDialog(services, own)
    qtbot.addWidget(own_dialog)
    own_dialog.show()
    assert not own_dialog.suggestions.isVisible()


def test_cleared_in_the_view_it_shows_nowhere_and_the_log_still_verifies(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    window.refresh_customers()
    window.select_customer(customer_id)
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.suggestions.setFocus()
    dialog.suggestions.clear_buttons[Category.THREAT_LEGAL].click()

    assert dialog.suggestions.note.text() == (
        "Cleared “Threat of legal action”; saved as a correction, the original is kept."
    )
    assert dialog.suggestions.rows_text() == []
    assert dialog.history.count() == 2  # the original is kept, the correction after it
    assert not dialog.form.category_boxes[Category.THREAT_LEGAL].isChecked()
    assert "Cleared suggested categories: Threat of legal action" in dialog.version_label.text()
    # The log read again: no mark, no category.
    assert _warnings(window) == {contact_id: ""}
    text = window.page.timeline_model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert "Threat of legal action" not in text
    assert services.verify().ok


def test_kept_in_the_view_the_mark_goes_and_the_category_stays(
    qtbot: QtBot, window: MainWindow
) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    window.refresh_customers()
    window.select_customer(customer_id)
    window.open_contact(contact_id)
    dialog = window.dialog
    assert isinstance(dialog, ContactDialog)
    dialog.suggestions.keep_buttons[Category.THREAT_LEGAL].click()
    assert dialog.suggestions.note.text() == "Kept “Threat of legal action”."
    assert dialog.history.count() == 1
    assert _warnings(window) == {contact_id: ""}
    text = window.page.timeline_model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert "Threat of legal action" in text


def test_two_windows_deciding_the_same_suggestion_do_not_crash(
    qtbot: QtBot, services: Services
) -> None:
    _, contact_id = customer_with_waiting(services)
    first, second = ContactDialog(services, contact_id), ContactDialog(services, contact_id)
    for dialog in (first, second):
        qtbot.addWidget(dialog)
        dialog.show()
    first.suggestions.clear_buttons[Category.THREAT_LEGAL].click()
    second.suggestions.keep_buttons[Category.THREAT_LEGAL].click()
    assert second.suggestions.note.text() == (
        "“Threat of legal action” was already kept or cleared elsewhere; left as it was."
    )
    assert second.suggestions.rows_text() == []
    assert second.history.count() == 2  # it shows the correction the other one saved
    statuses = [s.status for s in SuggestionReview(services.store).for_contact(contact_id)]
    assert statuses == ["cleared"]


def test_preparing_a_packet_with_suggestions_waiting_offers_to_review_first(
    qtbot: QtBot, window: MainWindow, monkeypatch
) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    window.refresh_customers()
    window.select_customer(customer_id)
    asked: list[str] = []

    def answer(_parent: QWidget, text: str) -> str:
        asked.append(text)
        return review_first.REVIEW

    monkeypatch.setattr(review_first, "ask", answer)
    _packet_tools(window).prepare()
    assert asked == [
        "Steady's word check suggested 1 category on 1 of this customer's contacts that nobody "
        "has reviewed yet. They count in the packet, each marked “suggested by Steady's word "
        "check, not reviewed”.\n\nReview first opens the first of them: keep or clear each in "
        "the contact's view, then prepare the packet again."
    ]
    # Review first: the contact opens, and no packet is drawn.
    assert isinstance(window.dialog, ContactDialog) and window.dialog.contact_id == contact_id
    assert _packet_tools(window).dialogs == []


def test_no_question_when_nothing_is_waiting(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:
    services = window.services
    customer_id, contact_id = customer_with_waiting(services)
    SuggestionReview(services.store).decide_one(contact_id, Category.THREAT_LEGAL, True)
    monkeypatch.setattr(review_first, "ask", lambda *_: (_ for _ in ()).throw(AssertionError))
    assert review_first.may_make_packet(window, customer_id)


def _packet_tools(window: MainWindow):  # type: ignore[no-untyped-def]
    from ui.log.customer_tools import PacketTools

    return next(t for t in window.customer_tools if isinstance(t, PacketTools))
