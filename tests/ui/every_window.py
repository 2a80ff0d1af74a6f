"""Every window and dialog of Steady, opened on one customer, for tests that audit them all
(sizes on a small laptop, names for screen readers, customer text shown as typed)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QWidget

from app.core.domain import Direction
from app.services import Services
from ui.log.contact_dialog import LogContactDialog
from ui.log.contact_view import ContactDialog
from ui.log.customer_dialog import CustomerDialog
from ui.log.evidence_facts import ClauseTagDialog, PostDetailsDialog
from ui.log.search_dialog import SearchDialog
from ui.packets.packet_dialog import PacketDialog
from ui.reply import ReplyEditor
from ui.shell.first_run import FirstRunDialog
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog
from ui.standing.action_dialog import ActionDialog
from ui.standing.policies_dialog import PoliciesDialog


def threatening_or_latest(services: Services, customer_id: int) -> int:
    """The customer's message to answer: a threatening one if any (the tallest reply window)."""
    contacts = services.contacts.page_for_customer(customer_id, 0, 500)
    inbound = [c for c in contacts if c.direction is Direction.INBOUND] or contacts
    threats = [c for c in inbound if any(category.is_threat for category in c.categories)]
    return (threats or inbound)[0].id


def every_window(window: MainWindow, customer_id: int) -> Iterator[tuple[str, QWidget]]:
    """The main window on the customer, then each dialog in turn (closed after its turn)."""
    services = window.services
    window.select_customer(customer_id)
    QApplication.processEvents()
    yield "main window", window
    contact_id = threatening_or_latest(services, customer_id)
    makers = [
        ("new customer", lambda: CustomerDialog(services, parent=window)),
        ("edit customer", lambda: CustomerDialog(services, customer_id, parent=window)),
        (
            "log a contact",
            lambda: LogContactDialog(services, customer_id, drafts=window.drafts, parent=window),
        ),
        ("contact", lambda: ContactDialog(services, contact_id, parent=window)),
        ("post details", lambda: PostDetailsDialog(services, contact_id, window)),
        ("policy clause", lambda: ClauseTagDialog(services, contact_id, window)),
        ("search", lambda: SearchDialog(services, window)),
        ("settings", lambda: SettingsDialog(services, window)),
        ("log an action", lambda: ActionDialog(services, customer_id, parent=window)),
        ("policies", lambda: PoliciesDialog(services, customer_id, parent=window)),
        ("packet", lambda: PacketDialog(services, customer_id, window)),
        ("first run", lambda: FirstRunDialog(window)),
    ]
    for name, make in makers:
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
    editor = ReplyEditor(services, contact_id, grammar=False, tts_engine="none")
    editor.show()
    try:
        yield "calm reply", editor
    finally:
        editor.shutdown()
        editor.close()
        editor.deleteLater()
