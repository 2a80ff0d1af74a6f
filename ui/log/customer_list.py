"""The customer list: lazy pages over the customer book, filtered as the owner types."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import CustomerStatus, CustomerSummary
from app.core.errors import NotFoundError, SteadyError
from app.log.customers import CustomerBook
from ui.importing.dropped_files import local_files
from ui.shell.dates import shown_when
from ui.shell.first_paint import after_first_paint
from ui.shell.paged_rows import PagedRows
from ui.shell.plain_text import plain_tooltip
from ui.shell.status_colours import Tone, tone_colours
from ui.shell.status_look import STATUS_COLOURS, chip_icon

FILTER_DELAY_MS = 150
PREPARE_FINDING_MS = 800
# Selecting a customer reads at most this many rows looking for them before filtering instead.
SELECT_SEARCH_ROWS = 1000
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 2

# The widest text each column beside the name must hold, and the order in which they give way
# when the list is too narrow to read the names (the log beside a mail program, half a laptop
# screen): the count first, then the date, then the status.
COLUMN_SAMPLES = {1: "■ Not reviewed", 2: "Contacts", 3: "2026-12-31 23:59"}
NARROW_GIVES_WAY = (2, 3, 1)
NAME_MIN_CHARS = 14  # "Renée Delacroix": most names read whole, longer ones by their start

ORDERS = (
    ("last_contact", "Latest contact first"),
    ("name", "Name, A to Z"),
    ("contacts", "Most contacts first"),
    ("risk", "Highest risk first"),
)

_Index = QModelIndex | QPersistentModelIndex

NOT_REVIEWED = "Not reviewed"
NOT_REVIEWED_TIP = (
    "Not reviewed: Steady's word check suggested categories on their messages that nobody has "
    "kept or cleared yet. They count as flags until then. Select the customer, open each "
    "message marked “Not reviewed” on their log, and keep or clear them."
)


def status_text(summary: CustomerSummary) -> str:
    """The Status column's words: "Not reviewed" while suggestions wait, else the status. Both
    would not fit ("Active · N…" says nothing) without taking the names' room; the status stays
    in the chip's colour, the tooltip, what a screen reader hears and the customer's page."""
    return NOT_REVIEWED if summary.waiting_review else summary.status.label


class CustomerListModel(PagedRows[CustomerSummary], QAbstractTableModel):
    """Rows arrive a page at a time (canFetchMore/fetchMore); nothing loads everything."""

    COLUMNS = ("Name", "Status", "Contacts", "Last contact")

    def __init__(self, customers: CustomerBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._rows: list[CustomerSummary] = []
        self._text = ""
        self._status: str | None = None
        self._order = "last_contact"
        self._total = 0
        self._icons = {status: chip_icon(colour) for status, colour in STATUS_COLOURS.items()}
        # Another feature's preparation for an order, e.g. scoring risk before "risk".
        self.before_reading: Callable[[str], object] | None = None
        self.reload()

    # What the owner chose to see.
    def set_filter(self, text: str, status: str | None = None) -> None:
        self._text, self._status = text, status
        self.reload()

    def set_order(self, order: str) -> None:
        self._order = order
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    @property
    def unfiltered(self) -> bool:
        """True when the list shows every customer (its total is the whole book's)."""
        return not self._text.strip() and self._status is None

    def reload(self) -> None:
        if self.before_reading is not None:
            self.before_reading(self._order)
        self.beginResetModel()
        self._rows = []
        self._total = self._customers.count(self._text, self._status)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def loaded_row_of(self, customer_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == customer_id:
                return row
        return None

    def row_of(self, customer_id: int, max_rows: int | None = None) -> int | None:
        """The row showing this customer, fetching further pages (up to max_rows) to find it."""
        searched = 0
        while True:
            for row in range(searched, len(self._rows)):
                if self._rows[row].id == customer_id:
                    return row
            searched = len(self._rows)
            if not self.canFetchMore(QModelIndex()) or (max_rows and searched >= max_rows):
                return None
            self.fetchMore(QModelIndex())

    # Qt's model interface.
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _read_page(self, offset: int, limit: int) -> list[CustomerSummary]:
        return self._customers.page(offset, limit, self._text, self._order, self._status)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return summary.name
            if column == 1:
                return status_text(summary)
            if column == 2:
                return str(summary.contact_count)
            return shown_when(summary.last_contact_at) if summary.last_contact_at else "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 3 and summary.last_contact_at:
                return shown_when(summary.last_contact_at)
            if column == 1 and summary.waiting_review:
                return plain_tooltip(f"Status: {summary.status.label}\n{NOT_REVIEWED_TIP}")
            return plain_tooltip("\n".join((summary.name, *summary.emails)))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1:
            # A screen reader hears the whole mark, not the column's cut-off end.
            if summary.waiting_review:
                return f"{summary.status.label}. {NOT_REVIEWED_TIP}"
            return summary.status.label
        if column == 1 and summary.waiting_review and role == Qt.ItemDataRole.ForegroundRole:
            return tone_colours(Tone.WARNING).text
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return self._icons.get(summary.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CUSTOMER_ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return None


class CustomerTable(QTableView):
    """The list itself; files dropped on a row belong to that customer."""

    files_dropped = Signal(list, object)  # paths, customer id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)
        self._widths: dict[int, int] = {}

    def size_columns(self) -> None:
        """The name takes what is left; the other columns are as wide as their widest text.
        Fixed widths: sizing to contents measured every loaded row (~15,000 data() calls,
        140 ms) before the window first appeared."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self._widths[column] = metrics.horizontalAdvance(sample) + 14
            header.resizeSection(column, self._widths[column])
        header.sectionResized.connect(self._on_section_resized)
        self._fit_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if column in self._widths and new > 0:  # the owner widened or narrowed it
            self._widths[column] = new

    def _fit_columns(self) -> None:
        """Hide the columns that would squeeze the names past reading, in NARROW_GIVES_WAY
        order; show them again when there is room."""
        if not self._widths:
            return
        room = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        name_min = self.fontMetrics().averageCharWidth() * NAME_MIN_CHARS
        shown = set(self._widths)
        for column in NARROW_GIVES_WAY:
            if room - sum(self._widths[c] for c in shown) >= name_min:
                break
            shown.discard(column)
        for column in self._widths:
            self.setColumnHidden(column, column not in shown)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            index = self.indexAt(event.position().toPoint())
            if index.isValid():
                self.selectRow(index.row())
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        event.acceptProposedAction()
        self.files_dropped.emit(paths, index.data(CUSTOMER_ID_ROLE) if index.isValid() else None)


class CustomerListPanel(QWidget):
    """Filter box, order and status choice above the list."""

    customer_selected = Signal(object)  # customer id, or None when nothing is selected
    files_dropped = Signal(list, object)

    def __init__(self, customers: CustomerBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self.model = CustomerListModel(customers, self)
        self.filter_box = QLineEdit(placeholderText="Find a customer (name, email, phone…)")
        self.filter_box.setAccessibleName("Find a customer")
        self.filter_box.setClearButtonEnabled(True)
        self.order_box = QComboBox()
        for key, title in ORDERS:
            self.order_box.addItem(title, key)
        self.status_box = QComboBox()
        self.status_box.addItem("Every status", None)
        for status in CustomerStatus:
            self.status_box.addItem(status.label, status.value)
        self.table = CustomerTable()
        self.table.setAccessibleName("Customers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.size_columns()
        self.table.horizontalHeader().setHighlightSections(False)

        choices = QHBoxLayout()
        choices.addWidget(self.order_box, 1)
        choices.addWidget(self.status_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)

        # Typing is debounced so a fast typist does not query on every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self._on_filter_box_return_pressed)
        self.status_box.currentIndexChanged.connect(self._apply_filter)
        self.order_box.currentIndexChanged.connect(self._on_order_box_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.files_dropped.connect(self.files_dropped)
        self._selected: int | None = None
        # Once the window is on screen and settled, so that the first letter typed is as quick
        # as the next ones (folding 5,000 customers' details takes 50–100 ms).
        after_first_paint(
            lambda: QTimer.singleShot(PREPARE_FINDING_MS, self, self._prepare_finding)
        )

    def _prepare_finding(self) -> None:
        # Hidden: the window is closing, and its log with it (or it was never shown).
        if self.isVisible():
            with contextlib.suppress(SteadyError):  # a damaged log is told of when used
                self._customers.prepare_finding()

    def selected_customer(self) -> int | None:
        return self._selected

    def select_customer(self, customer_id: int) -> bool:
        """Select and show a customer. If they are far down the list, or hidden by the
        filter, the list is filtered to their name instead of reading every page."""
        row = self.model.row_of(customer_id, SELECT_SEARCH_ROWS)
        if row is None:
            try:
                name = self._customers.get(customer_id).name
            except NotFoundError:
                return False
            self._set_filter_quietly(name, None)
            row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _set_filter_quietly(self, text: str, status: str | None) -> None:
        for widget in (self.filter_box, self.status_box):
            widget.blockSignals(True)
        self.filter_box.setText(text)
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(status)))
        for widget in (self.filter_box, self.status_box):
            widget.blockSignals(False)
        self.model.set_filter(text, status)

    def select_first(self) -> None:
        if self.model.rowCount() == 0 and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if self.model.rowCount():
            self.table.selectRow(0)

    def refresh(self) -> None:
        """Read the list again (after a save), keeping the same customer selected."""
        keep = self._selected
        self.model.reload()
        if keep is None or not self.select_customer(keep):
            self._set_selected(None)

    def _apply_filter(self) -> None:
        keep = self._selected
        self.model.set_filter(self.filter_box.text(), self.status_box.currentData())
        row = self.model.loaded_row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount() or self.model.canFetchMore(QModelIndex()):
            self.select_first()
        else:
            self._set_selected(None)

    def stop_filtering(self) -> None:
        """Drop a filter typed a moment ago: the window is closing, and its log with it."""
        self._filter_timer.stop()

    def _on_filter_box_return_pressed(self) -> None:
        self._filter_timer.stop()
        self._apply_filter()
        self.table.setFocus()

    def _on_order_box_changed(self) -> None:
        keep = self._selected
        self.model.set_order(self.order_box.currentData())
        if keep is not None:
            self.select_customer(keep)

    def _on_table_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._set_selected(current.data(CUSTOMER_ID_ROLE) if current.isValid() else None)

    def _set_selected(self, customer_id: int | None) -> None:
        if customer_id != self._selected:
            self._selected = customer_id
            self.customer_selected.emit(customer_id)
