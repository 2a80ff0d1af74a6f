"""Settings, built from the declaration in app.core.settings: one editor per kind of setting.

Each editor follows one small contract: load(value), value(), and its default. A setting
added to app.core.settings appears here by itself (under "More" until it is given a page).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.business_profile import BusinessProfile
from app.core.errors import SteadyError
from app.core.settings import SETTINGS, Setting
from app.services import Services
from ui.shell.messages import confirm, may_discard, tell_error
from ui.shell.screen_fit import fit_to_screen
from ui.shell.setting_editors import (
    LOGO_KEY,
    TALL,
    FolderEditor,
    LogoEditor,
    SettingEditor,
    editor_for,
)

__all__ = ["PAGES", "FolderEditor", "LogoEditor", "SettingsDialog"]

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


def whose_settings(services: Services) -> tuple[str, str]:
    """Settings are kept in each log: which one these are, for the title and in words."""
    if services.is_demo:
        return "the demo", (
            "These are the demo's settings: what you change here stays in the demo. Your own "
            "log has settings of its own: a new log you start offers to take what you typed "
            "here; a log you already have keeps its own (fill them in there, under Settings)."
        )
    path = Path(services.store.path)
    return path.name, (
        f"The settings of your log {path}. They are kept in the log itself (a backup carries "
        "them); another log has its own."
    )


class SettingsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._profile = BusinessProfile(services.store, services.settings)
        self.setWindowTitle(f"Settings — {whose_settings(services)[0]}")
        self.whose = QLabel(whose_settings(services)[1])
        self.whose.setWordWrap(True)
        self.whose.setTextFormat(Qt.TextFormat.PlainText)  # the log's path is the owner's text
        fit_to_screen(self, 780, 560)  # every tab's title in sight, even on 1280x720
        self.editors: dict[str, SettingEditor] = {}
        self.tabs = QTabWidget()
        placed = {key for _, keys in PAGES for key in keys}
        more = tuple(s.key for s in SETTINGS if s.key not in placed and not s.hidden)
        pages = [*PAGES, ("More", more)]
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
        layout.addWidget(self.whose)
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
        # Not a Tab stop of its own: nameless and drawn with no focus, Tab seemed to do nothing.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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

    def _checklist_change_agreed(self, changes: dict[str, object]) -> bool:
        """A reworded or removed line changes which ticks show: said before it is saved."""
        if "blocking_checklist" not in changes:
            return True
        from app.core.checklist_lines import checklist_edit, edit_words

        words = edit_words(
            checklist_edit(
                self._services.settings.text("blocking_checklist"),
                str(changes["blocking_checklist"]),
            )
        )
        return not words or confirm(
            self,
            "Change the blocking checklist?",
            words,
            "Save the checklist",
            "Go back to it",
        )

    def save(self) -> None:
        logo = self.editors.get(LOGO_KEY)
        try:
            changes = self.changes()
            if not self._checklist_change_agreed(changes):
                return
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
