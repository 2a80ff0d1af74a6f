"""The main window: customers on the left, the selected customer's page on the right.

Other features extend it through `add_customer_action`, `add_customer_page_section`, the
`customer_menu`, and the signals below; they never need to edit this file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.services import Services
from ui.importing.dropped_files import local_files
from ui.log.contact_drafts import ContactDrafts, drafts_folder_for
from ui.log.customer_list import CustomerListPanel
from ui.log.customer_page import CustomerPage
from ui.shell.empty_state import EmptyState, empty_words
from ui.shell.first_paint import after_first_paint
from ui.shell.menu_letters import keep_letters
from ui.shell.status_colours import Tone, show_as_banner
from ui.shell.verifying import VerifyingWindow
from ui.shell.window_dialogs import WindowDialogs

if TYPE_CHECKING:  # dialogs load when first opened: the window starts with the log alone
    from ui.log.search_dialog import SearchDialog
    from ui.log.verify_task import VerifyTask

DEMO_BANNER = (
    "Demo database — nothing here is real. Explore freely; your own log is kept separately."
)


class MainWindow(WindowDialogs, VerifyingWindow, QMainWindow):
    customer_selected = Signal(object)  # customer id or None
    customer_saved = Signal(int)
    contact_logged = Signal(int)
    contact_corrected = Signal(int, int)  # contact id, revision number
    files_dropped = Signal(list, object)  # paths, customer id or None
    settings_saved = Signal()
    tools_installed = Signal()  # the features are in (just after the first paint at start)

    def __init__(
        self,
        services: Services,
        *,
        ui_state: QSettings | None = None,
        drafts_folder: Path | None = None,
        tools: Callable[[MainWindow], list[object]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._ui_state = ui_state
        self.drafts = ContactDrafts(drafts_folder or drafts_folder_for(services.store.path))
        self.dialog: QWidget | None = None  # the dialog open now, if any
        self.search_dialog: SearchDialog | None = None
        self.verify_task: VerifyTask | None = None
        self.verify_progress: QProgressDialog | None = None
        self.setWindowTitle(f"{APP_NAME} — {Path(services.store.path).name}")
        self.setAcceptDrops(True)

        self.customer_list = CustomerListPanel(services.customers)
        self.page = CustomerPage(services)
        self.empty_state = self._build_empty_state()
        self.right = QStackedWidget()
        self.right.addWidget(self.page)
        self.right.addWidget(self.empty_state)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.customer_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 900])
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        self.demo_banner = QLabel(DEMO_BANNER)
        if services.is_demo:  # styled only where it shows
            show_as_banner(self.demo_banner, Tone.WARNING)
        self.demo_banner.setVisible(services.is_demo)
        column.addWidget(self.demo_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._connect()
        # The features that act on one customer plug in here (see ui/shell/steady_window.py),
        # once the window has been painted at start (at once otherwise).
        self.customer_tools: list[object] = []
        if tools is not None:
            after_first_paint(lambda: self._install_tools(tools))
        self._show_customer_count()  # the list read its first page when it was made
        self._restore_state()

    # Building.
    def _install_tools(self, tools: Callable[[MainWindow], list[object]]) -> None:
        self.customer_tools.extend(tools(self))
        keep_letters(self.menuBar())  # the tools add menus and items
        self.tools_installed.emit()

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.rstrip('…')} ({keys})" if keys else text.rstrip("…"))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_customer_action = self._action("New customer…", "Ctrl+Shift+N", self.new_customer)
        self.edit_customer_action = self._action("Edit customer…", "Ctrl+E", self.edit_customer)
        self.log_contact_action = self._action("Log a contact…", "Ctrl+N", self.log_contact)
        self.search_action = self._action("Search…", "Ctrl+F", self.open_search)
        self.settings_action = self._action("Settings…", "Ctrl+,", self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        # No key of its own: Ctrl+Shift+V is "Paste evidence", used every day.
        self.verify_action = self._action("Verify the log", "", lambda: self.verify_log())
        self.quit_action = self._action("Quit", "Ctrl+Q", self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # The divider above the log moves by keys too: on a laptop screen the charts and most
        # signs sit below it, and a keyboard owner could never bring them into view.
        self.more_above_action = self._action(
            "More room for where they stand", "Ctrl+Shift+Down", lambda: self.move_divider(1)
        )
        self.more_log_action = self._action(
            "More room for the log", "Ctrl+Shift+Up", lambda: self.move_divider(-1)
        )

        menus = self.menuBar()
        self.file_menu = file_menu = menus.addMenu("&File")
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.verify_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.customer_menu = menus.addMenu("&Customer")
        self.customer_menu.addAction(self.new_customer_action)
        self.customer_menu.addAction(self.edit_customer_action)
        self.customer_menu.addAction(self.log_contact_action)
        self.customer_menu.addSeparator()
        search_menu = menus.addMenu("&Search")
        search_menu.addAction(self.search_action)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.more_above_action)
        view_menu.addAction(self.more_log_action)
        keep_letters(menus)

        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (
            self.new_customer_action,
            self.log_contact_action,
            self.search_action,
            self.settings_action,
            self.verify_action,
        ):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.customer_count_label = QLabel()
        self.statusBar().addPermanentWidget(self.customer_count_label)

    def _build_empty_state(self) -> EmptyState:
        state = EmptyState()
        state.button.clicked.connect(self.new_customer)
        self.empty_text = state.text
        self.empty_button = state.button
        return state

    def _connect(self) -> None:
        self.customer_list.customer_selected.connect(self._on_customer_list_selected)
        self.customer_list.files_dropped.connect(self.files_dropped)
        # A new search or status filter while nobody is shown changes why nobody is shown.
        self.customer_list.model.modelReset.connect(self._on_list_reset)
        self.page.contact_opened.connect(self.open_contact)
        self.page.edit_requested.connect(self.edit_customer)
        self.page.log_requested.connect(self.log_contact)
        self.files_dropped.connect(self.log_contact_with_files)

    # Extension points for the other features.
    def add_customer_action(self, action: QAction) -> None:
        """A button on the customer page and an entry in the Customer menu."""
        self.page.add_action(action)
        self.customer_menu.addAction(action)

    def add_customer_page_section(self, widget: QWidget) -> None:
        """A widget between the customer's details and the log; follow `customer_selected`."""
        self.page.add_section(widget)

    @property
    def ui_state(self) -> QSettings | None:
        """Where window state is kept (None in tests that do not keep it)."""
        return self._ui_state

    def current_customer(self) -> int | None:
        return self.customer_list.selected_customer()

    # Showing.
    def move_divider(self, steps: int) -> None:
        """Move the divider between the customer's details and their log a quarter of the page
        down (steps > 0) or up, as far as each side keeps its least height."""
        splitter = self.page.splitter
        top, log = splitter.sizes()
        # As a drag does (splitterMoved): the page then keeps the owner's choice.
        splitter.moveSplitter(top + steps * max((top + log) // 4, 1), 1)
        self._scroll_to_focus()

    def _scroll_to_focus(self) -> None:
        """Scroll the details above the log to the part the keyboard is on. A chart took the
        focus out of sight: the scroll area follows a focused field, not a chart."""
        scroll = self.page.top_scroll
        content, focused = scroll.widget(), QApplication.focusWidget()
        if content is None or focused is None or not content.isAncestorOf(focused):
            return
        top = focused.mapTo(content, QPoint(0, 0)).y()
        bar, room = scroll.verticalScrollBar(), scroll.viewport().height()
        if top < bar.value() or focused.height() > room:
            bar.setValue(top)
        elif top + focused.height() > bar.value() + room:
            bar.setValue(top + focused.height() - room)

    def refresh_customers(self) -> None:
        self.customer_list.refresh()
        self._show_customer_count()

    def _show_customer_count(self) -> None:
        # The list has just counted them when it shows everyone: no second count of the book.
        model = self.customer_list.model
        total = model.total if model.unfiltered else self.services.customers.count()
        self.customer_count_label.setText(f"{total} customer{'s' if total != 1 else ''}")
        self._show_right(self.current_customer())

    def select_customer(self, customer_id: int) -> None:
        if not self.customer_list.select_customer(customer_id):
            self._on_customer_list_selected(customer_id)

    def select_first_customer(self) -> None:
        self.customer_list.select_first()

    def _show_right(self, customer_id: int | None) -> None:
        if customer_id is None:
            panel = self.customer_list
            total = self.services.customers.count()
            status = panel.status_box.currentText() if panel.status_box.currentData() else None
            words = empty_words(total, panel.filter_box.text(), status)
            self.empty_state.show_words(words, first=total == 0)
        self.right.setCurrentWidget(self.page if customer_id is not None else self.empty_state)
        self.edit_customer_action.setEnabled(customer_id is not None)
        self.log_contact_action.setEnabled(customer_id is not None)

    def _on_list_reset(self) -> None:
        self._show_right(self.current_customer())

    def _on_customer_list_selected(self, customer_id: int | None) -> None:
        self.page.show_customer(customer_id)
        self._show_right(customer_id)
        self.customer_selected.emit(customer_id)

    # Files dropped anywhere on the window belong to the customer on screen.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths, self.current_customer())

    # Window state (UI only; the owner's settings live in the database).
    def _restore_state(self) -> None:
        screen = self.screen().availableGeometry()
        geometry = self._ui_state.value("main/geometry") if self._ui_state else None
        saved_on = self._ui_state.value("main/screen") if self._ui_state else None
        # A size kept from another screen (a projector, a monitor since unplugged) comes back
        # squeezed or cut off on the laptop's: open at the size that suits this screen instead.
        if geometry and saved_on == _screen_key(screen):
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        else:
            self.resize(min(1320, int(screen.width() * 0.92)), min(820, int(screen.height() * 0.9)))
        if self._ui_state is None:
            return
        splitter = self._ui_state.value("main/splitter")
        if splitter:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        # A packet being prepared holds choices no draft keeps (redactions, ticks, a purpose):
        # quitting asks as closing that window does, and the owner can stay.
        asking = [
            dialog
            for dialog in self.findChildren(QWidget)
            if dialog.isWindow() and dialog.isVisible() and hasattr(dialog, "may_quit")
        ]
        if not all(dialog.may_quit() for dialog in asking):  # type: ignore[attr-defined]
            event.ignore()
            return
        for dialog in asking:
            dialog.done(0)  # type: ignore[attr-defined]  # closed by Steady: a drawing stops
        if self.dialog is not None:
            from ui.log.contact_dialog import LogContactDialog
            from ui.log.contact_view import ContactDialog

            # Offered back at the next start, or when this customer or contact is opened again.
            if isinstance(self.dialog, LogContactDialog):
                self.dialog.keep_draft()
            elif isinstance(self.dialog, ContactDialog):
                self.dialog.keeper.keep()
        from ui.log.typing_drafts import TypingKeeper

        # An action or a customer's details being typed: offered back at the next start.
        for keeper in self.findChildren(TypingKeeper):
            keeper.release()
        if self._ui_state is not None:
            self._ui_state.setValue("main/geometry", self.saveGeometry())
            self._ui_state.setValue("main/screen", _screen_key(self.screen().availableGeometry()))
            self._ui_state.setValue("main/splitter", self.splitter.saveState())
            self._ui_state.sync()
        if self.search_dialog is not None:
            self.search_dialog.close()
        self.customer_list.stop_filtering()
        if self.verify_task is not None:
            self.verify_task.wait()
        super().closeEvent(event)


def _screen_key(area: QRect) -> str:
    return f"{area.width()}x{area.height()}"
