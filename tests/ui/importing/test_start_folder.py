"""The import picker opens where evidence usually is, then where the owner last took it from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from app.core.paths import assets_folder
from ui.shell.main_window import MainWindow
from ui.shell.steady_window import steady_window


def test_the_picker_starts_outside_the_install_folder_then_in_the_last_one(
    qtbot, services, ui_state: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window: MainWindow = steady_window(services, ui_state=ui_state, drafts_folder=tmp_path / "d")
    qtbot.addWidget(window)
    imports = window.customer_tools[1]
    opened_in: list[str] = []
    chosen = tmp_path / "mail" / "angry.eml"
    chosen.parent.mkdir()

    def pick(_parent: object, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        opened_in.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    imports.choose_files()
    install = assets_folder().parent
    assert opened_in[0] and Path(opened_in[0]).is_dir()
    assert Path(opened_in[0]).resolve() != install.resolve()

    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(chosen)], ""))
    )
    monkeypatch.setattr(imports, "import_paths", lambda paths, customer: None)
    imports.choose_files()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(pick))
    imports.choose_files()
    assert opened_in[-1] == str(chosen.parent)
