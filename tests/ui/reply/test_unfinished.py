"""An unfinished reply can be discarded (after a confirmation, the draft kept as abandoned),
and every customer's unfinished replies are listed in one place."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.reply.steps import ReplyStatus
from app.services import Services
from ui.shell.main_window import MainWindow


@pytest.fixture
def started(business: Services, angry_id: int) -> int:
    state = business.replies.start(angry_id)
    state.draft = "Dear Morwenna, thank you for writing."
    business.replies.save(state)
    assert state.id is not None
    return state.id


def _tools(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.customer_tools[0]  # ReplyTools comes first


def _answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def confirm(
        _parent: object, title: str, question: str, _yes: str, _no: str, **how: object
    ) -> bool:
        assert how == {"default_no": True}  # Enter pressed in haste keeps the reply
        asked.append(question)
        return yes

    monkeypatch.setattr("ui.log.customer_tools.confirm", confirm)
    return asked


def test_discard_asks_then_keeps_the_draft_as_abandoned(
    qtbot, window: MainWindow, business: Services, started: int, monkeypatch
) -> None:
    window.refresh_customers()
    window.select_first_customer()
    box = _tools(window).unfinished
    assert box.isVisibleTo(window) and box.list.count() == 1
    assert box.discard.text() == "Discard…"
    asked = _answer(monkeypatch, False)
    box.discard.click()
    assert len(asked) == 1 and "not lost" in asked[0]
    assert business.replies.get(started).status is ReplyStatus.OPEN
    _answer(monkeypatch, True)
    box.discard.click()
    assert not box.isVisibleTo(window)
    assert business.replies.get(started).status is ReplyStatus.ABANDONED
    [kept] = business.replies.drafts(started)
    assert (kept.text, kept.reason) == ("Dear Morwenna, thank you for writing.", "abandoned")
    assert business.verify().ok
    assert window.statusBar().currentMessage().startswith("Reply discarded")


def test_all_unfinished_replies_are_listed_with_the_customer(
    qtbot, window: MainWindow, business: Services, started: int, monkeypatch
) -> None:
    tools = _tools(window)
    action = next(
        a for a in window.customer_menu.actions() if a.text() == "All unfinished replies…"
    )
    action.trigger()
    dialog = tools.all_unfinished
    assert dialog is not None and dialog.isVisible()
    replies = dialog.replies
    assert replies.heading.text() == "1 unfinished reply"
    assert replies.list.item(0).text().startswith("Morwenna Quillfeather: Step ")
    _answer(monkeypatch, True)
    replies.discard.click()
    assert replies.list.count() == 0 and replies.heading.text() == "No unfinished replies."
    dialog.close()
    QApplication.processEvents()
