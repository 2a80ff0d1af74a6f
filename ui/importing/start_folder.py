"""Where the import file picker opens: the folder last imported from, else where saved mail and
screenshots usually land (Downloads, Documents, Desktop), never the folder Steady is installed in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

LAST_FOLDER_KEY = "import/last_folder"
_USUAL = (
    QStandardPaths.StandardLocation.DownloadLocation,
    QStandardPaths.StandardLocation.DocumentsLocation,
    QStandardPaths.StandardLocation.DesktopLocation,
    QStandardPaths.StandardLocation.HomeLocation,
)


def start_folder(ui_state: QSettings | None) -> str:
    last = ui_state.value(LAST_FOLDER_KEY) if ui_state is not None else None
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    for location in _USUAL:
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def remember_folder(ui_state: QSettings | None, paths: list[str]) -> None:
    if ui_state is not None and paths:
        ui_state.setValue(LAST_FOLDER_KEY, str(Path(paths[0]).parent))
