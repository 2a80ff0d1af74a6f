"""Steady's own sentences and the times it reads in pasted mail are English whatever the
laptop's language: Qt hands the environment's locale to the C library as it starts, and Python's
strftime and strptime follow it, unless the window puts day and month names back to C."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.fixtures import inbound

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import locale, runpy, sys
from ui.shell import first_paint

def painted():
    print("LC_TIME", locale.setlocale(locale.LC_TIME), flush=True)
    print("LC_CTYPE", locale.setlocale(locale.LC_CTYPE), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()

first_paint.run_held_work = painted
sys.argv = ["steady", "--db", sys.argv[1]]
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


def test_the_window_reads_and_writes_time_words_in_english(tmp_path: Path) -> None:
    db = tmp_path / "steady.db"
    services = open_services(db)
    customer = services.customers.add(Customer(name="Pat Example"))
    services.contacts.log(customer, inbound("Where is it?", datetime(2026, 5, 4, 9, tzinfo=UTC)))
    services.close()
    # C.UTF-8 is on every Debian: a locale other than C that Qt hands on.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STEADY_HOME": str(tmp_path / "home"),
        "LC_ALL": "C.UTF-8",
    }
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    said = dict(line.split(" ", 1) for line in out.splitlines() if line.startswith("LC_"))
    assert said["LC_CTYPE"] == "C.UTF-8"  # Qt did hand the environment's locale on
    assert said["LC_TIME"] == "C"
