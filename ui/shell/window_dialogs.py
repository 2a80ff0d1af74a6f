"""The dialogs the main window opens (customer, contact, search, settings) and what the window
shows once the owner has saved in one. The forms are opened window-modal, without a nested
event loop, and load when first opened: the window starts with the log alone."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.shell.empty_state import CHOOSE_CUSTOMER_FIRST


class WindowDialogs:
    """The main window's dialogs and what it shows after each."""

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def new_customer(self) -> None:
        from ui.log.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.services, parent=self)
        dialog.customer_saved.connect(self._on_customer_saved)
        self._show_dialog(dialog)

    def edit_customer(self) -> None:
        customer_id = self.current_customer()
        if customer_id is None:
            return
        from ui.log.customer_dialog import CustomerDialog

        dialog = CustomerDialog(self.services, customer_id, parent=self)
        dialog.customer_saved.connect(self._on_customer_saved)
        self._show_dialog(dialog)

    def _on_customer_saved(self, customer_id: int) -> None:
        self.refresh_customers()
        self.select_customer(customer_id)
        self.page.refresh()
        self.statusBar().showMessage("Customer saved.", 5000)
        self.customer_saved.emit(customer_id)

    def log_contact(self) -> None:
        self.log_contact_with_files([], None)

    def log_contact_with_files(self, paths: list[str], customer_id: int | None) -> None:
        """Open the log-contact dialog (the default answer to files dropped on a customer)."""
        if customer_id is not None:
            self.select_customer(customer_id)
        customer_id = customer_id or self.current_customer()
        if customer_id is None:
            self.statusBar().showMessage(CHOOSE_CUSTOMER_FIRST, 8000)
            return
        from ui.log.contact_dialog import LogContactDialog

        dialog = LogContactDialog(
            self.services, customer_id, files=paths, drafts=self.drafts, parent=self
        )
        dialog.contact_logged.connect(self._on_contact_logged)
        self._show_dialog(dialog)

    def _on_contact_logged(self, contact_id: int) -> None:
        customer_id = self.services.contacts.get(contact_id).customer_id
        self.refresh_customers()
        self.select_customer(customer_id)
        self.page.refresh()
        # The owner sees what they saved, and Enter or a screen reader starts from it.
        self.page.timeline.show_contact(contact_id)
        self.statusBar().showMessage("Contact saved to the log.", 5000)
        self.contact_logged.emit(contact_id)

    def open_contact(self, contact_id: int) -> None:
        from ui.log.contact_view import ContactDialog

        dialog = ContactDialog(self.services, contact_id, parent=self, drafts=self.drafts)
        dialog.contact_corrected.connect(self._on_contact_corrected)
        dialog.contact_moved.connect(self._on_contact_moved)
        dialog.contact_withdrawn.connect(self._on_contact_withdrawn)
        # Kept or cleared: the log's "not reviewed" mark and the assessment change.
        dialog.suggestions_reviewed.connect(self._on_suggestions_reviewed)
        self._show_dialog(dialog)

    def _on_suggestions_reviewed(self, _contact_id: int) -> None:
        # The customer list's "Not reviewed" mark goes with the last one waiting.
        self.page.refresh()
        self.customer_list.refresh()

    def _on_contact_moved(self, _contact_id: int, customer_id: int) -> None:
        self.refresh_customers()
        self.page.refresh()
        name = self.services.customers.get(customer_id).name
        self.statusBar().showMessage(f"Moved to {name}; the move is kept in the log.", 8000)

    def _on_contact_withdrawn(self, _contact_id: int) -> None:
        self.page.refresh()
        self.statusBar().showMessage(
            "Withdrawn as logged by mistake; it stays in the log with your reason.", 8000
        )

    def _on_contact_corrected(self, contact_id: int, number: int) -> None:
        self.page.refresh()
        self.refresh_customers()
        self.statusBar().showMessage(
            f"Correction saved as revision {number}; the original is kept.", 5000
        )
        self.contact_corrected.emit(contact_id, number)

    def open_search(self) -> None:
        if self.search_dialog is None:
            from ui.log.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.services, self)
            self.search_dialog.contact_chosen.connect(self._on_search_contact_chosen)
            self.search_dialog.customer_chosen.connect(self.select_customer)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.query_edit.setFocus()
        self.search_dialog.query_edit.selectAll()

    def _on_search_contact_chosen(self, contact_id: int, customer_id: int) -> None:
        self.select_customer(customer_id)
        self.open_contact(contact_id)

    def open_settings(self) -> None:
        from ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.services, self)
        dialog.accepted.connect(self._on_settings_saved)
        self._show_dialog(dialog)

    def _on_settings_saved(self) -> None:
        self.page.refresh_figures()
        self.statusBar().showMessage("Settings saved.", 5000)
        self.settings_saved.emit()
