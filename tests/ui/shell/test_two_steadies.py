"""The window keeps the log's working files while a second Steady opens and closes the same log:
what the window saves afterwards is on the disk, not in a -wal file nobody else can see."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.core.domain import Customer
from tests.helpers.fixtures import inbound
from ui.shell.first_paint import hold_until_first_paint, release_after_first_paint
from ui.shell.launch import open_window

ROOT = Path(__file__).resolve().parents[3]


def _second_steady(path: Path, *args: str) -> str:
    ran = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(path), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
        check=True,
    )
    return ran.stdout


@pytest.mark.skipif(os.name != "posix", reason="POSIX record locks")
def test_a_second_steady_ending_leaves_the_window_s_saves_on_the_disk(
    qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "steady.db"
    services = open_services(path)
    victor = services.customers.add(Customer(name="Victor Hale", emails=("v@example.com",)))
    services.contacts.log(victor, inbound("First", datetime(2026, 11, 20, tzinfo=UTC)))
    services.close()
    hold_until_first_paint()
    window = open_window(
        path,
        demo_path=tmp_path / "demo.db",
        open_services=open_services,
        start_with_demo=False,
        daily_backup=True,
    )
    assert window is not None
    qtbot.addWidget(window)
    try:
        release_after_first_paint(window)
        window.show()
        qtbot.waitUntil(lambda: window.daily_backup.done, timeout=20_000)
        [loader] = [tools.loader for tools in window.customer_tools if hasattr(tools, "loader")]
        qtbot.waitUntil(lambda: not loader.busy, timeout=20_000)  # its worker's connection too
        # A second Steady on the same log: it lists the customers and ends.
        assert "Victor Hale" in _second_steady(path, "customer", "list")
        assert (tmp_path / "steady.db-wal").exists()
        contact = window.services.contacts.log(
            victor, inbound("I will burn your shop down.", datetime(2026, 11, 27, tzinfo=UTC))
        )
        shown = _second_steady(path, "customer", "show", str(victor))
        assert "I will burn your shop down." in shown, (contact, shown)
    finally:
        window.close()
        window.services.close()
