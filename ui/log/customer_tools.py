"""The features that act on one customer, wired into the main window through its hooks.

Each feature lives in its own package; this module only places its buttons and sections and
connects their signals, so the main window stays small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.domain import Direction
from app.core.errors import SteadyError
from ui.importing.drop import ImportDropFilter, dialog_for
from ui.importing.start_folder import remember_folder, start_folder
from ui.reply.reply_windows import bring_to_front, editor_open_on
from ui.reply.unfinished import AllUnfinishedReplies, UnfinishedReplies
from ui.shell.empty_state import CHOOSE_CUSTOMER_FIRST
from ui.shell.messages import confirm
from ui.standing.panel import AssessmentPanel
from ui.standing.view_loader import LoadedStanding, StandingLoader

if TYPE_CHECKING:  # each dialog loads when first opened: the window starts with the log
    from app.importing.batch_report import ImportReport
    from ui.importing.import_dialog import ImportDialog
    from ui.log.log_warnings import LogWarnings
    from ui.reply.editor import ReplyEditor
    from ui.shell.main_window import MainWindow


def no_customer_chosen(window: MainWindow) -> bool:
    """Says so in the status bar when a customer's action is asked for with nobody chosen."""
    if window.current_customer() is not None:
        return False
    window.statusBar().showMessage(CHOOSE_CUSTOMER_FIRST, 8000)
    return True


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
        self.unfinished.discard_requested.connect(self.discard)
        window.add_customer_page_section(self.unfinished)
        window.customer_selected.connect(self.unfinished.show_customer)
        window.page.refreshed.connect(self.unfinished.show_customer)
        self.all_unfinished: AllUnfinishedReplies | None = None
        self.list_action = QAction("All unfinished replies…", window)
        self.list_action.setToolTip("Every customer's replies still in progress")
        self.list_action.triggered.connect(self.show_all_unfinished)
        window.customer_menu.addAction(self.list_action)

    def message_to_answer(self) -> int | None:
        """The contact chosen in the log if it came from the customer, else their latest one."""
        customer_id = self.window.current_customer()
        if customer_id is None:
            return None
        page = self.window.page
        index = page.timeline.currentIndex()
        if index.isValid():
            chosen = page.timeline_model.contact_at(index.row())
            if chosen is not None and chosen.direction is Direction.INBOUND:
                return chosen.id
        contacts = self.window.services.contacts
        for offset in range(0, contacts.count_for_customer(customer_id), 200):
            for contact in contacts.page_for_customer(customer_id, offset, 200):
                if contact.direction is Direction.INBOUND:
                    return contact.id
        return None

    def reply_to_selected(self) -> None:
        if no_customer_chosen(self.window):
            return
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
        already = editor_open_on(self.editors, contact_id=contact_id, reply_id=reply_id)
        if already is not None:
            bring_to_front(already)
            return
        try:
            from ui.reply.editor import ReplyEditor

            editor = ReplyEditor(
                self.window.services, contact_id, reply_id=reply_id, drafts=self.window.drafts
            )
        except SteadyError as error:
            QMessageBox.warning(self.window, "Reply calmly", str(error))
            return
        editor.contact_logged.connect(self.window._on_contact_logged)
        self.window.settings_saved.connect(editor.follow_settings)
        editor.reply_finished.connect(lambda _reply: self.unfinished.refresh())
        editor.destroyed.connect(lambda: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        self.unfinished.refresh()

    def _forget(self, editor: QWidget) -> None:
        self.editors = [e for e in self.editors if e is not editor]

    def _on_unfinished_resume_requested(self, reply_id: int) -> None:
        self.open_editor(reply_id=reply_id)

    def show_all_unfinished(self) -> None:
        if self.all_unfinished is None:
            self.all_unfinished = AllUnfinishedReplies(self.window.services, self.window)
            self.all_unfinished.resume_requested.connect(self._on_unfinished_resume_requested)
            self.all_unfinished.discard_requested.connect(self.discard)
        self.all_unfinished.refresh()
        self.all_unfinished.open()

    def discard(self, reply_id: int) -> None:
        """Discard an unfinished reply once the owner confirms; its draft stays in the history."""
        if not confirm(
            self.window,
            "Discard this reply?",
            "It leaves the list of unfinished replies. What you wrote is not lost: the draft is "
            "kept in the reply's history, marked as abandoned. To get it back, reply calmly to "
            "the same message and choose “Earlier drafts…”.",
            "Discard",
            "Keep it",
            default_no=True,
        ):
            return
        for editor in list(self.editors):
            if editor.state.id == reply_id:
                editor.close()
        try:
            self.window.services.replies.discard(reply_id)
        except SteadyError as error:
            QMessageBox.warning(self.window, "Discard the reply", str(error))
        self.unfinished.refresh()
        if self.all_unfinished is not None:
            self.all_unfinished.refresh()
        self.window.statusBar().showMessage("Reply discarded; its draft is kept.", 5000)


IMPORT_FILTER = (
    "Evidence (*.eml *.mbox *.msg *.csv *.png *.jpg *.jpeg *.webp *.gif *.bmp *.tif *.tiff "
    "*.pdf *.txt);;All files (*)"
)


class ImportTools:
    """Evidence in by one gesture: drop or paste onto the window, or pick files."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialogs: list[ImportDialog] = []
        services = window.services
        self.import_action = QAction("Import evidence…", window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(
            "Import saved emails (.eml, .mbox, .msg), screenshots, helpdesk CSV exports or "
            "any file (Ctrl+I); you can also drop them on the window"
        )
        self.import_action.triggered.connect(self.choose_files)
        self.paste_action = QAction("Paste evidence", window)
        self.paste_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_action.setToolTip(
            "Import what you copied: files, a screenshot, or an email thread or chat (Ctrl+Shift+V)"
        )
        self.paste_action.triggered.connect(self.paste)
        # Above Settings, below the log menu's entries whichever was added first.
        window.file_menu.insertActions(
            window.settings_action, [self.import_action, self.paste_action]
        )
        window.file_menu.insertSeparator(window.settings_action)
        window.toolbar.insertAction(window.toolbar.actions()[2], self.import_action)
        # Dropped files and text become an import, for the customer shown if there is one.
        window.files_dropped.disconnect(window.log_contact_with_files)
        window.files_dropped.connect(self.import_paths)
        self.drops = ImportDropFilter(services, window, customer_id=window.current_customer)
        self.drops.dialog_opened.connect(self._keep)

    def choose_files(self) -> None:
        state = self.window.ui_state
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Import evidence", start_folder(state), IMPORT_FILTER
        )
        remember_folder(state, paths)
        if paths:
            self.import_paths(paths, self.window.current_customer())

    def import_paths(self, paths: list[str], customer_id: int | None) -> None:
        from ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.window.services, paths, customer_id, self.window)
        self._keep(dialog)
        dialog.start()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        dialog = dialog_for(self.window.services, mime, self.window.current_customer(), self.window)
        if dialog is None:
            QMessageBox.information(
                self.window,
                "Paste evidence",
                "The clipboard is empty. Copy an email, a chat, a screenshot or files first.",
            )
            return
        # Kept before it starts: a pasted thread is imported at once, inside `start()`.
        self._keep(dialog)
        dialog.start()

    def _keep(self, dialog: ImportDialog) -> None:
        self.dialogs.append(dialog)
        dialog.finished_import.connect(self._on_dialog_finished_import)
        # Done records the owner's review of the suggested categories, after the import
        # ended: the list and the page must stop saying "Not reviewed".
        dialog.accepted.connect(self._on_reviewed)
        dialog.finished.connect(lambda _code: self._forget(dialog))

    def _forget(self, dialog: ImportDialog) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]

    def _on_reviewed(self) -> None:
        self.window.refresh_customers()
        self.window.page.refresh()

    def _on_dialog_finished_import(self, report: ImportReport) -> None:
        self.window.refresh_customers()
        # With nobody chosen (a first email dropped on a new log), show whose it now is.
        if self.window.current_customer() is None and report.imported:
            self.window.select_customer(report.imported[0].customer_id)
        self.window.page.refresh()


class StandingTools:
    """Where the customer stands, leading the page; actions on the log; risk in the list."""

    def __init__(self, window: MainWindow, warnings: LogWarnings) -> None:
        self.window = window
        services = window.services
        self.dialogs: list[QWidget] = []
        self.warnings = warnings
        # Worked out off the window's thread: the log shows at once, the verdict follows.
        self.loader = StandingLoader(services.reopen, window)
        self.panel = AssessmentPanel(services, window.current_customer(), loader=self.loader)
        # The same message sent again and again is found with the assessment, off the
        # window's thread; the log folds each group into one row when it arrives.
        self.loader.loaded.connect(self._on_loader_loaded)
        self.panel.action_logged.connect(self._on_action_logged)
        self.panel.contact_opened.connect(window.open_contact)
        self.panel.customer_linked.connect(lambda _id: window.refresh_customers())
        window.add_customer_page_section(self.panel)
        # The page makes room for the verdict and its next steps once they are in place.
        self.panel.verdict_shown.connect(lambda: window.page.keep_in_sight(self.panel.sight_stops))
        window.customer_selected.connect(self.panel.show_customer)
        # A contact, action, correction or import changes where the customer stands.
        window.page.refreshed.connect(self.panel.show_customer)
        self.action_action = QAction("Log an action…", window)
        self.action_action.setShortcut(QKeySequence("Ctrl+L"))
        self.action_action.setToolTip(
            "Record something you did: a block, refund, warning, report… (Ctrl+L)"
        )
        self.action_action.triggered.connect(self.log_action)
        window.add_customer_action(self.action_action)
        self.policies_action = QAction("Policies…", window)
        self.policies_action.setToolTip("Your terms and policies, and what this customer agreed to")
        self.policies_action.triggered.connect(self.open_policies)
        window.customer_menu.addAction(self.policies_action)
        window.customer_list.model.before_reading = self._before_reading
        if window.current_customer() is not None:
            self.panel.show_customer(window.current_customer())

    def _on_loader_loaded(self, customer_id: int, loaded: LoadedStanding) -> None:
        self.window.page.timeline_model.set_repeats(customer_id, loaded.view.repeats)

    def _before_reading(self, order: str) -> None:
        if order == "risk":
            self.window.services.assessor.refresh_risks()

    def log_action(self) -> None:
        customer_id = self.window.current_customer()
        if customer_id is None:
            no_customer_chosen(self.window)
            return
        from ui.standing.action_dialog import ActionDialog

        dialog = ActionDialog(self.window.services, customer_id, parent=self.window)
        dialog.action_logged.connect(self._on_action_logged)
        self._open(dialog)

    def open_policies(self) -> None:
        from ui.standing.policies_dialog import PoliciesDialog

        self._open(
            PoliciesDialog(self.window.services, self.window.current_customer(), parent=self.window)
        )

    def _open(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _forget(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]

    def _on_action_logged(self, _action_id: int) -> None:
        self.warnings.forget_blocks()
        customer_id = self.window.current_customer()
        self.window.refresh_customers()
        if customer_id is not None:
            self.window.select_customer(customer_id)
        self.window.page.refresh()


class PacketTools:
    """ "Prepare packet…": the termination or legal referral PDF and the evidence bundle."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialogs: list[QWidget] = []
        self.action = QAction("Prepare packet…", window)
        self.action.setShortcut(QKeySequence("Ctrl+P"))
        self.action.setToolTip(
            "A termination or legal referral packet (PDF) and the evidence bundle (Ctrl+P)"
        )
        self.action.triggered.connect(self.prepare)
        window.add_customer_action(self.action)

    def prepare(self) -> None:
        customer_id = self.window.current_customer()
        if customer_id is None:
            no_customer_chosen(self.window)
            return
        from ui.log.review_first import may_make_packet

        if not may_make_packet(self.window, customer_id):
            return
        from ui.packets.packet_dialog import PacketDialog

        dialog = PacketDialog(self.window.services, customer_id, self.window)
        dialog.packet_saved.connect(lambda _path: self.window.page.refresh())
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _code: self._forget(dialog))
        dialog.open()
        # Drawing starts at once with the default choices: no empty grey preview to puzzle over.
        QTimer.singleShot(0, dialog, dialog.preview)

    def _forget(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d is not dialog]


def install_customer_tools(window: MainWindow, warnings: LogWarnings) -> list[object]:
    """Add every customer feature to the window; the returned objects live as long as it."""
    return [
        ReplyTools(window),
        ImportTools(window),
        StandingTools(window, warnings),
        PacketTools(window),
    ]
