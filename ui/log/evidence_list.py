"""The files kept with a contact, each with its SHA-256: add, paste, drop, open.

For a contact being logged the files wait in memory and are saved with it; for a logged
contact they are attached at once (adding evidence never changes what is already kept).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.contact_changes import NewAttachment
from app.core.direction_controls import without_direction_controls
from app.core.errors import SteadyError
from app.core.paths import private_temporary_folder
from app.core.sizes import size_words
from app.log.copy_names import copy_name
from app.services import Services
from ui.importing.dropped_files import local_files
from ui.log.evidence_columns import FittedColumns
from ui.log.evidence_kinds import (
    NoteElide,
    PendingFile,
    checked_files,
    copy_failed,
    image_attachment,
    is_program,
    kind_tooltip,
    kind_words,
    note_line,
)
from ui.shell.button_flow import ButtonFlow
from ui.shell.dates import shown_when
from ui.shell.fixed_font import fixed_width
from ui.shell.messages import confirm, tell_error
from ui.shell.plain_text import plain_label, plain_tooltip
from ui.shell.reason_dialog import ReasonDialog
from ui.shell.row_keys import rows_take_enter
from ui.shell.status_colours import Tone, show_as_banner


def open_in_viewer(filename: str, data: bytes) -> Path:
    """A read-only copy in a temporary folder, opened with the system's viewer."""
    folder = private_temporary_folder("evidence-")
    path = folder / copy_name(filename)
    path.write_bytes(data)
    os.chmod(path, 0o444)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


class EvidenceList(QWidget):
    changed = Signal()

    COLUMNS = ("File", "Kind", "Note", "Size", "Proof it is unchanged", "Added")
    NOTE, PROOF = 2, 4
    PROOF_HELP = (
        "A code worked out from every byte of the file (SHA-256). The packet prints it: if "
        "anyone changed even one byte, the code would no longer match."
    )

    def __init__(
        self, services: Services, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.contact_id = contact_id
        self.pending: list[PendingFile] = []
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Evidence files")
        self.tree.setHeaderLabels(list(self.COLUMNS))
        self.tree.headerItem().setToolTip(self.PROOF, self.PROOF_HELP)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        # A long note gives way at its end and a long hash in the middle (each full on hover).
        self._columns = FittedColumns(self.tree)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setItemDelegateForColumn(self.NOTE, NoteElide(self.tree))
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        rows_take_enter(self.tree)
        # What the last files added turned out to be, when their names said otherwise.
        self.kind_warning = plain_label()
        self.kind_warning.setWordWrap(True)
        show_as_banner(self.kind_warning, Tone.WARNING)
        self.kind_warning.setVisible(False)
        self.hint = QLabel("Drop files here, press Ctrl+V to paste a screenshot, or choose files.")
        self.hint.setWordWrap(True)  # large text: the row of buttons still fits a laptop
        self.add_button = QPushButton("Add files…")
        self.paste_button = QPushButton("Paste screenshot")
        self.open_button = QPushButton("Open")
        # Every file can be got out as it is kept, whatever its name or kind.
        self.save_button = QPushButton("Save a copy…")
        self.save_button.setToolTip("Save the selected file, byte for byte, where you choose")
        # Only a file not saved yet can be taken off: saved evidence is never removed.
        self.remove_button = QPushButton("Remove")
        self.remove_button.setToolTip("Take the selected file off before saving (Delete)")
        self.remove_button.setVisible(contact_id is None)
        # A saved file added by mistake is withdrawn instead: kept, marked, left out of packets.
        self.withdraw_button = QPushButton("Withdraw…")
        self.withdraw_button.setToolTip(
            "Mark the selected file as added by mistake: it stays in the log, marked withdrawn "
            "with your reason, and packets leave it out"
        )
        self.withdraw_button.setVisible(contact_id is not None)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.add_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._enable_remove())
        buttons = ButtonFlow()  # in a narrow window the hint goes above, the buttons wrap
        buttons.addWidget(self.hint)
        buttons.add_stretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.paste_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.kind_warning)
        layout.addLayout(buttons)
        self.reload()

    def hasHeightForWidth(self) -> bool:
        # With its wrapping hint the list had a height for each width, and a dialog's column
        # holds such a widget at exactly that height: the list kept 170 empty pixels while
        # the contact's category boxes above were pressed until their words overlapped. The
        # list is the part that gives way.
        return False

    def reload(self) -> None:
        self.tree.clear()
        mono = fixed_width(self.tree.font())
        rows: list[tuple[str, str, str, int, str, str, int]] = []
        self._withdrawn: set[int] = set()
        if self.contact_id is not None:
            withdrawn = self._services.contacts.withdrawn_files(self.contact_id)
            self._withdrawn = set(withdrawn)
            for saved in self._services.contacts.attachments(self.contact_id):
                added = shown_when(saved.added_at)
                if saved.id in withdrawn:
                    at, reason = withdrawn[saved.id]
                    added = f"{added} · withdrawn {shown_when(at)}: {reason}"
                rows.append(
                    (
                        saved.filename,
                        saved.mime,
                        saved.note,
                        saved.size,
                        saved.sha256,
                        added,
                        saved.id,
                    )
                )
        for number, item in enumerate(self.pending):
            data = item.attachment.data
            rows.append(
                (
                    item.attachment.filename,
                    item.attachment.mime,
                    item.attachment.note,
                    len(data),
                    hashlib.sha256(data).hexdigest(),
                    "saved with the contact",
                    -1 - number,
                )
            )
        for filename, mime, note, size, sha, added, key in rows:
            shown = without_direction_controls(filename)
            row = QTreeWidgetItem(
                [shown, kind_words(mime), note_line(note), size_words(size), sha, added]
            )
            row.setToolTip(0, plain_tooltip(shown))  # whole, when a narrow window cuts it
            row.setToolTip(1, kind_tooltip(mime))
            row.setToolTip(5, plain_tooltip(added))
            if note.strip():
                row.setToolTip(self.NOTE, plain_tooltip(without_direction_controls(note)))
            row.setFont(self.PROOF, mono)
            row.setToolTip(self.PROOF, f"{sha}\n{self.PROOF_HELP}")
            row.setData(0, Qt.ItemDataRole.UserRole, key)
            self.tree.addTopLevelItem(row)
        self._columns.fit()
        self.open_button.setEnabled(bool(rows))
        self.save_button.setEnabled(bool(rows))
        self._enable_remove()

    def rows(self) -> list[list[str]]:
        """The list as shown: file, kind, note, size, SHA-256, added."""
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [[item.text(c) for c in range(len(self.COLUMNS))] for item in items if item]

    def new_attachments(self) -> list[NewAttachment]:
        return [item.attachment for item in self.pending]

    def add(self, files: list[PendingFile], warnings: list[str] | None = None) -> None:
        """Keep `files`; `warnings` say which were not what their names said."""
        if not files:
            return
        if self.contact_id is None:
            self.pending.extend(files)
        else:
            if not self._confirm_adding(files, warnings or []):
                return
            try:
                self._services.contacts.attach(
                    self.contact_id, [f.attachment for f in files], by_hand=True
                )
            except SteadyError as error:
                tell_error(self, error)
                return
        self._show_kind_warnings(warnings or [])
        self.reload()
        self.changed.emit()

    def _show_kind_warnings(self, warnings: list[str]) -> None:
        # One line, under a list that has little room; each file's whole story is its note.
        self.kind_warning.setText(
            f"{len(warnings)} file{'s are' if len(warnings) > 1 else ' is'} not what "
            f"{'their names say' if len(warnings) > 1 else 'its name says'}: kept as "
            "evidence under what the bytes are (see the Note column)."
        )
        self.kind_warning.setToolTip(plain_tooltip("\n".join(warnings)))
        self.kind_warning.setVisible(bool(warnings))

    def _confirm_adding(self, files: list[PendingFile], warnings: list[str]) -> bool:
        """A drop on a saved contact can be a slip of the mouse, and a saved file is kept in
        the log for good: the owner says yes first, seeing what goes where."""
        assert self.contact_id is not None
        names = ", ".join(
            f"“{without_direction_controls(f.attachment.filename)}”" for f in files[:5]
        )
        if len(files) > 5:
            names += f" and {len(files) - 5} more"
        contact = self._services.contacts.get(self.contact_id)
        customer = self._services.customers.get(contact.customer_id).name
        count = "this file" if len(files) == 1 else f"these {len(files)} files"
        return confirm(
            self,
            "Add evidence to this contact?",
            f"Add {names} to contact #{self.contact_id} with {customer}? "
            + "".join(f"{warning} " for warning in warnings)
            + f"Once added, {count} stay in the log for good: a file added by mistake can "
            "be withdrawn with a reason, but never removed.",
            "Add to the contact",
            "Don't add",
            default_no=True,
        )

    def add_paths(self, paths: list[str]) -> None:
        checked, refused = checked_files(paths)
        for _path, error in refused:
            tell_error(self, error, "File not added")
        files = [PendingFile(file.attachment, file.path) for file in checked]
        self.add(files, [file.warning for file in checked if file.warning])

    def add_image(self, image: QImage) -> None:
        if image.isNull():
            return
        self.add([PendingFile(image_attachment(image, self._services.clock()))])

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Add evidence files")
        self.add_paths(paths)

    def paste_from_clipboard(self) -> bool:
        """Attach the clipboard's image (a screenshot) or copied files; False if neither."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return False
        paths = local_files(mime)
        if paths:
            self.add_paths(paths)
            return True
        if mime.hasImage():
            self.add_image(QImage(mime.imageData()))
            return True
        return False

    def _selected_pending(self) -> int | None:
        """The selected file's place among the files not saved yet, if it is one of them."""
        item = self.tree.currentItem()
        if item is None:
            return None
        key = int(item.data(0, Qt.ItemDataRole.UserRole))
        return -1 - key if key < 0 else None

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(self._selected_pending() is not None)
        self.withdraw_button.setEnabled(self._selected_saved() is not None)

    def _selected_saved(self) -> int | None:
        """The selected saved file's id, unless it is already withdrawn."""
        item = self.tree.currentItem()
        if item is None:
            return None
        key = int(item.data(0, Qt.ItemDataRole.UserRole))
        return key if key >= 0 and key not in self._withdrawn else None

    def withdraw_selected(self) -> None:
        """Withdraw a saved file added by mistake, with the owner's reason."""
        attachment_id = self._selected_saved()
        item = self.tree.currentItem()
        if attachment_id is None or item is None:
            return
        if not ReasonDialog(
            self,
            title="Withdraw the file",
            explanation=f"Why is “{item.text(0)}” withdrawn? It stays in the log, byte for "
            "byte, marked withdrawn with your reason; packets leave it out.",
            button="Withdraw it",
            act=lambda reason: self._services.contacts.withdraw_file(attachment_id, reason),
            placeholder="e.g. “dropped on the wrong contact”",
        ).ask():
            return
        self.reload()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Take a file added by mistake off the contact before it is saved."""
        number = self._selected_pending()
        if number is None:
            return
        del self.pending[number]
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem())
        self.reload()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(
                self.tree.topLevelItem(min(row, self.tree.topLevelItemCount() - 1))
            )
        self.changed.emit()

    def open_selected(self) -> None:
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is not None:
            self._on_tree_item_activated(item)

    def _on_tree_item_activated(self, item: QTreeWidgetItem) -> None:
        key = int(item.data(0, Qt.ItemDataRole.UserRole))
        if is_program(item.text(0)) and not confirm(
            self,
            "Open a program?",
            f"“{item.text(0)}” is a program or a script: opening it would run it on this "
            "computer, with your rights, and a file someone sent you can carry a virus. "
            "It stays kept as evidence either way.",
            "Run it anyway",
            "Don't open",
            default_no=True,
        ):
            return
        try:
            filename, data = self._file(key)
            open_in_viewer(filename, data)
        except SteadyError as error:
            tell_error(self, error, "Cannot open the file")
        except OSError as error:
            tell_error(self, copy_failed("open", item.text(0), error), "Cannot open the file")

    def _file(self, key: int) -> tuple[str, bytes]:
        if key >= 0:
            saved, data = self._services.contacts.attachment_data(key)
            return saved.filename, data
        pending = self.pending[-1 - key].attachment
        return pending.filename, pending.data

    def save_selected(self) -> None:
        """Save a copy of the selected file where the owner chooses, byte for byte."""
        item = self.tree.currentItem() or self.tree.topLevelItem(0)
        if item is None:
            return
        try:
            filename, data = self._file(int(item.data(0, Qt.ItemDataRole.UserRole)))
            target, _ = QFileDialog.getSaveFileName(
                self, "Save a copy of the evidence", copy_name(filename)
            )
            if target:
                Path(target).write_bytes(data)
        except SteadyError as error:
            tell_error(self, error, "Copy not saved")
        except OSError as error:
            tell_error(self, copy_failed("save", item.text(0), error), "Copy not saved")
