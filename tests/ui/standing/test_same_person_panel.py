"""After "Link to this customer" the page keeps saying who the newcomer is: the banner, the
verdict and the next step, not "nothing in the log says this customer is in the wrong"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.domain import Customer
from app.services import Services
from app.standing.action_records import ActionKind
from tests.helpers.fixtures import FakeClock, inbound
from ui.standing.panel import AssessmentPanel


def test_linking_keeps_the_ended_account_in_view(
    qtbot, services: Services, clock: FakeClock, monkeypatch
) -> None:
    monkeypatch.setattr("ui.standing.panel.confirm", lambda *_args, **_kw: True)
    old = services.customers.add(
        Customer(name="Renée Delacroix", emails=("renee.delacroix@gmail.com",))
    )
    services.actions.log(old, ActionKind.TERMINATE, occurred_at=clock() - timedelta(days=20))
    new = services.customers.add(
        Customer(name="Renée Delacroix", emails=("r.delacroix.2026@gmail.com",))
    )
    services.contacts.log(new, inbound("I'd like to order again.", clock() - timedelta(hours=1)))
    panel = AssessmentPanel(services, new)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.returning_frame.isVisible() and not panel.returning.same_frame.isVisible()
    assert "This may be" in panel.returning_label.text()

    with qtbot.waitSignal(panel.customer_linked):
        qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)

    assert not panel.returning_frame.isVisible()
    assert panel.returning.same_frame.isVisible()
    assert panel.returning.same_label.text() == (
        "Same person as Renée Delacroix — ended on Tue 13 Oct 2026. "
        "Their earlier log is on their own page."
    )
    assert "nothing in this record's own log is against them" in panel.verdict_label.text()
    assert "in the wrong" not in panel.verdict_label.text()
    assert [b.text() for b in panel.step_buttons] == [
        "Do not take new orders: suggest another business"
    ]
    # Opened again later (another day, another customer first): still there.
    panel.show_customer(old)
    panel.show_customer(new)
    assert panel.returning.same_frame.isVisible()


def test_linking_asks_first_and_a_no_links_nothing(
    qtbot, services: Services, clock: FakeClock, monkeypatch
) -> None:
    old = services.customers.add(Customer(name="Gordon Pryce", emails=("gordon@pryce.example",)))
    services.actions.log(old, ActionKind.TERMINATE, occurred_at=clock() - timedelta(days=20))
    new = services.customers.add(Customer(name="Gordon Price", emails=("gordon@pryce.example",)))
    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str, *_args: object, **_kw: object) -> bool:
        asked.append(question)
        return False

    monkeypatch.setattr("ui.standing.panel.confirm", answer)
    panel = AssessmentPanel(services, new)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert "the same person as Gordon Pryce" in asked[0]
    assert "can be withdrawn" in asked[0]
    assert services.identities.links(new) == []
    assert panel.returning_frame.isVisible()


def test_a_link_made_by_mistake_is_withdrawn_from_the_banner_with_a_reason(
    qtbot, services: Services, clock: FakeClock, monkeypatch
) -> None:
    from ui.shell.reason_dialog import ReasonDialog

    old = services.customers.add(Customer(name="Gordon Pryce", emails=("gordon@pryce.example",)))
    services.actions.log(old, ActionKind.TERMINATE, occurred_at=clock() - timedelta(days=20))
    new = services.customers.add(Customer(name="Gordon Price", emails=("gp@elsewhere.example",)))
    services.contacts.log(new, inbound("I'd like to order again.", clock() - timedelta(hours=1)))
    services.identities.link(new, old, "same name")
    panel = AssessmentPanel(services, new)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.returning.same_frame.isVisible()
    assert panel.returning.unlink_button.isVisible()
    shown: list[str] = []

    def answer(dialog: ReasonDialog) -> int:
        dialog.accept()  # no reason: refused where the owner is typing, nothing withdrawn
        shown.append(dialog.error.text())
        assert len(services.identities.same_person(new)) == 1
        dialog.reason.setText("Another Gordon, a different street")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ReasonDialog, "exec", answer)
    qtbot.mouseClick(panel.returning.unlink_button, Qt.MouseButton.LeftButton)

    assert "why" in shown[0].lower()
    assert services.identities.same_person(new) == []
    assert not panel.returning.same_frame.isVisible()
    assert "Link withdrawn" in panel.logged_label.text()
    [entry] = [e for e in services.store.ledger.entries() if "unlink" in e.action]
    assert entry.detail["reason"] == "Another Gordon, a different street"
    assert services.verify().ok


def test_the_reason_dialog_shows_a_file_name_as_written() -> None:
    from ui.shell.reason_dialog import ReasonDialog

    dialog = ReasonDialog(
        None,
        title="Withdraw the file",
        explanation="Why is “<b>big</b><img src=x>” withdrawn?",
        button="Withdraw it",
        act=lambda _reason: None,
    )
    labels = [label for label in dialog.findChildren(QLabel) if "withdrawn?" in label.text()]
    assert [label.textFormat() for label in labels] == [Qt.TextFormat.PlainText]
    dialog.deleteLater()
