"""Show the assessment panel on a demo database, for a look under Xvfb.

Usage: .venv/bin/python scripts/preview_standing_panel.py DB CUSTOMER_ID [TAB]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QMainWindow, QScrollArea

from app.application import open_services
from ui.standing.panel import AssessmentPanel


def main() -> int:
    app = QApplication(sys.argv)
    services = open_services(sys.argv[1])
    panel = AssessmentPanel(services, int(sys.argv[2]))
    if len(sys.argv) > 3:
        panel.tabs.setCurrentIndex(int(sys.argv[3]))
    window = QMainWindow()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel)
    window.setCentralWidget(scroll)
    window.resize(1300, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
