"""The redaction pass: text the owner marks as not to be handed on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.packets.data import Redaction
from ui.packets.contact_choice import ContactChooser

REDACTION_ROLE = Qt.ItemDataRole.UserRole


class RedactionList(QWidget):
    def __init__(self, chooser: ContactChooser) -> None:
        super().__init__()
        self._chooser = chooser
        intro = QLabel(
            "Black out what must not be handed on — a staff member's home address, another "
            "customer's name. The PDF shows a black bar reading “[redacted]” and lists each "
            "redaction; the log itself keeps the original words. Words inside screenshots and "
            "other pictures cannot be blacked out: pictures are printed as received (untick "
            "their contact on the Contacts tab to leave them out)."
        )
        intro.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setAccessibleName("Words to leave out")
        self.text.setPlaceholderText("Words to black out everywhere in the packet")
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Why they are left out")
        self.reason.setPlaceholderText("Why (printed in the list of redactions)")
        add = QPushButton("Add")
        selected = QPushButton("Redact the words selected on the Contacts tab")
        remove = QPushButton("Remove")
        self.list = QListWidget()
        self.list.setAccessibleName("Words left out of the packet")
        form = QFormLayout()
        form.addRow("Text", self.text)
        form.addRow("Reason", self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(selected)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        add.clicked.connect(self._on_add_clicked)
        selected.clicked.connect(self._on_selected_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        self.text.returnPressed.connect(self._on_add_clicked)

    def add(self, redaction: Redaction) -> None:
        where = f"contact #{redaction.contact_id}" if redaction.contact_id else "everywhere"
        item = QListWidgetItem(
            f"“{redaction.text}” — {where}" + (f" — {redaction.reason}" if redaction.reason else "")
        )
        item.setData(REDACTION_ROLE, redaction)
        self.list.addItem(item)

    def redactions(self) -> list[Redaction]:
        return [self.list.item(i).data(REDACTION_ROLE) for i in range(self.list.count())]

    def _on_add_clicked(self) -> None:
        text = self.text.text().strip()
        if text:
            self.add(Redaction(text, None, self.reason.text().strip()))
            self.text.clear()

    def _on_selected_clicked(self) -> None:
        contact = self._chooser.current_contact()
        words = self._chooser.selected_words().strip()
        if contact is not None and words:
            self.add(Redaction(words, contact.id, self.reason.text().strip()))

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
