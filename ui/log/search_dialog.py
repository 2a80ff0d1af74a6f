"""Search everything (Ctrl+F): results as you type, the matched words highlighted."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.core.search_hits import HIT_END, HIT_START, SearchHit, page_summary
from app.services import Services
from ui.shell.dates import shown_when
from ui.shell.plain_text import isolated
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, tone_colours

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 100
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_CLOSE = "</span>"


def mark_open() -> str:
    """Matched words in the warning fill, readable on a light or a dark palette."""
    colours = tone_colours(Tone.WARNING)
    return (
        f'<span style="background-color:{colours.fill.name()}; '
        f'color:{colours.fill_text.name()}; font-weight:bold;">'
    )


_Index = QModelIndex | QPersistentModelIndex


def highlighted_html(snippet: str) -> str:
    """The snippet escaped for display, with the matched words marked."""
    return (
        html.escape(snippet).replace(HIT_START, mark_open()).replace(HIT_END, MARK_CLOSE)
    ).replace("\n", " ")


def plain_snippet(snippet: str) -> str:
    return snippet.replace(HIT_START, "").replace(HIT_END, "").replace("\n", " ")


def hit_heading(hit: SearchHit, keep: Callable[[str], str] = str) -> str:
    """The hit's first line; `keep` wraps what the customer wrote (name, subject)."""
    if hit.kind == "customer":
        return f"Customer: {keep(hit.customer_name)}"
    when = shown_when(hit.occurred_at) if hit.occurred_at else ""
    channel = hit.channel.label if hit.channel else ""
    return f"{keep(hit.customer_name)} · {when} · {channel} — {keep(hit.title)}"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit_heading(hit)}\n{plain_snippet(hit.snippet)}"
        if role == HTML_ROLE:
            # Isolated as names and quotes are everywhere else: a right-to-left override in a
            # name or message would otherwise turn the date and the rest of the line around.
            return (
                f"<b>{html.escape(hit_heading(hit, isolated))}</b><br>"
                f"<span>{highlighted_html(isolated(hit.snippet))}</span>"
            )
        if role == HIT_ROLE:
            return hit
        return None


class RichTextDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text (two lines) so highlighted words show."""

    def _document(
        self, option: QStyleOptionViewItem, index: _Index, width: int | None = None
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() if width is None else width  # type: ignore[attr-defined]
        document.setTextWidth(max(width - 12, 100))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Each result as tall as its words: with one height for all, a heading that wrapped
        # (large text, a long name) cut its snippet off mid-sentence.
        view = option.widget  # type: ignore[attr-defined]
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 300
        height = self._document(option, index, width).size().height()
        line = option.fontMetrics.lineSpacing()  # type: ignore[attr-defined]
        return QSize(300, max(int(height) + 8, line * 3 + 12))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""  # type: ignore[attr-defined]
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)  # type: ignore[attr-defined]
        rect = option.rect  # type: ignore[attr-defined]
        document = self._document(option, index)
        painter.translate(rect.left() + 6, rect.top() + 4)
        painter.setClipRect(0, 0, rect.width() - 12, rect.height() - 8)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            context.palette.setColor(
                context.palette.ColorRole.Text,
                option.palette.highlightedText().color(),  # type: ignore[attr-defined]
            )
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchDialog(QDialog):
    """Stays open beside the window, so several results can be opened one after another."""

    contact_chosen = Signal(int, int)  # contact id, customer id
    customer_chosen = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle("Search everything")
        fit_to_screen(self, 760, 560)
        self.query_edit = QLineEdit(
            placeholderText="Words from any message, summary, name, email or handle"
        )
        self.query_edit.setAccessibleName("Search for")
        self.query_edit.setClearButtonEnabled(True)
        self.model = SearchResultsModel(self)
        self.results = QListView()
        self.results.setAccessibleName("Search results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # heights follow the width
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A click opens a result (as a link would); Enter is handled in eventFilter.
        self.results.clicked.connect(self._on_results_activated)
        self.results.installEventFilter(self)
        self.status_label = QLabel("Type to search every contact and customer.")
        # It repeats what was typed (as text, never markup) and can run to two lines.
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self._on_query_return_pressed)
        self.query_edit.installEventFilter(self)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.query_edit.text()
        if not query.strip():
            self.model.set_hits([])
            self.status_label.setText("Type to search every contact and customer.")
            return
        try:
            page = self._services.search_page(query, RESULT_LIMIT, prefix=True)
        except SteadyError as error:
            self.status_label.setText(str(error))
            return
        self.model.set_hits(page.hits)
        said = page_summary(page, query.strip())
        if page.hits:
            said += " Click or press Enter to open."
            self.results.setCurrentIndex(self.model.index(0))
        self.status_label.setText(said)

    def _on_query_return_pressed(self) -> None:
        if self._timer.isActive() or not self.model.hits:
            self.run_search()
        if self.results.currentIndex().isValid():
            self.open_hit(self.results.currentIndex().row())

    def eventFilter(self, watched: object, event: object) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QKeyEvent.Type.KeyPress:
            return False
        key = event.key()
        # Up and Down in the query box move through the results.
        if watched is self.query_edit and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.results.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.results.setCurrentIndex(self.model.index(row))
            return True
        if watched is self.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_results_activated(self.results.currentIndex())
            return True
        return False

    def _on_results_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit(index.row())

    def open_hit(self, row: int) -> None:
        hit = self.model.hits[row]
        if hit.kind == "customer":
            self.customer_chosen.emit(hit.customer_id)
        else:
            self.contact_chosen.emit(hit.id, hit.customer_id)
