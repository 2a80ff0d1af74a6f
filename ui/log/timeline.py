"""A customer's log, newest first: one card per contact, fetched a page at a time; the same
message sent again and again is one card that opens, like a branch of a tree, to its copies."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.domain import Contact, Direction
from app.standing.action_records import Action
from ui.log.repeat_card import card_colours, paint_card_top, paint_quote, paint_repeat
from ui.log.timeline_model import TimelineModel
from ui.log.timeline_text import (
    ACTION_ROLE,
    CONTACT_ID_ROLE,
    CONTACT_ROLE,
    COPY_ROLE,
    PREVIEW_LINES,
    REPEAT_ROLE,
    WARNING_ROLE,
    WITHDRAWN_ROLE,
    CopyRow,
    RepeatRow,
    categories_text,
    heading,
)
from ui.shell.status_colours import Tone, tone_colours

_Index = QModelIndex | QPersistentModelIndex
INDENT = 28  # a copy sits under its group


# The narrowest a card asks to be: the list stretches every card to its own width, so a
# narrow window (the log beside a mail program) wraps and elides rather than scrolling sideways.
CARD_MIN_WIDTH = 240


class TimelineDelegate(QStyledItemDelegate):
    """Paints a contact as a card: when/how, severity chip, summary, categories, the words."""

    PAD = 8

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)  # type: ignore[attr-defined]
        bold = QFont(base)
        bold.setBold(True)
        quote = QFont(base)
        quote.setItalic(True)
        return base, bold, quote

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Every row the same height: the view lays out 10,000 rows without asking each, and
        Qt takes the size of the last row loaded for all of them. An action that was last
        (the oldest entry) cut every contact card down to its two lines; now an action
        paints its slimmer card in the middle of its row instead."""
        line = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        return QSize(CARD_MIN_WIDTH, self.PAD * 3 + line * (3 + PREVIEW_LINES) + 10)

    def _selected(self, index: _Index) -> bool:
        """Asked of the view, not read from `option.state`: that value's type makes PySide6
        build the QStyle class and its many enums, a cost paid before the log first shows."""
        view = self.parent()
        selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        return selection is not None and selection.isSelected(index)

    def _paint_action(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """An action is a slimmer card with a blue edge: something the business did."""
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = self._selected(index)
        base, bold, _quote = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        lines = str(index.data()).split("\n")
        height = min(self.PAD * 2 + line * len(lines) + 2, rect.height() - 6)
        top = rect.top() + (rect.height() - height) // 2
        card = QRect(rect.left() + 4, top, rect.width() - 8, height)
        info = tone_colours(Tone.INFO, palette)
        background, heading, words = info.fill, info.text, info.fill_text
        if selected:  # a pale highlight in dark palettes too: the tone's light pens vanish on it
            background, heading, _muted, _box = card_colours(palette, True)
            words = heading
        painter.setPen(palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(heading)
        painter.drawRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8))
        inner = card.adjusted(self.PAD + 6, self.PAD - 2, -self.PAD, -self.PAD)
        y = inner.top()
        for number, text in enumerate(lines):
            font = bold if number == 0 else base
            painter.setFont(font)
            painter.setPen(heading if number == 0 else words)
            painter.drawText(
                QRect(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                QFontMetrics(font).elidedText(
                    ("✔ " if number == 0 else "") + text, Qt.TextElideMode.ElideRight, inner.width()
                ),
            )
            y += line
        painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        if isinstance(index.data(ACTION_ROLE), Action):
            return self._paint_action(painter, option, index)
        repeat = index.data(REPEAT_ROLE)
        if isinstance(repeat, RepeatRow):
            fonts = self._fonts(option)
            warning = index.data(WARNING_ROLE) or ""
            return paint_repeat(
                painter, option, repeat, fonts, self.PAD, self._selected(index), warning
            )
        contact = index.data(CONTACT_ROLE)
        if not isinstance(contact, Contact):
            return super().paint(painter, option, index)
        painter.save()
        withdrawn = index.data(WITHDRAWN_ROLE) or ""
        if withdrawn:  # kept in its place, greyed, saying why it no longer counts
            painter.setOpacity(0.55)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        copy = index.data(COPY_ROLE)
        if isinstance(copy, CopyRow):
            rect = self._paint_branch(painter, option, rect)
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = self._selected(index)
        base, bold, quote = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        card = rect.adjusted(4, 3, -4, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background, text_colour, muted, quote_fill = card_colours(palette, selected)
        painter.setPen(palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        inner = card.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)

        # When, channel, direction; the severity chip at the top right.
        arrow = "⬅ " if contact.direction is Direction.INBOUND else "➡ "
        if isinstance(copy, CopyRow):
            arrow += f"{copy.label} · "
        colour = paint_card_top(
            painter, inner, contact.severity, arrow + heading(contact), bold, line, text_colour
        )

        y = inner.top() + line + 4
        painter.setFont(base)
        summary = contact.summary or "(no summary)"
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(base).elidedText(summary, Qt.TextElideMode.ElideRight, inner.width()),
        )
        y += line
        # A missing-evidence warning takes the categories' line: it is what needs doing.
        warning = "" if withdrawn else index.data(WARNING_ROLE)
        painter.setPen(tone_colours(Tone.WARNING, palette).text if warning else muted)
        painter.setFont(bold if warning or withdrawn else base)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold if warning or withdrawn else base).elidedText(
                withdrawn or (f"⚠ {warning}" if warning else categories_text(contact)),
                Qt.TextElideMode.ElideRight,
                inner.width(),
            ),
        )
        y += line + 4

        box = QRect(inner.left(), y, inner.width(), line * PREVIEW_LINES + 4)
        paint_quote(painter, box, contact.text, quote, quote_fill, colour, text_colour)
        painter.restore()

    def _paint_branch(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> QRect:
        """A copy is drawn indented, joined to its group's card by a line down the left."""
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.setPen(palette.mid().color())
        x = rect.left() + INDENT // 2
        painter.drawLine(x, rect.top(), x, rect.bottom())
        painter.drawLine(x, rect.center().y(), rect.left() + INDENT, rect.center().y())
        return rect.adjusted(INDENT, 0, 0, 0)


class TimelineView(QListView):
    """Double-click or Enter on a card opens that contact; on a repeated message's card they
    open the group to its copies, as → or + do (← or − fold it again, as in a tree)."""

    contact_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSpacing(0)
        self.activated.connect(self._on_activated)
        self._kept: int | None = None  # the contact chosen before the rows were folded

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if isinstance(old, TimelineModel):
            old.modelAboutToBeReset.disconnect(self._on_model_about_to_be_reset)
            old.modelReset.disconnect(self._on_model_reset)
        super().setModel(model)
        if isinstance(model, TimelineModel):
            model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
            model.modelReset.connect(self._on_model_reset)

    def _timeline(self) -> TimelineModel | None:
        model = self.model()
        return model if isinstance(model, TimelineModel) else None

    def _on_model_about_to_be_reset(self) -> None:
        model, index = self._timeline(), self.currentIndex()
        chosen = model.contact_at(index.row()) if model and index.isValid() else None
        self._kept = chosen.id if chosen is not None else None

    def _on_model_reset(self) -> None:
        model, kept, self._kept = self._timeline(), self._kept, None
        row = model.row_showing(kept) if model is not None and kept is not None else None
        if model is not None and row is not None:
            self.setCurrentIndex(model.index(row))
            self.scrollTo(model.index(row))

    def show_contact(self, contact_id: int) -> bool:
        """Select the contact's row and scroll it into view, reading further pages of the log
        when it was backdated among older contacts; False when it is not in this log."""
        model = self._timeline()
        if model is None:
            return False
        row = model.row_showing(contact_id)
        pages_left = model.contact_total + 1  # each page reads at least one contact
        while row is None and pages_left and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
            row = model.row_showing(contact_id)
            pages_left -= 1
        if row is None:
            return False
        self.setCurrentIndex(model.index(row))
        self.scrollTo(model.index(row), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        key = event.key()
        if index.isValid() and self._tree_key(index, key):
            return
        # Enter opens the card on every platform (some styles only activate on Return).
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self._on_activated(index)
            return
        super().keyPressEvent(event)

    def _tree_key(self, index: QModelIndex, key: int) -> bool:
        """→/+ open a repeated message (or step to its first copy), ←/− fold it (from a copy,
        step back to its group): the keys of a tree."""
        model = self._timeline()
        group, copy = index.data(REPEAT_ROLE), index.data(COPY_ROLE)
        if model is None or not isinstance(group, RepeatRow | type(None)):
            return False
        row = index.row()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Plus) and isinstance(group, RepeatRow):
            if group.expanded and key == Qt.Key.Key_Right:
                self.setCurrentIndex(model.index(row + 1))
            else:
                model.set_expanded(row, True)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
            if isinstance(copy, CopyRow):
                while row > 0 and model.index(row).data(REPEAT_ROLE) is None:
                    row -= 1
                self.setCurrentIndex(model.index(row))
                if key == Qt.Key.Key_Minus:
                    model.set_expanded(row, False)
                return True
            if isinstance(group, RepeatRow):
                model.set_expanded(row, False)
                return True
        return False

    def _on_activated(self, index: QModelIndex) -> None:
        group = index.data(REPEAT_ROLE)
        model = self._timeline()
        if isinstance(group, RepeatRow) and model is not None:
            model.set_expanded(index.row(), not group.expanded)
            return
        contact_id = index.data(CONTACT_ID_ROLE)
        if contact_id is not None:
            self.contact_opened.emit(int(contact_id))


__all__ = ["TimelineDelegate", "TimelineModel", "TimelineView"]
