"""The features that act on one customer, wired into the main window through its hooks.

Each feature lives in its own package; this module only places its buttons and sections and
connects their signals, so the main window stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain import Direction
from app.errors import SteadyError
from ui.reply import ReplyEditor, UnfinishedReplies

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ReplyTools:
    """ "Reply calmly" on the selected (or latest) message from the customer, and resuming."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.editors: list[ReplyEditor] = []
        self.action = QAction("Reply calmly…", window)
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        self.action.setToolTip(
            "Answer the selected message from the customer through the seven calm steps (Ctrl+R)"
        )
        self.action.triggered.connect(self.reply_to_selected)
        window.add_customer_action(self.action)
        self.unfinished = UnfinishedReplies(window.services, window.current_customer())
        self.unfinished.resume_requested.connect(self._on_unfinished_resume_requested)
        window.add_customer_page_section(self.unfinished)
        window.customer_selected.connect(self.unfinished.show_customer)

    def message_to_answer(self) -> int | None:
        """The contact chosen in the log if it came from the customer, else their latest one."""
        customer_id = self.window.current_customer()
        if customer_id is None:
            return None
        page = self.window.page
        index = page.timeline.currentIndex()
        if index.isValid():
            chosen = page.timeline_model.contact_at(index.row())
            if chosen.direction is Direction.INBOUND:
                return chosen.id
        contacts = self.window.services.contacts
        for offset in range(0, contacts.count_for_customer(customer_id), 200):
            for contact in contacts.page_for_customer(customer_id, offset, 200):
                if contact.direction is Direction.INBOUND:
                    return contact.id
        return None

    def reply_to_selected(self) -> None:
        contact_id = self.message_to_answer()
        if contact_id is None:
            QMessageBox.information(
                self.window,
                "Reply calmly",
                "There is no message from this customer to answer yet. Log their message first.",
            )
            return
        self.open_editor(contact_id=contact_id)

    def open_editor(self, *, contact_id: int | None = None, reply_id: int | None = None) -> None:
        try:
            editor = ReplyEditor(self.window.services, contact_id, reply_id=reply_id)
        except SteadyError as error:
            QMessageBox.warning(self.window, "Reply calmly", str(error))
            return
        editor.contact_logged.connect(self.window._on_contact_logged)
        editor.reply_finished.connect(lambda _reply: self.unfinished.refresh())
        editor.destroyed.connect(lambda: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        self.unfinished.refresh()

    def _forget(self, editor: QWidget) -> None:
        self.editors = [e for e in self.editors if e is not editor]

    def _on_unfinished_resume_requested(self, reply_id: int) -> None:
        self.open_editor(reply_id=reply_id)


def install_customer_tools(window: MainWindow) -> list[object]:
    """Add every customer feature to the window; the returned objects live as long as it."""
    return [ReplyTools(window)]
