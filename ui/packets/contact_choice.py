"""Choosing the contacts a packet holds and the examples it quotes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import shown_time
from app.core.domain import Contact, Direction
from app.core.withdrawals import Withdrawal
from app.packets.contact_data import SPOKEN_CHANNELS
from app.packets.contacts import EXAMPLES_RULE, in_period, steady_examples
from app.packets.summary import plural
from ui.shell.dates import shown_when
from ui.shell.plain_text import plain_label
from ui.shell.row_keys import never_default, rows_take_enter
from ui.shell.visible_ticks import VisibleTicks

INCLUDE, EXAMPLE, WHEN, CHANNEL, FROM, WORDS = range(6)
# Enough of each message to choose examples by its words ("Your shar" was not).
WORDS_LEAST_CHARS = 36
ID_ROLE = Qt.ItemDataRole.UserRole
WITHDRAWN_ROLE = Qt.ItemDataRole.UserRole + 1
Period = Callable[[], tuple[date | None, date | None]]


class ContactChooser(QWidget):
    """Every contact with two ticks: in the packet, and quoted as an example."""

    changed = Signal()

    def __init__(
        self,
        contacts: list[Contact],
        examples: tuple[int, ...],
        withdrawn: Mapping[int, Withdrawal] | None = None,
        period: Period | None = None,
    ) -> None:
        """`withdrawn`: the contacts withdrawn as logged by mistake, which no packet holds;
        `period`: the packet's first and last day (None, None for the whole log)."""
        super().__init__()
        self._contacts = {c.id: c for c in contacts}
        self._withdrawn = dict(withdrawn or {})
        self._period = period or (lambda: (None, None))
        self._steady_examples = tuple(i for i in examples if i not in self._withdrawn)
        self._following = False  # while Steady's examples are ticked anew
        self.tree = QTreeWidget()
        self.tree.setItemDelegate(_WithdrawnGreyed(self.tree))
        self.tree.setAccessibleName("Contacts in the packet")
        self.tree.setHeaderLabels(["In", "Example", "When", "Channel", "From", "Words"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for contact in contacts:
            words = " ".join((contact.text or contact.summary).split())
            item = QTreeWidgetItem(
                ["", "", shown_when(contact.occurred_at), contact.channel.label, _who(contact)]
            )
            item.setData(INCLUDE, ID_ROLE, contact.id)
            if (withdrawal := self._withdrawn.get(contact.id)) is not None:
                _show_withdrawn(item, withdrawal, words)
                self.tree.addTopLevelItem(item)
                continue
            item.setText(WORDS, words[:120])
            item.setCheckState(INCLUDE, Qt.CheckState.Checked)
            if contact.direction is Direction.INBOUND:
                item.setCheckState(
                    EXAMPLE,
                    Qt.CheckState.Checked if contact.id in examples else Qt.CheckState.Unchecked,
                )
            self.tree.addTopLevelItem(item)
        for column in (INCLUDE, EXAMPLE, WHEN, CHANNEL, FROM):
            self.tree.resizeColumnToContents(column)
        self.words = QPlainTextEdit()
        self.words.setAccessibleName("The chosen contact's words")
        self.words.setTabChangesFocus(True)
        self.words.setReadOnly(True)
        # Read-only leaves only the mouse to select with; the owner selects words to redact.
        self.words.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.words.setPlaceholderText(
            "Select a contact to read its exact words; select words here to redact them."
        )
        self.examples_hint = QLabel(
            f"Examples ticked by Steady: {EXAMPLES_RULE}. Tick or untick to choose them "
            "yourself (keys: Left or Right to the box, Space to tick); the packet then says the "
            "owner chose them. A note of a call is never quoted as the customer's words."
        )
        self.examples_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.examples_hint.setWordWrap(True)
        self.count = plain_label()
        self.count.setWordWrap(True)
        all_button = QPushButton("Include all")
        none_button = QPushButton("Include none")
        never_default(all_button, none_button)
        rows_take_enter(self.tree)
        self._tick_keys = _LeftRightBetweenTicks(self.tree)
        self.tree.installEventFilter(self._tick_keys)
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addWidget(self.count, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.words)
        splitter.setSizes([380, 140])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.examples_hint)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        all_button.clicked.connect(lambda: self._include_all(Qt.CheckState.Checked))
        none_button.clicked.connect(lambda: self._include_all(Qt.CheckState.Unchecked))
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        self.tree.itemChanged.connect(lambda *_: self.changed.emit())
        self.changed.connect(self.show_count)
        self.show_count()

    def wanted_width(self) -> int:
        """As wide as the columns with the Words column readable, and the tree's scroll bar."""
        tree = self.tree
        columns = sum(tree.columnWidth(c) for c in range(WORDS) if not tree.isColumnHidden(c))
        words = tree.fontMetrics().averageCharWidth() * WORDS_LEAST_CHARS
        scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return columns + words + scroll_bar + 2 * tree.frameWidth()

    def _items(self) -> list[QTreeWidgetItem]:
        """The rows a packet can hold: every contact but those withdrawn."""
        rows = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in rows if not item.data(INCLUDE, WITHDRAWN_ROLE)]

    def _include_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(INCLUDE, state)

    def show_count(self) -> None:
        """How many contacts of the packet's period are ticked, the withdrawn never counted
        (the packet lists them apart, whatever the period)."""
        self._follow_choice()
        start, end = self._period()
        ids = {int(i.data(INCLUDE, ID_ROLE)) for i in self._items()}
        dated = {c.id for c in in_period(self._contacts.values(), start, end) if c.id in ids}
        ticked = self.included()
        held = dated if ticked is None else dated & ticked
        chosen = len(held)
        among = (
            f"of {plural(len(dated), 'contact')}"
            if start is None and end is None
            else f"of the {plural(len(dated), 'contact')} in the period"
        )
        text = f"{chosen} {among} ticked for the packet."
        if self._withdrawn:
            many = len(self._withdrawn) != 1
            text += (
                f" {len(self._withdrawn)} withdrawn as logged by mistake "
                f"{'are' if many else 'is'} not in it: the packet lists "
                f"{'them' if many else 'it'} apart, with why."
            )
        # An example the owner ticked outside the period, or on a contact ticked out, is not
        # printed: said here, so the packet holds no surprise.
        if not self.tree.isColumnHidden(EXAMPLE) and (
            left := len(set(self.ticked_examples()) - held)
        ):
            text += (
                f" {plural(left, 'example')} ticked {'is' if left == 1 else 'are'} not in the "
                "packet and will not be quoted."
            )
        self.count.setText(text)

    def _follow_choice(self) -> None:
        """While the examples are still Steady's, they are Steady's choice among the contacts
        the packet holds now (the period, the ticked contacts), as the packet chooses them:
        an example shown from outside the period would not be printed, and one printed would
        not have been shown. The owner's own choice is left as they made it."""
        if self._following or self.examples() is not None:
            return
        start, end = self._period()
        kept = [c for c in self._contacts.values() if c.id not in self._withdrawn]
        chosen = steady_examples(kept, start, end, self.included())
        if chosen == self._steady_examples:
            return
        self._following = True
        try:
            self._steady_examples = chosen
            for item in self._items():
                if item.data(EXAMPLE, Qt.ItemDataRole.CheckStateRole) is not None:
                    ticked = int(item.data(INCLUDE, ID_ROLE)) in chosen
                    item.setCheckState(
                        EXAMPLE, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                    )
        finally:
            self._following = False

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _: object) -> None:
        contact = self.current_contact()
        self.words.setPlainText(contact.text if contact else "")

    def current_contact(self) -> Contact | None:
        item = self.tree.currentItem()
        return self._contacts.get(int(item.data(INCLUDE, ID_ROLE))) if item else None

    def selected_words(self) -> str:
        return self.words.textCursor().selectedText()

    def show_examples(self, visible: bool) -> None:
        self.tree.setColumnHidden(EXAMPLE, not visible)
        current = self.tree.currentIndex()
        if not visible and current.column() == EXAMPLE:
            # Space on a hidden box would change what the owner cannot see.
            self.tree.setCurrentIndex(current.siblingAtColumn(INCLUDE))
        self.examples_hint.setVisible(visible)
        self.show_count()

    def included(self) -> frozenset[int] | None:
        """The ticked contacts, or None when all are ticked (then the period decides)."""
        items = self._items()
        ticked = [i for i in items if i.checkState(INCLUDE) == Qt.CheckState.Checked]
        if len(ticked) == len(items):
            return None
        return frozenset(int(i.data(INCLUDE, ID_ROLE)) for i in ticked)

    def ticked_examples(self) -> tuple[int, ...]:
        return tuple(
            int(i.data(INCLUDE, ID_ROLE))
            for i in self._items()
            if i.checkState(EXAMPLE) == Qt.CheckState.Checked
        )

    def examples(self) -> tuple[int, ...] | None:
        """The examples the owner ticked, or None while they are still Steady's choice."""
        ticked = self.ticked_examples()
        return None if set(ticked) == set(self._steady_examples) else ticked

    def set_example(self, contact_id: int, example: bool) -> None:
        for item in self._items():
            if int(item.data(INCLUDE, ID_ROLE)) == contact_id:
                item.setCheckState(
                    EXAMPLE, Qt.CheckState.Checked if example else Qt.CheckState.Unchecked
                )

    def set_included(self, contact_id: int, included: bool) -> None:
        for item in self._items():
            if int(item.data(INCLUDE, ID_ROLE)) == contact_id:
                item.setCheckState(
                    INCLUDE, Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
                )


class _LeftRightBetweenTicks(QObject):
    """Left and Right move between the In and Example boxes of the row, so that Space ticks
    the box the owner is on: a row-wide tree otherwise keeps Space on In, and Example, the
    packet's quoted words, could only be ticked with a mouse."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = {Qt.Key.Key_Left: INCLUDE, Qt.Key.Key_Right: EXAMPLE}
        column = keys.get(Qt.Key(event.key()))
        if column is None or modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        tree = self._tree
        current = tree.currentIndex()
        if not current.isValid() or tree.isColumnHidden(column):
            return False
        tree.setCurrentIndex(current.siblingAtColumn(column))
        return True


class _WithdrawnGreyed(VisibleTicks):
    """A withdrawn contact's row drawn greyed as a whole, its empty box too, yet still
    selectable: the owner can read its words and redact them in the line the packet prints.

    The box Space ticks is framed: the whole row is highlighted, and the style's own focus
    frame is too faint to tell In from Example."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        view = self.parent()
        if (
            not isinstance(view, QTreeWidget)
            or index.column() not in (INCLUDE, EXAMPLE)
            or not view.hasFocus()
            or QModelIndex(index) != view.currentIndex()
        ):
            return
        painter.save()
        colour = option.palette.color(QPalette.ColorRole.HighlightedText)  # type: ignore[attr-defined]
        painter.setPen(QPen(colour, 2))
        painter.drawRect(option.rect.adjusted(1, 1, -2, -2))  # type: ignore[attr-defined]
        painter.restore()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.siblingAtColumn(INCLUDE).data(WITHDRAWN_ROLE):
            option.state &= ~QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
            # Some dark palettes draw disabled words as bright as the rest: the placeholder's
            # grey is the one every palette dims.
            palette: QPalette = option.palette  # type: ignore[attr-defined]
            palette.setColor(
                QPalette.ColorGroup.Disabled,
                QPalette.ColorRole.Text,
                palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText),
            )


def _show_withdrawn(item: QTreeWidgetItem, withdrawal: Withdrawal, words: str) -> None:
    """Unticked and not tickable, with why it was withdrawn: no packet holds it."""
    item.setData(INCLUDE, WITHDRAWN_ROLE, True)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    item.setCheckState(INCLUDE, Qt.CheckState.Unchecked)
    item.setText(WORDS, f"Withdrawn: {withdrawal.reason} — {words}"[:160])
    told = (
        f"Withdrawn on {shown_time(withdrawal.withdrawn_at):%Y-%m-%d} as logged by mistake: "
        f"{withdrawal.reason}\nIt is not in the packet: the packet lists it apart, with why."
    )
    for column in range(WORDS + 1):
        item.setToolTip(column, told)
    item.setData(INCLUDE, Qt.ItemDataRole.AccessibleTextRole, "Withdrawn, not in the packet")


def _who(contact: Contact) -> str:
    if contact.direction is not Direction.INBOUND:
        return "Us"
    if contact.channel in SPOKEN_CHANNELS:
        return f"Customer (note by {contact.details.staff or 'staff'})"
    return "Customer"
