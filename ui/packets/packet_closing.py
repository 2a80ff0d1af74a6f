"""Leaving the "Prepare packet" dialog: Escape stops a drawing under way, as it does in any
window with a progress bar, and closing never drops words the owner typed for the packet (an
edited letter, a narrative, redactions) that no saved, printed or exported packet holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.packets.summary import plural

# The main window's Quit key: it reaches no further than that window, so this dialog has it too.
QUIT_KEYS = "Ctrl+Q"
TITLE = "Close without your words?"
KEEP_OPEN = "Keep the window open"
LOSE = "Close and lose them"


class PacketClosing:
    """Escape and closing for the "Prepare packet" dialog (mixed in before QDialog)."""

    # The choices of the last packet saved, printed, opened or exported: the owner's words in
    # it left Steady, so closing loses nothing of them.
    handed_on_options: object = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._worker is not None:
            # Stop the drawing, not the window: the owner's choices stay to be drawn again.
            self._on_cancel_clicked()
            event.accept()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        """Escape, Close or the window's close button."""
        unkept = self.words_not_kept()
        if unkept and not ask_before_closing(self, unkept):  # type: ignore[arg-type]
            return
        super().reject()  # type: ignore[misc]

    def words_not_kept(self) -> list[str]:
        """What the owner typed for this packet that closing would lose, in their words."""
        if self.handed_on_options is not None and self.handed_on_options == self.options():
            return []
        typed = []
        if self._letter_edited:
            typed.append("the termination letter you edited")
        if self._narrative_edited:
            typed.append("the summary in your words")
        for field, said in (
            (self.purpose, "the purpose"),
            (self.contact_person, "the contact person"),
            (self.refund, "the refund"),
        ):
            if field.text().strip():
                typed.append(said)
        if rules := self.redactions.list.count():
            typed.append(plural(rules, "redaction"))
        elif self.redactions.text.text().strip():
            typed.append("the words to black out")
        # Ticks take a while to choose on a long list: they are the owner's work too.
        if self.chooser.included() is not None:
            typed.append("the contacts you left out")
        if self.chooser.examples() is not None:
            typed.append("the examples you chose")
        return typed

    def quit_steady(self) -> None:
        """Quit, as the main window's Quit does: closing that window asks this one (may_quit)
        before the owner's choices are lost, and stays open when the owner keeps them."""
        owner = self.parentWidget()  # type: ignore[attr-defined]
        if owner is not None:
            owner.window().close()
        elif self.may_quit():
            self.done(0)  # type: ignore[attr-defined]  # asked already: not again on closing
            QApplication.closeAllWindows()

    def may_quit(self) -> bool:
        """Steady is quitting with this window open: ask as closing the window itself asks.
        True when nothing would be lost or the owner chooses to lose it."""
        unkept = self.words_not_kept()
        if not unkept:
            return True
        self.raise_()  # type: ignore[attr-defined]
        self.activateWindow()  # type: ignore[attr-defined]
        return ask_before_closing(self, unkept)  # type: ignore[arg-type]


def ask_before_closing(parent: QWidget, typed: list[str]) -> bool:
    """True when the owner chooses to close and lose `typed`; Enter or Escape keeps it."""
    listed = typed[0] if len(typed) == 1 else f"{', '.join(typed[:-1])} and {typed[-1]}"
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        TITLE,
        f"Not yet in any saved, printed or exported packet: {listed}. Steady keeps none of "
        "it once this window closes.",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    keep = box.addButton(KEEP_OPEN, QMessageBox.ButtonRole.RejectRole)
    lose = box.addButton(LOSE, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is lose
