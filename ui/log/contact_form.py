"""The fields of one contact, shared by logging, viewing and correcting it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QMimeData, Qt, QTime, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.core.clock import zone_label
from app.core.clock_changes import ClockChange, clock_change, read_local, shown_in
from app.core.domain import Category, Channel, ContactDetails, Direction
from ui.importing.dropped_files import local_files
from ui.log.draft_values import details_from_draft
from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format, shown_when
from ui.shell.elided_label import ElidedLabel
from ui.shell.fixed_font import fixed_width
from ui.shell.row_keys import is_plain_enter
from ui.shell.status_look import severity_label

QUOTE_STYLE = (
    "QPlainTextEdit { background: palette(alternate-base); border: 1px solid palette(mid); "
    "border-left: 4px solid palette(dark); padding: 6px; }"
)


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class ExactWordsEdit(QPlainTextEdit):
    """The customer's exact words in a monospace quote box, kept character for character.

    QPlainTextEdit.toPlainText() turns non-breaking spaces into spaces, so the raw text is
    read instead. Images and files pasted or dropped here become evidence, not text.
    """

    image_pasted = Signal(QImage)
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(fixed_width())
        self.setStyleSheet(QUOTE_STYLE)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            "Paste or type exactly what the customer wrote or said, mistakes and all."
        )
        self._loaded: str | None = None
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        self._loaded = None

    def set_exact_text(self, text: str) -> None:
        self.setPlainText(text)
        self._loaded = text

    def exact_text(self) -> str:
        # Unedited text comes back exactly as it was given (Qt would turn \r\n into \n).
        if self._loaded is not None:
            return self._loaded
        return self.document().toRawText().replace("\u2029", "\n")

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            bool(local_files(source)) or source.hasImage() or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = local_files(source)
        if files:
            self.files_dropped.emit(files)
        elif source.hasImage() and not source.hasText():
            self.image_pasted.emit(QImage(source.imageData()))
        else:
            super().insertFromMimeData(source)


def logged_as(details: ContactDetails) -> str:
    """When it happened, in the owner's time; with the zone it was logged in where that
    differs from the owner's (a call taken while travelling)."""
    return shown_when(details.occurred_at, recorded_zone=details.occurred_tz)


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def shown_wall(edit: QDateTimeEdit) -> datetime:
    """The local time a date field shows, as the owner reads it (no zone, no reading)."""
    shown = edit.dateTime()
    day, clock = shown.date(), shown.time()
    return datetime(
        day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second()
    )


class ContactForm(QWidget):
    changed = Signal()

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when_edit = DateTimeField(to_qt(now))
        self.when_edit.setAccessibleName("When it happened")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_time_format())
        # Cut with "…" (whole in its tooltip) on a screen too narrow for it, rather than
        # making the window wider than the screen: the time itself is shown beside it.
        self.zone_label = ElidedLabel()
        self.channel_box = QComboBox()
        for channel in Channel:
            self.channel_box.addItem(channel.label, channel.value)
        self.inbound_button = QRadioButton(Direction.INBOUND.label)
        self.outbound_button = QRadioButton(Direction.OUTBOUND.label)
        self.inbound_button.setChecked(True)
        self.direction_group = QButtonGroup(self)
        self.direction_group.addButton(self.inbound_button)
        self.direction_group.addButton(self.outbound_button)
        self.summary_edit = QLineEdit(placeholderText="One line: what happened")
        self.summary_edit.setAccessibleName("Summary")
        self.words_edit = ExactWordsEdit()
        self.words_edit.setAccessibleName("Exact words")
        self.category_boxes: dict[Category, QCheckBox] = {}
        # Never squeezed: on a 720-pixel screen the boxes were pressed together until their
        # words overlapped, just when the owner must read and untick what the words suggest.
        # The exact words and the evidence list give way instead.
        self.categories = QWidget()
        self.categories.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        categories = QGridLayout(self.categories)
        categories.setContentsMargins(0, 0, 0, 0)
        for number, category in enumerate(Category):
            box = QCheckBox(category.label)
            self.category_boxes[category] = box
            categories.addWidget(box, number // 2, number % 2)
        # What the words suggest, named (see suggested_boxes); shown only when logging.
        self.suggestion_label = QLabel()
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.hide()
        self.severity_box = QComboBox()
        for level in range(1, 6):
            self.severity_box.addItem(severity_label(level), level)
        self.minutes_spin = QSpinBox(maximum=100_000, suffix=" min")
        self.minutes_spin.setAccessibleName("Time it cost, in minutes")
        self.url_edit = QLineEdit(placeholderText="Link to the post, review or message, if any")
        self.url_edit.setAccessibleName("Link")
        self.staff_edit = QLineEdit(placeholderText="Who dealt with it")
        self.staff_edit.setAccessibleName("Staff member")
        self._loaded: ContactDetails | None = None
        # The zone the date field's local time is read in (None: the laptop's, as Qt's).
        self.zone: tzinfo | None = None
        # The moment the date field stands for while it shows that moment's local time:
        # "now" as the form opens, or the reading the owner chose of a time the clocks went
        # through twice, which the field itself cannot tell apart from the other.
        self._reading: datetime | None = now.replace(microsecond=0)
        self.read_only = False
        self._placeholders: dict[QLineEdit | QPlainTextEdit, str] = {
            edit: edit.placeholderText()
            for edit in (self.summary_edit, self.url_edit, self.staff_edit, self.words_edit)
        }

        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addWidget(self.zone_label)
        when_row.addSpacing(16)
        when_row.addWidget(QLabel("Channel:"))
        when_row.addWidget(self.channel_box)
        when_row.addStretch(1)
        direction_row = QHBoxLayout()
        direction_row.addWidget(self.inbound_button)
        direction_row.addWidget(self.outbound_button)
        direction_row.addStretch(1)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.severity_box)
        cost_row.addSpacing(16)
        cost_row.addWidget(QLabel("Time it cost:"))
        cost_row.addWidget(self.minutes_spin)
        cost_row.addSpacing(16)
        cost_row.addWidget(QLabel("Staff:"))
        cost_row.addWidget(self.staff_edit, 1)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_buddy("&When:", self.when_edit), when_row)
        form.addRow("Direction:", direction_row)
        form.addRow("S&ummary:", self.summary_edit)
        form.addRow("&Exact words:", self.words_edit)
        form.addRow("Categories:", self.categories)
        form.addRow("", self.suggestion_label)
        form.addRow(_buddy("Se&verity:", self.severity_box), cost_row)
        form.addRow("&Link:", self.url_edit)
        self._update_zone()

        self.when_edit.dateTimeChanged.connect(self._update_zone)
        for signal in (
            self.when_edit.dateTimeChanged,
            self.channel_box.currentIndexChanged,
            self.direction_group.buttonToggled,
            self.summary_edit.textChanged,
            self.words_edit.textChanged,
            self.severity_box.currentIndexChanged,
            self.minutes_spin.valueChanged,
            self.url_edit.textChanged,
            self.staff_edit.textChanged,
            *(box.toggled for box in self.category_boxes.values()),
        ):
            signal.connect(self.changed)

    def _wall(self) -> datetime:
        return shown_wall(self.when_edit)

    def _chosen(self) -> datetime | None:
        reading = self._reading
        if reading is None:
            return None
        reading = shown_in(reading, self.zone)
        return reading if reading.replace(tzinfo=None) == self._wall() else None

    def pending_clock_change(self) -> ClockChange | None:
        """The clock change the field's time falls in, when the owner has not said which
        moment it means: a time that happened twice (or, in a zone other than the field's,
        one the clocks skipped)."""
        if self._untouched() or self._chosen() is not None:
            return None
        return clock_change(self._wall(), self.zone)

    def choose_reading(self, moment: datetime) -> None:
        """The owner's answer: the field's time means `moment`."""
        self._reading = shown_in(moment, self.zone)
        wall = self._reading.replace(tzinfo=None)
        if wall != self._wall():
            self.when_edit.setDateTime(
                QDateTime(
                    QDate(wall.year, wall.month, wall.day),
                    QTime(wall.hour, wall.minute, wall.second),
                )
            )
        self._update_zone()

    def _untouched(self) -> bool:
        loaded = self._loaded
        return loaded is not None and self.when_edit.dateTime() == to_qt(loaded.occurred_at)

    def _update_zone(self) -> None:
        moment = self._chosen() or read_local(self._wall(), self.zone)[0]
        name = moment.tzname() or ""
        offset = f"UTC{zone_label(moment)}"
        shown = offset if not name or name.startswith(("UTC", "+", "-")) else f"{name}, {offset}"
        self.zone_label.setText(f"your local time ({shown})")

    def _moment(self) -> tuple[datetime, str]:
        loaded = self._loaded
        if loaded is not None and self._untouched():
            # Untouched: keep the time exactly as logged, in the zone it was logged in.
            return loaded.occurred_at, loaded.occurred_tz or zone_label(loaded.occurred_at)
        # A time that happened twice and was not asked about (a draft) is its first reading.
        moment = self._chosen() or read_local(self._wall(), self.zone)[0]
        return moment, zone_label(moment)

    def details(self) -> ContactDetails:
        moment, zone = self._moment()
        return ContactDetails(
            occurred_at=moment,
            channel=Channel(self.channel_box.currentData()),
            direction=Direction.OUTBOUND if self.outbound_button.isChecked() else Direction.INBOUND,
            text=self.words_edit.exact_text(),
            summary=self.summary_edit.text(),
            categories=tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            severity=int(self.severity_box.currentData()),
            minutes=self.minutes_spin.value(),
            url=self.url_edit.text(),
            staff=self.staff_edit.text(),
            occurred_tz=zone,
        )

    def set_details(self, details: ContactDetails, *, keep_zone: bool = True) -> None:
        self._loaded = details if keep_zone else None
        # A restored draft's time is asked about again if it happened twice: the draft
        # does not say whether the owner had chosen its reading.
        self._reading = None
        self.when_edit.setDateTime(to_qt(details.occurred_at))
        self.channel_box.setCurrentIndex(self.channel_box.findData(details.channel.value))
        (
            self.outbound_button if details.direction is Direction.OUTBOUND else self.inbound_button
        ).setChecked(True)
        self.summary_edit.setText(details.summary)
        self.words_edit.set_exact_text(details.text)
        for category, box in self.category_boxes.items():
            box.setChecked(category in details.categories)
        self.severity_box.setCurrentIndex(self.severity_box.findData(details.severity))
        self.minutes_spin.setValue(details.minutes)
        self.url_edit.setText(details.url)
        self.staff_edit.setText(details.staff)
        if keep_zone and details.occurred_tz:
            self.zone_label.setText(f"your local time (logged as {logged_as(details)})")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a one-line field goes on to the next one, as many people expect; reaching
        # the dialog it would press Save and log a half-typed contact for good.
        if is_plain_enter(event):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def has_content(self) -> bool:
        return bool(
            self.summary_edit.text().strip()
            or self.words_edit.exact_text().strip()
            or self.url_edit.text().strip()
        )

    def set_read_only(self, read_only: bool) -> None:
        """Read-only fields stay readable (not greyed out) but take no input."""
        for line in (self.summary_edit, self.url_edit, self.staff_edit):
            line.setReadOnly(read_only)
        self.words_edit.setReadOnly(read_only)
        self.when_edit.setReadOnly(read_only)
        self.minutes_spin.setReadOnly(read_only)
        for widget in (
            self.when_edit,
            self.channel_box,
            self.severity_box,
            self.minutes_spin,
            self.inbound_button,
            self.outbound_button,
            *self.category_boxes.values(),
        ):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
            widget.setFocusPolicy(
                Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
            )
        for edit, hint in self._placeholders.items():
            edit.setPlaceholderText("" if read_only else hint)
        # Read-only looks read-only: no boxes, no arrows, no drop-downs to click.
        for line in (self.summary_edit, self.url_edit, self.staff_edit):
            line.setFrame(not read_only)
            line.setStyleSheet("QLineEdit { background: transparent; }" if read_only else "")
        symbols = QAbstractSpinBox.ButtonSymbols
        for spin in (self.when_edit, self.minutes_spin):
            spin.setFrame(not read_only)
            spin.setButtonSymbols(symbols.NoButtons if read_only else symbols.UpDownArrows)
            spin.setStyleSheet("background: transparent;" if read_only else "")
        for box in (self.channel_box, self.severity_box):
            box.setFrame(not read_only)
        self.read_only = read_only

    # Drafts: the fields as plain JSON values.
    def draft_values(self) -> dict[str, object]:
        details = self.details()
        return {
            "occurred_at": details.occurred_at.isoformat(),
            "channel": details.channel.value,
            "direction": details.direction.value,
            "summary": details.summary,
            "text": details.text,
            "categories": [c.value for c in details.categories],
            "severity": details.severity,
            "minutes": details.minutes,
            "url": details.url,
            "staff": details.staff,
        }

    def restore_draft(
        self, values: dict[str, object], *, correcting: ContactDetails | None = None
    ) -> list[str]:
        """Fill the form from a kept draft; the names of the values that could not be read.

        A correction whose time was left as logged keeps the zone it was logged in."""
        details, unread = details_from_draft(values, self.details())
        same_time = correcting is not None and details.occurred_at == correcting.occurred_at
        if same_time and correcting is not None:
            details = replace(details, occurred_tz=correcting.occurred_tz)
        self.set_details(details, keep_zone=same_time)
        # Restored words are new typing, not an original to hand back untouched.
        self.words_edit._on_text_changed()
        return unread
