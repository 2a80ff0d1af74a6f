"""A customer's log, newest first: one card per contact, fetched a page at a time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.clock import show_local
from app.contact_log import ContactLog
from app.domain import Contact, Direction
from ui.paged_rows import PagedRows
from ui.status_look import SEVERITY_COLOURS, severity_label

PREVIEW_LINES = 2
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_ROLE = Qt.ItemDataRole.UserRole + 3
WARNING_COLOUR = QColor("#9a5b00")

_Index = QModelIndex | QPersistentModelIndex


def first_lines(text: str, count: int = PREVIEW_LINES) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:count]


def heading(contact: Contact) -> str:
    when = contact.occurred_at.astimezone().strftime("%a %Y-%m-%d %H:%M")
    return f"{when} · {contact.channel.label} · {contact.direction.label}"


def categories_text(contact: Contact) -> str:
    parts = [category.label for category in contact.categories] or ["No categories"]
    if contact.revision:
        parts.append(f"corrected (revision {contact.revision})")
    if contact.attachment_count:
        files = "file" if contact.attachment_count == 1 else "files"
        parts.append(f"{contact.attachment_count} {files} attached")
    return " · ".join(parts)


def card_text(contact: Contact, warning: str = "") -> str:
    """The card as plain text: what a screen reader says and what the tests read."""
    words = first_lines(contact.text)
    return "\n".join(
        [
            f"{heading(contact)} · severity {severity_label(contact.severity)}",
            contact.summary or "(no summary)",
            categories_text(contact),
            *([f"⚠ {warning}"] if warning else []),
            *(f"“{line}”" for line in words),
        ]
    )


class TimelineModel(PagedRows[Contact], QAbstractListModel):
    def __init__(self, contacts: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._customer_id: int | None = None
        self._rows: list[Contact] = []
        self._total = 0
        self._warning_for: Callable[[Contact], str] | None = None
        self._warnings: dict[int, str] = {}

    def set_warning_source(self, warning_for: Callable[[Contact], str]) -> None:
        """Another feature's check that a contact lacks something (e.g. a post's URL)."""
        self._warning_for = warning_for
        self.reload()

    def show_customer(self, customer_id: int | None) -> None:
        self.beginResetModel()
        self._customer_id = customer_id
        self._rows = []
        self._total = 0 if customer_id is None else self._contacts.count_for_customer(customer_id)
        self.endResetModel()
        # The first page at once, so the newest contacts show without waiting for the view.
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.show_customer(self._customer_id)

    @property
    def total(self) -> int:
        return self._total

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]

    def _read_page(self, offset: int, limit: int) -> list[Contact]:
        if self._customer_id is None:
            return []
        page = self._contacts.page_for_customer(self._customer_id, offset, limit)
        if self._warning_for is not None:
            for contact in page:
                warning = self._warning_for(contact)
                if warning:
                    self._warnings[contact.id] = warning
        return page

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        warning = self._warnings.get(contact.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return card_text(contact, warning)
        if role == WARNING_ROLE:
            return warning
        if role == Qt.ItemDataRole.ToolTipRole:
            zone = contact.details.occurred_tz
            return (
                f"{show_local(contact.occurred_at, with_zone=True)}"
                + (f" (logged as UTC{zone})" if zone else "")
                + (f"\n⚠ {warning}" if warning else "")
                + "\nDouble-click or press Enter to open, see its history or correct it."
            )
        if role == CONTACT_ROLE:
            return contact
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None


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
        line = QFontMetrics(option.font).lineSpacing()  # type: ignore[attr-defined]
        return QSize(400, self.PAD * 3 + line * (3 + PREVIEW_LINES) + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        contact = index.data(CONTACT_ROLE)
        if not isinstance(contact, Contact):
            return super().paint(painter, option, index)
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        base, bold, quote = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        card = rect.adjusted(4, 3, -4, -3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.highlight().color() if selected else palette.base().color()
        if selected:
            background = background.lighter(175)
        painter.setPen(palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        text_colour = palette.text().color()
        muted = palette.placeholderText().color()
        inner = card.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)

        # Severity chip, top right: colour and words together.
        label = severity_label(contact.severity)
        chip_metrics = QFontMetrics(bold)
        chip_width = chip_metrics.horizontalAdvance(label) + 16
        chip = QRect(inner.right() - chip_width, inner.top(), chip_width, line + 2)
        colour = SEVERITY_COLOURS.get(contact.severity, QColor("#999999"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, 8, 8)
        painter.setFont(bold)
        painter.setPen(QColor("#ffffff") if colour.lightness() < 140 else QColor("#1f1f1f"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)

        # When, channel, direction.
        arrow = "⬅ " if contact.direction is Direction.INBOUND else "➡ "
        top = QRect(inner.left(), inner.top(), inner.width() - chip_width - 8, line + 2)
        painter.setPen(text_colour)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                arrow + heading(contact), Qt.TextElideMode.ElideRight, top.width()
            ),
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
        warning = index.data(WARNING_ROLE)
        painter.setPen(WARNING_COLOUR if warning else muted)
        painter.setFont(bold if warning else base)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold if warning else base).elidedText(
                f"⚠ {warning}" if warning else categories_text(contact),
                Qt.TextElideMode.ElideRight,
                inner.width(),
            ),
        )
        y += line + 4

        # The first lines of the exact words, in a quote box.
        box = QRect(inner.left(), y, inner.width(), line * PREVIEW_LINES + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.alternateBase().color())
        painter.drawRect(box)
        painter.setBrush(colour)
        painter.drawRect(QRect(box.left(), box.top(), 3, box.height()))
        painter.setFont(quote)
        painter.setPen(text_colour)
        words = " ⏎ ".join(first_lines(contact.text)) or "(no words recorded)"
        painter.drawText(
            box.adjusted(10, 2, -4, -2),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            words,
        )
        painter.restore()


class TimelineView(QListView):
    """Double-click or Enter on a card opens that contact."""

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the card on every platform (some styles only activate on Return).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        contact_id = index.data(CONTACT_ID_ROLE)
        if contact_id is not None:
            self.contact_opened.emit(int(contact_id))
