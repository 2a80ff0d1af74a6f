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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.domain import Contact, Direction
from app.log.contacts import ContactLog
from app.standing.records import Action
from ui.shell.dates import shown_when
from ui.shell.paged_rows import PagedRows
from ui.shell.plain_text import plain_tooltip
from ui.shell.status_colours import Tone, text_on, tone_colours
from ui.shell.status_look import SEVERITY_COLOURS, UNKNOWN_COLOUR, severity_label

PREVIEW_LINES = 2
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
WARNING_ROLE = Qt.ItemDataRole.UserRole + 3
ACTION_ROLE = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def first_lines(text: str, count: int = PREVIEW_LINES) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:count]


def heading(contact: Contact) -> str:
    when = shown_when(contact.occurred_at, weekday=True)
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


def action_card_text(action: Action, title: str) -> str:
    when = shown_when(action.occurred_at, weekday=True)
    facts = [f"Reference {action.reference}"] if action.reference else []
    if action.amount is not None:
        facts.append(f"Amount {action.amount}")
    if action.by:
        facts.append(f"by {action.by}")
    lines = [f"{when} · Action taken · {title}"]
    if facts:
        lines.append(" · ".join(facts))
    if action.note:
        lines.append(action.note)
    return "\n".join(lines)


class TimelineModel(PagedRows[Contact | Action], QAbstractListModel):
    """The customer's contacts, newest first, a page at a time, with the business's actions
    (blocks, refunds, warnings, reports…) placed among them by time."""

    def __init__(self, contacts: ContactLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._customer_id: int | None = None
        self._rows: list[Contact | Action] = []
        self._total = 0
        self._contact_total = 0
        self._contacts_read = 0
        self._warning_for: Callable[[Contact], str] | None = None
        self._warnings: dict[int, str] = {}
        self._actions_for: Callable[[int], list[Action]] | None = None
        self._action_title: Callable[[Action], str] = lambda action: action.kind.label
        self._pending_actions: list[Action] = []

    def set_action_source(
        self, actions_for: Callable[[int], list[Action]], title: Callable[[Action], str]
    ) -> None:
        """Show the customer's actions on the log, each titled by `title`."""
        self._actions_for = actions_for
        self._action_title = title
        self.reload()

    def set_warning_source(self, warning_for: Callable[[Contact], str]) -> None:
        """Another feature's check that a contact lacks something (e.g. a post's URL)."""
        self._warning_for = warning_for
        self.reload()

    def show_customer(self, customer_id: int | None) -> None:
        self.beginResetModel()
        self._customer_id = customer_id
        self._rows = []
        self._warnings = {}
        self._contacts_read = 0
        self._contact_total = (
            0 if customer_id is None else self._contacts.count_for_customer(customer_id)
        )
        actions = (
            self._actions_for(customer_id)
            if customer_id is not None and self._actions_for is not None
            else []
        )
        self._pending_actions = sorted(actions, key=lambda a: (a.occurred_at, a.id), reverse=True)
        self._total = self._contact_total + len(self._pending_actions)
        self.endResetModel()
        # The first page at once, so the newest contacts show without waiting for the view.
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        self.show_customer(self._customer_id)

    @property
    def total(self) -> int:
        """Rows there will be once every page is read: contacts and actions."""
        return self._total

    @property
    def contact_total(self) -> int:
        return self._contact_total

    def contact_at(self, row: int) -> Contact | None:
        """The contact on that row, or None where the row is an action."""
        row_item = self._rows[row]
        return row_item if isinstance(row_item, Contact) else None

    def _read_page(self, offset: int, limit: int) -> list[Contact | Action]:
        """The next page of contacts, with the actions that fall among them (offset is ours)."""
        if self._customer_id is None:
            return []
        page = self._contacts.page_for_customer(self._customer_id, self._contacts_read, limit)
        self._contacts_read += len(page)
        if self._warning_for is not None:
            for contact in page:
                warning = self._warning_for(contact)
                if warning:
                    self._warnings[contact.id] = warning
        last_page = self._contacts_read >= self._contact_total or len(page) < limit
        oldest = page[-1].occurred_at if page else None
        merged: list[Contact | Action] = []
        for contact in page:
            while (
                self._pending_actions
                and self._pending_actions[0].occurred_at >= contact.occurred_at
            ):
                merged.append(self._pending_actions.pop(0))
            merged.append(contact)
        while self._pending_actions and (
            last_page or (oldest is not None and self._pending_actions[0].occurred_at >= oldest)
        ):
            merged.append(self._pending_actions.pop(0))
        return merged

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
        if isinstance(contact, Action):
            return self._action_data(contact, role)
        warning = self._warnings.get(contact.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return card_text(contact, warning)
        if role == WARNING_ROLE:
            return warning
        if role == Qt.ItemDataRole.ToolTipRole:
            zone = contact.details.occurred_tz
            return plain_tooltip(
                shown_when(contact.occurred_at, recorded_zone=zone)
                + (f"\n⚠ {warning}" if warning else "")
                + "\nDouble-click or press Enter to open, see its history or correct it."
            )
        if role == CONTACT_ROLE:
            return contact
        if role == CONTACT_ID_ROLE:
            return contact.id
        return None

    def _action_data(self, action: Action, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return action_card_text(action, self._action_title(action))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(action_card_text(action, self._action_title(action)))
        if role == ACTION_ROLE:
            return action
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
        if isinstance(index.data(ACTION_ROLE), Action):
            lines = str(index.data()).count("\n") + 1
            return QSize(400, self.PAD * 2 + line * lines + 8)
        return QSize(400, self.PAD * 3 + line * (3 + PREVIEW_LINES) + 10)

    def _paint_action(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """An action is a slimmer card with a blue edge: something the business did."""
        painter.save()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        base, bold, _quote = self._fonts(option)
        line = QFontMetrics(base).lineSpacing()
        card = rect.adjusted(4, 3, -4, -3)
        info = tone_colours(Tone.INFO, palette)
        background = info.fill if not selected else palette.highlight().color().lighter(175)
        painter.setPen(palette.mid().color())
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(info.text)
        painter.drawRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8))
        inner = card.adjusted(self.PAD + 6, self.PAD - 2, -self.PAD, -self.PAD)
        lines = str(index.data()).split("\n")
        y = inner.top()
        for number, text in enumerate(lines):
            font = bold if number == 0 else base
            painter.setFont(font)
            painter.setPen(info.text if number == 0 else info.fill_text)
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
        colour = SEVERITY_COLOURS.get(contact.severity, UNKNOWN_COLOUR)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(chip, 8, 8)
        painter.setFont(bold)
        painter.setPen(text_on(colour))
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
        painter.setPen(tone_colours(Tone.WARNING, palette).text if warning else muted)
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
