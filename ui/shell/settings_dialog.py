"""Settings, built from the declaration in app.core.settings: one editor per kind of setting.

Each editor follows one small contract: load(value), value(), and its default. A setting
added to app.core.settings appears here by itself (under "More" until it is given a page).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.business_profile import BusinessProfile
from app.core.errors import InvalidInputError, SteadyError
from app.core.settings import SETTINGS, Setting
from app.services import Services
from ui.shell.images import encode_png, is_png_or_jpeg
from ui.shell.messages import confirm, may_discard, tell_error
from ui.shell.screen_fit import fit_to_screen

PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Business profile",
        (
            "business_name",
            "business_address",
            "business_phone",
            "business_email",
            "business_logo",
            "business_addresses",
        ),
    ),
    ("You and your replies", ("owner_name", "signature", "cooling_off_minutes", "reply_language")),
    ("Money and paper", ("hourly_rate", "currency", "paper_size", "packet_pictures")),
    ("Blocking", ("blocking_checklist",)),
    (
        "Keeping your log safe",
        ("backup_folder", "lock_after_minutes", "time_stamp_url", "time_stamp_root"),
    ),
)
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


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._profile = BusinessProfile(services.store, services.settings)
        self.setWindowTitle("Settings")
        fit_to_screen(self, 780, 560)  # every tab's title in sight, even on 1280x720
        self.editors: dict[str, SettingEditor] = {}
        self.tabs = QTabWidget()
        placed = {key for _, keys in PAGES for key in keys}
        pages = [*PAGES, ("More", tuple(s.key for s in SETTINGS if s.key not in placed))]
        by_key = {setting.key: setting for setting in SETTINGS}
        for title, keys in pages:
            present = [by_key[key] for key in keys if key in by_key]
            if present:
                self.tabs.addTab(self._page(present), title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.load()
        self._shown = self._typed()

    def _typed(self) -> dict[str, str]:
        return {key: str(editor.value()) for key, editor in self.editors.items()}

    def has_changes(self) -> bool:
        logo = self.editors.get(LOGO_KEY)
        if isinstance(logo, LogoEditor) and (logo.new_image is not None or logo.removed):
            return True
        return self._typed() != self._shown

    def reject(self) -> None:
        if self.has_changes() and not may_discard(self, "your changes to the settings"):
            return
        super().reject()

    def _page(self, settings: list[Setting]) -> QWidget:
        """The fields from the top down, each with its help beneath in ordinary words; a page
        taller than a small screen scrolls."""
        page = QWidget()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        tall = False
        for setting in settings:
            editor = editor_for(setting, self._profile)
            self.editors[setting.key] = editor
            help_label = QLabel(setting.help)
            help_label.setWordWrap(True)
            help_label.setTextFormat(Qt.TextFormat.PlainText)
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 6)
            column.setSpacing(2)
            column.addWidget(editor.widget, 1)
            column.addWidget(help_label)
            form.addRow(setting.title + ":", field)
            tall = tall or setting.key in TALL
        outer = QVBoxLayout(page)
        outer.addLayout(form, 1 if tall else 0)
        if not tall:
            outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def load(self) -> None:
        values = self._services.settings.all()
        for key, editor in self.editors.items():
            editor.load(values[key])

    def restore_defaults(self) -> None:
        """Put the defaults in the fields; nothing changes until Save."""
        if not confirm(
            self,
            "Restore the defaults?",
            "Every setting on every tab goes back to Steady's default: your business name, "
            "address, signature and email addresses are emptied. Nothing is changed until you "
            "press Save.",
            "Restore the defaults",
            "Keep my settings",
        ):
            return
        for editor in self.editors.values():
            if isinstance(editor, LogoEditor):
                editor.remove()
            else:
                editor.load(editor.setting.default)

    def changes(self) -> dict[str, object]:
        current = self._services.settings.all()
        return {
            key: editor.value()
            for key, editor in self.editors.items()
            if key != LOGO_KEY and str(editor.value()) != str(current[key])
        }

    def save(self) -> None:
        logo = self.editors.get(LOGO_KEY)
        try:
            changes = self.changes()
            if changes:
                self._services.settings.update(changes)
            if isinstance(logo, LogoEditor):
                if logo.new_image is not None:
                    self._profile.set_logo(logo.new_image)
                elif logo.removed:
                    self._profile.clear_logo()
        except SteadyError as error:
            tell_error(self, error, "Settings not saved")
            return
        self.accept()
