"""Walking every widget a window shows, as an auditor would: labels, tooltips, item views."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

ROWS_READ = 50  # enough rows of each view to meet every kind of cell


def widgets_in(top: QWidget) -> Iterator[QWidget]:
    yield top
    yield from top.findChildren(QWidget)


def is_rich(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt reads `text` as markup (labels in AutoText and tooltips both guess)."""
    if text_format == Qt.TextFormat.PlainText:
        return False
    if text_format in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText):
        return True
    return bool(GuiQt.mightBeRichText(text))


def shown_text(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the owner reads: the text itself, or the markup's rendering."""
    if not is_rich(text, text_format):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_texts(top: QWidget) -> Iterator[tuple[QLabel, str]]:
    """Every label's text as shown (hidden ones too: they show when their moment comes)."""
    for label in top.findChildren(QLabel):
        yield label, shown_text(label.text(), label.textFormat())


def tooltips(top: QWidget) -> Iterator[tuple[object, str]]:
    """Every tooltip a widget or a row of an item view would show."""
    for widget in widgets_in(top):
        if widget.toolTip():
            yield widget, widget.toolTip()
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_tooltips(widget.model(), QModelIndex())


def _model_tooltips(model: object, parent: QModelIndex) -> Iterator[tuple[object, str]]:
    flat = isinstance(model, QAbstractListModel)
    rows = min(model.rowCount(parent), ROWS_READ)  # type: ignore[attr-defined]
    # A list model hides columnCount (it always has one column).
    columns = 1 if flat else model.columnCount(parent)  # type: ignore[attr-defined]
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)  # type: ignore[attr-defined]
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield index, tip
            if column == 0 and not flat and model.rowCount(index):  # type: ignore[attr-defined]
                yield from _model_tooltips(model, index)


INTERNAL_PARTS = ("qt_",)  # Qt's own pieces (spin box editors, scroll buttons) name themselves


def interactive_widgets(top: QWidget) -> Iterator[QWidget]:
    """Widgets the owner can focus and use, without the inner parts of compound widgets."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGraphicsView,
        QLineEdit,
        QPlainTextEdit,
        QScrollBar,
        QTabBar,
        QTextEdit,
    )

    kinds = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGraphicsView,  # the charts take focus
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    for widget in widgets_in(top):
        if not isinstance(widget, kinds) or isinstance(widget, QScrollBar):
            continue
        if widget.objectName().startswith(INTERNAL_PARTS):
            continue
        parent = widget.parentWidget()
        inside = False
        while parent is not None and parent is not top:
            if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)) or (
                isinstance(parent, QAbstractItemView) and widget is not parent
            ):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            yield widget


def accessible_name(widget: QWidget) -> str:
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def words_shown(top: QWidget) -> Iterator[str]:
    """Everything a window shows in words: its title, labels, fields and the rows of lists."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    yield top.windowTitle()
    for _label, shown in label_texts(top):
        yield shown
    for widget in widgets_in(top):
        if isinstance(widget, QLineEdit):
            yield widget.text()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield widget.toPlainText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            flat = isinstance(model, QAbstractListModel)
            columns = 1 if flat else model.columnCount(QModelIndex())
            for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
                for column in range(columns):
                    value = model.index(row, column, QModelIndex()).data()
                    if isinstance(value, str):
                        yield value
