"""The facts of an image before it is imported: when it was captured and, for a screenshot
of a post, the platform, full URL, the poster's handle and the time of the post."""

from __future__ import annotations

import os
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.importing.images import ImageDetails, default_image_details
from app.importing.post_details import PLATFORMS, missing_from, platform_from_url, warning_text
from app.importing.records import PostDetails
from ui.log.clock_question import field_moment
from ui.shell.date_fields import DateTimeField
from ui.shell.dates import date_time_format
from ui.shell.plain_text import plain_label
from ui.shell.screen_fit import fit_to_screen
from ui.shell.status_colours import Tone, show_in_tone

THUMBNAIL = 320


def _to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _from_qt(edit: QDateTimeEdit) -> datetime:
    return datetime.fromtimestamp(edit.dateTime().toSecsSinceEpoch()).astimezone()


class ScreenshotDetailsDialog(QDialog):
    """Asked once per image dropped; `details()` is what the import keeps."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {os.path.basename(path)}")
        defaults = default_image_details(path)
        self._captured_from = defaults.captured_from
        self._captured_note = defaults.captured_note
        self._default = defaults.captured_at or datetime.now().astimezone()
        # The moments Import settled on, once any time the clocks went through twice was
        # asked about: (captured, posted).
        self._settled: tuple[datetime, datetime | None] | None = None
        preview = QLabel()
        pixmap = QPixmap(path)
        if not pixmap.isNull():
            preview.setPixmap(
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.captured = DateTimeField(_to_qt(self._default))
        self.captured.setCalendarPopup(True)
        self.captured.setDisplayFormat(date_time_format())
        said = f" {defaults.captured_note}" if defaults.captured_note else ""
        source = (
            f"from the photo's EXIF data.{said}"
            if defaults.captured_from == "EXIF"
            else f"the file's time.{said} Change it if you know better."
        )
        self.captured_note = plain_label(f"Captured: {source}")
        self.captured_note.setWordWrap(True)
        self.is_post = QCheckBox("This is a screenshot of a post, comment or review")
        self.platform = QComboBox()
        self.platform.setEditable(True)
        self.platform.addItem("")
        self.platform.addItems(PLATFORMS)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… (copy it from the browser's address bar)")
        self.handle = QLineEdit()
        self.handle.setPlaceholderText("@name of the person who posted it")
        self.post_time_known = QCheckBox("I know when it was posted:")
        self.posted = DateTimeField(self.captured.dateTime())
        self.posted.setCalendarPopup(True)
        self.posted.setDisplayFormat(date_time_format())
        self.warning = plain_label()
        self.warning.setWordWrap(True)
        show_in_tone(self.warning, Tone.WARNING)
        form = QFormLayout()
        form.addRow("Captured at:", self.captured)
        form.addRow(self.captured_note)  # the whole width: its sentence is read, not cut
        form.addRow(self.is_post)
        form.addRow("Platform:", self.platform)
        form.addRow("Full URL:", self.url)
        form.addRow("Poster's handle:", self.handle)
        form.addRow(self.post_time_known, self.posted)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Leave this image out")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(preview, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        for signal in (
            self.is_post.toggled,
            self.post_time_known.toggled,
            self.url.textChanged,
            self.handle.textChanged,
            self.platform.currentTextChanged,
        ):
            signal.connect(self._refresh)
        self.url.textChanged.connect(self._on_url_text_changed)
        self._refresh()
        # The owner starts on the first question, not in the time: keys meant for the next
        # field would otherwise change when the picture was captured, which packets print.
        self.is_post.setFocus(Qt.FocusReason.OtherFocusReason)
        # Wide enough that the hints, the only explanation of each field, are not cut.
        fit_to_screen(self, 520, self.sizeHint().height())

    def _on_url_text_changed(self, text: str) -> None:
        platform = platform_from_url(text)
        if platform and not self.platform.currentText().strip():
            self.platform.setCurrentText(platform)

    def _post(self) -> PostDetails:
        return PostDetails(
            platform=self.platform.currentText().strip(),
            url=self.url.text().strip(),
            handle=self.handle.text().strip(),
            posted_at=self._posted_at() if self.post_time_known.isChecked() else None,
            captured_at=self._captured_at(),
            captured_from=self._captured_from,
        )

    def _refresh(self) -> None:
        post = self.is_post.isChecked()
        for widget in (self.platform, self.url, self.handle, self.post_time_known):
            widget.setEnabled(post)
        self.posted.setEnabled(post and self.post_time_known.isChecked())
        self.warning.setText(warning_text(missing_from(self._post())) if post else "")

    def _captured_at(self) -> datetime:
        return self._settled[0] if self._settled else _from_qt(self.captured)

    def _posted_at(self) -> datetime:
        settled = self._settled[1] if self._settled else None
        return settled or _from_qt(self.posted)

    def accept(self) -> None:
        """Import, once the owner has said which moment a time the clocks changed around
        means; "Back to the form" leaves the dialog open on that field."""
        captured = field_moment(self, self.captured, self._default)
        if captured is None:
            self.captured.setFocus()
            return
        posted = None
        if self.is_post.isChecked() and self.post_time_known.isChecked():
            posted = field_moment(self, self.posted, self._default)
            if posted is None:
                self.posted.setFocus()
                return
        self._settled = (captured, posted)
        super().accept()

    def details(self) -> ImageDetails:
        captured_at = self._captured_at()
        changed = abs((captured_at - self._default).total_seconds()) >= 60
        return ImageDetails(
            captured_at=captured_at,
            captured_from="entered" if changed else self._captured_from,
            captured_note="" if changed else self._captured_note,
            is_post=self.is_post.isChecked(),
            post=self._post() if self.is_post.isChecked() else PostDetails(),
        )
