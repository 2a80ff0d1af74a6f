"""Shared fixtures. Qt runs offscreen; every test gets its own database file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STEADY_HOME", os.path.join(os.path.dirname(__file__), ".never-used"))

pytest_plugins = [
    "tests.helpers.fixtures",
    "tests.helpers.ui_fixtures",
    "tests.helpers.reply_fixtures",
    "tests.helpers.import_fixtures",
    "tests.helpers.standing_fixtures",
    "tests.helpers.packet_fixtures",
    "tests.helpers.time_stamping",
]
