"""The redaction pass: text the owner marks as not to be handed on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.packets.pictures import OPTION, PicturesOnFile
from app.packets.redaction import how_matched
from app.packets.summary import plural
from ui.packets.contact_choice import ContactChooser
from ui.shell.plain_text import plain_label
from ui.shell.status_colours import Tone, show_as_banner

REDACTION_ROLE = Qt.ItemDataRole.UserRole


class RedactionList(QWidget):
    """The rules, and beside them the choice to leave pictures out, which no rule can redact.

    `pictures` and `period` (the packet's first and last day, None for the whole log) let the
    tab say before any preview that a redacted packet would print pictures."""

    def __init__(
        self,
        chooser: ContactChooser,
        pictures: PicturesOnFile | None = None,
        period: Callable[[], tuple[date | None, date | None]] | None = None,
    ) -> None:
        super().__init__()
        self._chooser = chooser
        self._pictures = pictures or PicturesOnFile()
        self._period = period or (lambda: (None, None))
        intro = QLabel(
            "Black out what must not be handed on — a staff member's home address, another "
            "customer's name. The PDF shows a black bar reading “[redacted]” and lists each "
            "redaction; the log itself keeps the original words. Words inside screenshots and "
            f"other pictures cannot be blacked out: tick “{OPTION}” below to list each "
            "picture by its file name, size and SHA-256 instead of printing it."
        )
        intro.setWordWrap(True)
        self.leave_pictures_out = QCheckBox(f"&{OPTION}")
        self.leave_pictures_out.setAccessibleDescription(_LEAVE_OUT_HELP)
        self.leave_pictures_out.setToolTip(_LEAVE_OUT_HELP)
        help_text = QLabel(_LEAVE_OUT_HELP)
        help_text.setWordWrap(True)
        help_text.setIndent(24)  # under the box's words, not its tick
        self.pictures_warning = QLabel()
        self.pictures_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.pictures_warning.setWordWrap(True)
        show_as_banner(self.pictures_warning, Tone.WARNING)
        self.pictures_warning.hide()
        self.text = QLineEdit()
        self.text.setAccessibleName("Words to leave out")
        self.text.setPlaceholderText("Words to black out everywhere in the packet")
        self.reason = QLineEdit()
        self.reason.setAccessibleName("Why they are left out")
        self.reason.setPlaceholderText("Why (printed in the list of redactions)")
        add = QPushButton("Add")
        self.selected_button = QPushButton("Redact the words selected on the Contacts tab")
        remove = QPushButton("Remove")
        # What to do when "Redact the words selected" has nothing to take: a press that did
        # nothing, silently, left the owner believing the words were blacked out.
        self.selection_hint = plain_label()
        self.selection_hint.setWordWrap(True)
        self.selection_hint.setObjectName("selection_hint")
        self.selection_hint.hide()
        self.list = QListWidget()
        self.list.setAccessibleName("Words left out of the packet")
        form = QFormLayout()
        form.addRow("Text", self.text)
        form.addRow("Reason", self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.selected_button)
        buttons.addStretch(1)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.selection_hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.pictures_warning)
        layout.addWidget(self.leave_pictures_out)
        layout.addWidget(help_text)
        add.clicked.connect(self._on_add_clicked)
        self.leave_pictures_out.toggled.connect(self.show_pictures_warning)
        chooser.changed.connect(self.show_pictures_warning)
        self.list.model().rowsInserted.connect(self.show_pictures_warning)
        self.list.model().rowsRemoved.connect(self.show_pictures_warning)
        self.selected_button.clicked.connect(self._on_selected_clicked)
        remove.clicked.connect(self._on_remove_clicked)
        self.text.returnPressed.connect(self._on_add_clicked)

    def add(self, redaction: Redaction) -> None:
        where = f"contact #{redaction.contact_id}" if redaction.contact_id else "everywhere"
        if how := how_matched(redaction):
            where = f"{where}, {how}"
        item = QListWidgetItem(
            f"“{redaction.text}” — {where}" + (f" — {redaction.reason}" if redaction.reason else "")
        )
        item.setData(REDACTION_ROLE, redaction)
        self.list.addItem(item)

    def redactions(self) -> list[Redaction]:
        return [self.list.item(i).data(REDACTION_ROLE) for i in range(self.list.count())]

    def _on_add_clicked(self) -> None:
        self.add_typed()

    def add_typed(self) -> None:
        """The words typed in Text, with the reason, as a rule for the whole packet."""
        text = self.text.text().strip()
        if text:
            self.add(Redaction(text, None, self.reason.text().strip()))
            self.text.clear()

    def _on_selected_clicked(self) -> None:
        contact = self._chooser.current_contact()
        words = self._chooser.selected_words().strip()
        if contact is not None and words:
            self.add(Redaction(words, contact.id, self.reason.text().strip()))
            self.selection_hint.hide()
            return
        first = (
            "No words are selected in the chosen contact's words"
            if contact is not None
            else "No contact is chosen"
        )
        self.selection_hint.setText(
            f"{first}. On the Contacts tab, choose the contact and select the words in the box "
            "under the list (drag with the mouse, or Shift with the arrow keys), then press "
            "this again — or type the words in Text above and press Add."
        )
        self.selection_hint.show()

    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def pictures_printed(self) -> int:
        """How many pictures the packet would print as received, the rules notwithstanding."""
        if self.leave_pictures_out.isChecked():
            return 0
        return self._pictures.in_packet(*self._period(), self._chooser.included())

    def show_pictures_warning(self) -> None:
        printed = self.pictures_printed() if self.list.count() else 0
        if printed:
            self.pictures_warning.setText(
                f"{plural(printed, 'picture')} in this packet would be printed as received: "
                "a name in a screenshot still shows, whatever the rules above. Tick "
                f"“{OPTION}” to list {'them' if printed != 1 else 'it'} by file name, size "
                "and SHA-256 instead."
            )
        self.pictures_warning.setVisible(bool(printed))


_LEAVE_OUT_HELP = (
    "Each picture is then listed by its file name, size and SHA-256, so the other side can "
    "ask for it; the contact's words still print. Steady remembers this for your next packet."
)
