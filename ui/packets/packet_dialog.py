"""The "Prepare packet" dialog: choose, edit, redact, preview, then save, print or export.

Entry point: PacketDialog(services, customer_id, parent=None). Drawing runs off the UI thread
(PacketWorker) with progress and cancel; the preview is Qt's own PDF view. A packet is logged
(with its SHA-256) when it is saved, printed, opened in a viewer or exported as a bundle.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QBuffer, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import SteadyError
from app.log.customers import parse_money
from app.packets.assembly import PacketOptions
from app.packets.contacts import all_contacts, default_examples, printed_day
from app.packets.data import BusinessProfile, PacketKind, Redaction
from app.packets.handing_notes import profile_note
from app.packets.letterhead import business_profile
from app.packets.making import MadePacket
from app.packets.pictures import (
    left_out_by_default,
    pictures_on_file,
    remember_choice,
)
from app.reply.tone_languages import language_code, written_in_note
from app.services import Services
from ui.packets.contact_choice import ContactChooser
from ui.packets.packet_closing import QUIT_KEYS, PacketClosing
from ui.packets.packet_drawing import PacketDrawing
from ui.packets.packet_output import PacketOutput
from ui.packets.packet_worker import PacketWorker, StandingFactory
from ui.packets.redactions import RedactionList
from ui.shell.dates import date_format
from ui.shell.plain_text import plain_label
from ui.shell.screen_fit import fit_to_screen

# At most this much of the width for the choices: the preview keeps a readable page.
CHOOSER_SHARE = 0.55
# Said once the choices differ from the preview; it stays until the next drawing says otherwise.
STALE_TEXT = (
    "Your choices changed since the preview: Save, Print and Export draw the "
    "packet again with them first (or press Preview, F5, to see it)."
)


class PacketDialog(PacketClosing, PacketDrawing, PacketOutput, QDialog):
    packet_saved = Signal(str)  # the path of a saved PDF or bundle

    def __init__(
        self,
        services: Services,
        customer_id: int,
        parent: QWidget | None = None,
        standing_factory: StandingFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.customer_id = customer_id
        self._standing_factory = standing_factory
        self._worker: PacketWorker | None = None
        self.made: MadePacket | None = None
        self._letter_edited = False
        self._narrative_edited = False
        # Read once: it cannot change while this dialog is open, and it is said on every keystroke.
        self._business: BusinessProfile | None = None
        customer = services.customers.get(customer_id)
        self.setWindowTitle(f"Prepare packet — {customer.name}")
        fit_to_screen(self, 1200, 820)
        contacts = all_contacts(services, customer_id)
        # Withdrawn as logged by mistake: shown, but no packet holds them, counts them, quotes
        # them or prints their pictures.
        withdrawn = services.contacts.withdrawals([c.id for c in contacts if c.id is not None])
        kept = [c for c in contacts if c.id not in withdrawn]

        self.kind = QComboBox()
        self.kind.addItem("Termination packet", PacketKind.TERMINATION)
        self.kind.addItem("Legal referral packet (lawyer or police)", PacketKind.LEGAL)
        self.whole_log = QCheckBox("Whole log")
        self.whole_log.setChecked(True)
        # The days the packet prints for them: in the zone each was logged in.
        first = printed_day(kept[0]) if kept else date.today()
        last = printed_day(kept[-1]) if kept else date.today()
        self.date_from = _date_edit(first, "Period from")
        self.date_to = _date_edit(last, "Period to")
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        period = QHBoxLayout()
        period.addWidget(self.whole_log)
        period.addWidget(QLabel("from"))
        period.addWidget(self.date_from)
        period.addWidget(QLabel("to"))
        period.addWidget(self.date_to)

        self.chooser = ContactChooser(contacts, default_examples(kept), withdrawn, self._period)
        pictures = pictures_on_file(services, kept)
        self.redactions = RedactionList(self.chooser, pictures, self._period)
        self.redactions.leave_pictures_out.setChecked(left_out_by_default(services.settings))

        self.letter = QPlainTextEdit()
        self.letter.setAccessibleName("Termination letter")
        self.letter.setTabChangesFocus(True)
        self.letter.setPlaceholderText("Steady's draft appears here after the first preview.")
        self.closed_as_of = _date_edit(date.today(), "Account closed as of")
        self.refund = QLineEdit()
        self.refund.setAccessibleName("Refund amount")
        self.refund.setPlaceholderText("Empty: the refunds logged as actions")
        # Said as the letters to platforms say it: an owner who set another language once
        # may not expect it in the letter the customer reads.
        self.letter_language = plain_label("")
        self.letter_language.setObjectName("letter_language")
        self.letter_language.setWordWrap(True)
        letter_tab = QWidget()
        letter_form = QFormLayout(letter_tab)
        letter_form.addRow("Account closed as of", self.closed_as_of)
        letter_form.addRow("Refund", self.refund)
        letter_form.addRow(self.letter_language)
        letter_form.addRow(self.letter)
        self._say_letter_language()

        self.narrative = QPlainTextEdit()
        self.narrative.setAccessibleName("Summary in your words")
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(
            "Steady's factual draft appears here after the first preview."
        )
        self.purpose = QLineEdit()
        self.purpose.setAccessibleName("Purpose of the packet")
        self.purpose.setPlaceholderText("Why you are handing this on (Steady writes one if empty)")
        self.contact_person = QLineEdit()
        self.contact_person.setAccessibleName("Contact person")
        self.contact_person.setPlaceholderText("Who the lawyer or police should talk to")
        narrative_tab = QWidget()
        narrative_form = QFormLayout(narrative_tab)
        narrative_form.addRow("Purpose", self.purpose)
        narrative_form.addRow("Contact person", self.contact_person)
        narrative_form.addRow(self.narrative)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.chooser, "Contacts and examples")
        self.tabs.addTab(letter_tab, "Termination letter")
        self.tabs.addTab(narrative_tab, "Narrative")
        self.tabs.addTab(self.redactions, "Redactions")

        form = QFormLayout()
        form.addRow("Kind", self.kind)
        form.addRow("Period", period)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.tabs, 1)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf_buffer: QBuffer | None = None
        self.status = plain_label("Press Preview (F5) to see the packet.")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.hide()
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.view, 1)
        right_layout.addLayout(busy)
        right_layout.addWidget(self.status)

        self._split = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 720])
        self._split_placed = False

        self.preview_button = QPushButton("Preview")
        # Enter in a field previews: the harmless answer, never ticking or redacting anything.
        self.preview_button.setDefault(True)
        self.preview_button.setToolTip("Draw the packet with your choices (F5)")
        self.save_button = QPushButton("Save PDF…")
        self.save_button.setToolTip("Ctrl+S")
        self.print_button = QPushButton("Print…")
        self.print_button.setToolTip("Ctrl+P")
        self.open_button = QPushButton("Open in viewer")
        self.bundle_button = QPushButton("Export bundle…")
        self.bundle_button.setToolTip("The PDF, every original file and a manifest of SHA-256s")
        self.letters_button = QPushButton("Letters to platforms…")
        self.letters_button.setToolTip("Preservation request and platform report")
        close_button = QPushButton("Close")
        buttons = QHBoxLayout()
        for button in (
            self.preview_button,
            self.save_button,
            self.print_button,
            self.open_button,
            self.bundle_button,
            self.letters_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.tabs.currentChanged.connect(self._say_letter_language)
        self.whole_log.toggled.connect(self._on_whole_log_toggled)
        for changed in (
            self.whole_log.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
        ):
            changed.connect(self.redactions.show_pictures_warning)
            changed.connect(self.chooser.show_count)
        self.redactions.leave_pictures_out.toggled.connect(self._on_leave_pictures_out_toggled)
        # Any choice changed after the preview: the status says so (and Save draws again).
        for changed in (
            self.chooser.changed,
            self.redactions.list.model().rowsInserted,
            self.redactions.list.model().rowsRemoved,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.closed_as_of.dateChanged,
            self.refund.textChanged,
            self.purpose.textChanged,
            self.contact_person.textChanged,
        ):
            changed.connect(self._stale)
        self.letter.textChanged.connect(self._on_letter_edited)
        self.narrative.textChanged.connect(self._on_narrative_edited)
        self.preview_button.clicked.connect(self.preview)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_packet)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.bundle_button.clicked.connect(self.export_bundle)
        self.letters_button.clicked.connect(self._on_letters_clicked)
        close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_pdf)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_packet)
        # Quitting Steady works from here too, through the main window's own question.
        QShortcut(QKeySequence(QUIT_KEYS), self, self.quit_steady)
        self._on_kind_changed()
        self._set_ready(False)

    # --- choices --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_placed:
            self._split_placed = True
            self._place_split()

    def _place_split(self) -> None:
        """The contacts' words readable beside their columns, the preview the rest (it fits
        the page to its width): at 480 pixels of 1200 the Words column was 60 pixels wide."""
        sizes = self._split.sizes()
        total = sum(sizes)
        around = sizes[0] - self.chooser.width()  # the tab's frame and the page's margins
        left = max(sizes[0], min(self.chooser.wanted_width() + around, total * CHOOSER_SHARE))
        self._split.setSizes([int(left), total - int(left)])

    def _say_letter_language(self) -> None:
        """The letter's language, when it is not English (Settings may change meanwhile)."""
        language = language_code(self.services.settings.text("reply_language"))
        self.letter_language.setText(written_in_note(language))
        self.letter_language.setVisible(language != "en")

    def packet_kind(self) -> PacketKind:
        return PacketKind(self.kind.currentData())

    def options(self) -> PacketOptions:
        kind = self.packet_kind()
        date_from, date_to = self._period()
        refund: Decimal | None = None
        if self.refund.text().strip():
            try:
                refund = parse_money(self.refund.text())
            except SteadyError:
                refund = None
        return PacketOptions(
            kind=kind,
            date_from=date_from,
            date_to=date_to,
            contact_ids=self.chooser.included(),
            example_ids=self.chooser.examples(),
            letter=self.letter.toPlainText() if self._letter_edited else None,
            narrative=self.narrative.toPlainText() if self._narrative_edited else None,
            closed_as_of=self.closed_as_of.date().toPython(),
            refund=refund,
            purpose=self.purpose.text().strip(),
            contact_person=self.contact_person.text().strip(),
            redactions=tuple(self.redactions.redactions()),
            leave_pictures_out=self.redactions.leave_pictures_out.isChecked(),
        )

    def _period(self) -> tuple[date | None, date | None]:
        """The packet's first and last day; None, None for the whole log."""
        if self.whole_log.isChecked():
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def _on_kind_changed(self) -> None:
        termination = self.packet_kind() is PacketKind.TERMINATION
        self.tabs.setTabEnabled(1, termination)
        self.tabs.setTabEnabled(2, not termination)
        self.chooser.show_examples(termination)
        self.letters_button.setEnabled(not termination and self.made is not None)
        self._stale()

    def _on_whole_log_toggled(self, whole: bool) -> None:
        self.date_from.setEnabled(not whole)
        self.date_to.setEnabled(not whole)
        self._stale()

    def _on_leave_pictures_out_toggled(self, leave_out: bool) -> None:
        remember_choice(self.services, leave_out)
        self._stale()

    def _on_letter_edited(self) -> None:
        if not self.letter.signalsBlocked():
            self._letter_edited = True
            self._stale()

    def _on_narrative_edited(self) -> None:
        if not self.narrative.signalsBlocked():
            self._narrative_edited = True
            self._stale()

    def _stale(self, *_changed: object) -> None:
        if self._worker is not None:
            return  # the drawing under way says what it is doing
        if self.made is not None:
            # Already said: comparing the choices again walks every row on each keystroke.
            if self.status.text() != STALE_TEXT and not self.drawn_as_chosen:
                self.status.setText(STALE_TEXT)
            return
        if self._business is None:  # said before the packet is drawn
            self._business = business_profile(self.services)
        note = profile_note(self._business, self.packet_kind(), self.contact_person.text().strip())
        self.status.setText("Press Preview (F5) to see the packet." + (f"\n{note}" * bool(note)))

    # --- closing --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()
        self.document.close()
        super().done(result)


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


__all__ = ["PacketDialog", "Redaction"]
