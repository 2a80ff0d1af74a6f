"""One editor per kind of setting, each with one small contract: load(value), value(), and its
default. Chosen by editor_for from the setting's declaration in app.core.settings."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.business_profile import BusinessProfile
from app.core.errors import InvalidInputError, SteadyError
from app.core.settings import Setting
from ui.shell.images import encode_png, is_png_or_jpeg
from ui.shell.messages import tell_error

MULTILINE = {
    "business_address",
    "signature",
    "business_addresses",
    "blocking_checklist",
    "time_stamp_root",
}
TALL = {"blocking_checklist"}  # a list that takes the page's height
LOGO_KEY = "business_logo"
FOLDERS = {"backup_folder"}


class SettingEditor:
    """Shows one setting and gives back what the owner typed."""

    def __init__(self, setting: Setting, widget: QWidget) -> None:
        self.setting = setting
        self.widget = widget
        widget.setToolTip(setting.help)
        # The form's label names a field for a screen reader only when it is the field itself;
        # here the field sits in a column with its help text, so it is named directly.
        widget.setAccessibleName(setting.title)
        widget.setAccessibleDescription(setting.help)

    def load(self, value: object) -> None:
        raise NotImplementedError

    def value(self) -> object:
        raise NotImplementedError


class LineEditor(SettingEditor):
    def __init__(self, setting: Setting) -> None:
        super().__init__(setting, QLineEdit())
        self.edit: QLineEdit = self.widget  # type: ignore[assignment]

    def load(self, value: object) -> None:
        self.edit.setText(str(value))

    def value(self) -> object:
        return self.edit.text().strip()


class FolderEditor(SettingEditor):
    """A folder's path with Choose…: an owner pointing it at a USB stick should not have to
    type the path."""

    def __init__(self, setting: Setting) -> None:
        self.edit = QLineEdit()
        self.choose = QPushButton("Choose…")
        self.choose.setToolTip(f"Pick the folder for: {setting.title}")
        self.choose.clicked.connect(self._choose)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        super().__init__(setting, box)
        self.edit.setAccessibleName(setting.title)

    def _choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.widget, self.setting.title, self.edit.text())
        if folder:
            self.edit.setText(folder)

    def load(self, value: object) -> None:
        self.edit.setText(str(value))

    def value(self) -> object:
        return self.edit.text().strip()


class TextEditor(SettingEditor):
    def __init__(self, setting: Setting) -> None:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        if setting.key in TALL:
            edit.setMinimumHeight(lines * 6 + 14)  # grows with the page: a list to read
        else:
            edit.setFixedHeight(lines * 4 + 14)
        super().__init__(setting, edit)
        self.edit = edit

    def load(self, value: object) -> None:
        self.edit.setPlainText(str(value))

    def value(self) -> object:
        return self.edit.toPlainText().strip()


class ChoiceEditor(SettingEditor):
    def __init__(self, setting: Setting) -> None:
        box = QComboBox()
        box.addItems(list(setting.choices))
        super().__init__(setting, box)
        self.box = box

    def load(self, value: object) -> None:
        self.box.setCurrentText(str(value))

    def value(self) -> object:
        return self.box.currentText()


class NumberEditor(SettingEditor):
    def __init__(self, setting: Setting) -> None:
        spin = QSpinBox()
        spin.setRange(
            setting.minimum if setting.minimum is not None else -1_000_000,
            setting.maximum if setting.maximum is not None else 1_000_000,
        )
        super().__init__(setting, spin)
        self.spin = spin

    def load(self, value: object) -> None:
        self.spin.setValue(int(str(value)))

    def value(self) -> object:
        return self.spin.value()


class MoneyEditor(LineEditor):
    def load(self, value: object) -> None:
        self.edit.setText(f"{Decimal(str(value)):.2f}")


class LogoEditor(SettingEditor):
    """A preview and a picker; the image is copied into the database on Save."""

    def __init__(self, setting: Setting, profile: BusinessProfile) -> None:
        super().__init__(setting, QWidget())
        self._profile = profile
        self.preview = QLabel()
        self.preview.setMinimumSize(160, 64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed palette(mid);")
        self.choose_button = QPushButton("Choose image…")
        self.remove_button = QPushButton("Remove")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self._sha = ""
        self.new_image: bytes | None = None  # chosen, not saved yet
        self.removed = False

    def load(self, value: object) -> None:
        self._sha = str(value)
        self.new_image, self.removed = None, False
        self._show(self._profile.logo() if self._sha else None)

    def _show(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(
                pixmap.scaled(
                    160,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.preview.setText("No logo")
        self.remove_button.setEnabled(bool(data))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, "Choose your logo", "", "Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"
        )
        if path:
            self.take_file(path)

    def take_file(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            tell_error(self.widget, SteadyError(f"Cannot read {path}: {error.strerror}."))
            return
        image = QImage.fromData(data)
        if image.isNull():
            tell_error(
                self.widget,
                InvalidInputError(f"{Path(path).name} is not an image Steady can read."),
                "Logo not changed",
            )
            return
        self.new_image = data if is_png_or_jpeg(data) else encode_png(image)
        self.removed = False
        self._show(self.new_image)

    def remove(self) -> None:
        self.new_image, self.removed = None, True
        self._show(None)

    def value(self) -> object:
        return "" if self.removed else self._sha


def editor_for(setting: Setting, profile: BusinessProfile) -> SettingEditor:
    if setting.key == LOGO_KEY:
        return LogoEditor(setting, profile)
    if setting.choices:
        return ChoiceEditor(setting)
    if setting.kind is int:
        return NumberEditor(setting)
    if setting.kind is Decimal:
        return MoneyEditor(setting)
    if setting.key in MULTILINE:
        return TextEditor(setting)
    if setting.key in FOLDERS:
        return FolderEditor(setting)
    return LineEditor(setting)
