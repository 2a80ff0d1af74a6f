"""Shared fixtures. Qt runs offscreen; every test gets its own database file."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Code that falls back to Steady's home folder (the private temporary folder for evidence
# copies, for one) must never write into the checkout or the tester's own home.
_HOME = tempfile.mkdtemp(prefix="steady-tests-home-")
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ.setdefault("STEADY_HOME", _HOME)
# Nor the window's remembered size into the tester's own settings.
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["STEADY_CACHE"] = os.path.join(_HOME, "cache")

# Qt is first imported as the window imports it (before pytest-qt does), so every test runs on
# the same enums and support code as the owner's window (ui/shell/pyside_start.py).
import ui  # noqa: E402, F401

pytest_plugins = [
    "tests.helpers.fixtures",
    "tests.helpers.ui_fixtures",
    "tests.helpers.reply_fixtures",
    "tests.helpers.import_fixtures",
    "tests.helpers.standing_fixtures",
    "tests.helpers.packet_fixtures",
    "tests.helpers.time_stamping",
]
