"""Choosing the contacts a packet holds and the examples it quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.domain import Contact, Direction
from app.packets.contact_data import SPOKEN_CHANNELS
from app.packets.contacts import EXAMPLES_RULE
from ui.shell.dates import shown_when
from ui.shell.row_keys import never_default, rows_take_enter
from ui.shell.visible_ticks import keep_ticks_visible

INCLUDE, EXAMPLE, WHEN, CHANNEL, FROM, WORDS = range(6)
# Enough of each message to choose examples by its words ("Your shar" was not).
WORDS_LEAST_CHARS = 36
ID_ROLE = Qt.ItemDataRole.UserRole


class ContactChooser(QWidget):
    """Every contact with two ticks: in the packet, and quoted as an example."""

    changed = Signal()

    def __init__(self, contacts: list[Contact], examples: tuple[int, ...]) -> None:
        super().__init__()
        self._contacts = {c.id: c for c in contacts}
        self._steady_examples = tuple(examples)
        self.tree = QTreeWidget()
        keep_ticks_visible(self.tree)
        self.tree.setAccessibleName("Contacts in the packet")
        self.tree.setHeaderLabels(["In", "Example", "When", "Channel", "From", "Words"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for contact in contacts:
            item = QTreeWidgetItem(
                [
                    "",
                    "",
                    shown_when(contact.occurred_at),
                    contact.channel.label,
                    _who(contact),
                    " ".join((contact.text or contact.summary).split())[:120],
                ]
            )
            item.setData(INCLUDE, ID_ROLE, contact.id)
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
        self.words.setPlaceholderText(
            "Select a contact to read its exact words; select words here to redact them."
        )
        self.examples_hint = QLabel(
            f"Examples ticked by Steady: {EXAMPLES_RULE}. Tick or untick to choose them "
            "yourself; the packet then says the owner chose them. A note of a call is never "
            "quoted as the customer's words."
        )
        self.examples_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.examples_hint.setWordWrap(True)
        all_button = QPushButton("Include all")
        none_button = QPushButton("Include none")
        never_default(all_button, none_button)
        rows_take_enter(self.tree)
        buttons = QHBoxLayout()
        buttons.addWidget(all_button)
        buttons.addWidget(none_button)
        buttons.addStretch(1)
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

    def wanted_width(self) -> int:
        """As wide as the columns with the Words column readable, and the tree's scroll bar."""
        tree = self.tree
        columns = sum(tree.columnWidth(c) for c in range(WORDS) if not tree.isColumnHidden(c))
        words = tree.fontMetrics().averageCharWidth() * WORDS_LEAST_CHARS
        scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return columns + words + scroll_bar + 2 * tree.frameWidth()

    def _items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _include_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(INCLUDE, state)

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
        self.examples_hint.setVisible(visible)

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


def _who(contact: Contact) -> str:
    if contact.direction is not Direction.INBOUND:
        return "Us"
    if contact.channel in SPOKEN_CHANNELS:
        return f"Customer (note by {contact.details.staff or 'staff'})"
    return "Customer"
