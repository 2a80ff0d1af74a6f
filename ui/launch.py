"""Start the Qt application and show the main window (placeholder until the window lands)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from app.services import Services


def launch(
    path: Path, *, demo_path: Path, open_services: Callable[..., Services], start_with_demo: bool
) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    qt_app = QApplication(sys.argv)
    services = open_services(path, is_demo=start_with_demo)
    label = QLabel(f"Steady — {services.customers.count()} customers")
    label.show()
    return qt_app.exec()
