"""Enter on a row of a list, in any dialog, opens the row: it never presses the dialog's
default button (Include all, Discard…, Close, Save) behind the owner's back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.reply.steps import ReplyStatus
from app.services import Services
from tests.ui.every_window import every_window
from ui.reply.unfinished import AllUnfinishedReplies
from ui.shell.main_window import MainWindow
from ui.shell.messages import confirm as real_confirm


def _lists_with_rows(top: QWidget) -> Iterator[QAbstractItemView]:
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        usable = view.isVisible() and view.focusPolicy() != Qt.FocusPolicy.NoFocus
        # Headers have no name of their own; they are not lists.
        if usable and model is not None and model.rowCount() and view.accessibleName():
            yield view


def _press_enter_on_first_row(
    view: QAbstractItemView, top: QWidget, keypad: bool = False
) -> list[str]:
    clicked: list[str] = []
    buttons = [b for b in top.findChildren(QPushButton) if b.isVisible()]
    for button in buttons:
        button.clicked.connect(lambda *_, b=button: clicked.append(b.text()))
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    if keypad:
        QTest.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    else:
        QTest.keyClick(view, Qt.Key.Key_Return)
    QApplication.processEvents()
    return clicked


@pytest.fixture
def nothing_opens(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    return opened


@pytest.mark.parametrize("keypad", [False, True], ids=["Return", "keypad Enter"])
def test_enter_on_a_row_of_any_dialog_presses_no_button(
    demo_window: MainWindow, demo_services: Services, nothing_opens: list[object], keypad: bool
) -> None:
    customer_id = demo_services.customers.page(0, 1)[0].id
    pressed: list[str] = []
    for name, top in every_window(demo_window, customer_id):
        if not isinstance(top, QDialog):
            continue  # only a dialog presses a default button on Enter
        for view in _lists_with_rows(top):
            clicked = _press_enter_on_first_row(view, top, keypad)
            if clicked or not top.isVisible():
                pressed.append(f"{name} / {view.accessibleName()}: {clicked or 'closed'}")
                top.show()
    assert not pressed, "\n".join(pressed)


def test_enter_on_an_unfinished_reply_resumes_it_and_discards_nothing(
    qtbot, demo_services: Services, nothing_opens: list[object]
) -> None:
    customer_id = demo_services.customers.page(0, 1)[0].id
    contact = demo_services.contacts.page_for_customer(customer_id, 0, 1)[0]
    state = demo_services.replies.start(contact.id)
    state.draft = "Thank you for your message."
    demo_services.replies.save(state)
    dialog = AllUnfinishedReplies(demo_services)
    qtbot.addWidget(dialog)
    resumed: list[int] = []
    discarded: list[int] = []
    dialog.resume_requested.connect(resumed.append)
    dialog.discard_requested.connect(discarded.append)
    dialog.show()
    QApplication.processEvents()
    clicked = _press_enter_on_first_row(dialog.replies.list, dialog)
    assert (resumed, discarded, clicked) == ([state.id], [], [])
    assert dialog.isVisible() and dialog.replies.list.count() == 1


def test_enter_on_the_discard_question_keeps_the_reply(
    window: MainWindow, business: Services, angry_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = business.replies.start(angry_id)
    business.replies.save(state)
    defaults: list[str] = []

    def press_enter(box: QMessageBox) -> int:
        defaults.append(box.defaultButton().text())
        box.defaultButton().click()  # what Enter does in a question
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_enter)
    monkeypatch.setattr("ui.log.customer_tools.confirm", real_confirm)  # the real question
    window.customer_tools[0].discard(state.id)
    assert defaults == ["Keep it"]
    assert business.replies.get(state.id).status is ReplyStatus.OPEN
