"""What starting the window loads before the first customer's log is painted.

The owner waits for every module loaded before that paint. Features that are not on screen at
first load when first used, or right after the paint; this keeps them there. Run as the owner
starts Steady (`python -m app --db FILE`), in a fresh process, offscreen.
"""

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

# Started exactly as `python -m app` is; at the first paint (before the work held for it runs)
# it prints every module loaded so far and quits.
CHILD = """
import runpy, sys
from ui.shell import first_paint

def painted():
    print("\\n".join(sorted(sys.modules)), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.instance().quit()

first_paint.run_held_work = painted
sys.argv = ["steady", "--db", sys.argv[1]]
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""

# Each loads on first use or after the first paint; beside it, what it would cost at start.
LOADED_LATER = {
    "sqlite_utils": "sqlite-utils: the schema's migrations, when a change is pending",
    "storage.search": "search",
    "storage.verify_records": "verify's checks of each record against its entries",
    "storage.entry_dates": "verify's reading of the entries' dates",
    "storage.replies": "calm replies' storage",
    "app.reply.steps": "calm replies' records, once the unfinished ones are looked up",
    "app.log.repeats": "finding repeated messages comes with the assessment",
    "app.importing.threat_words": "the threat word lists and their patterns",
    "app.standing.assessment": "the assessment is worked out after the paint, off the thread",
    "ui.standing.charts": "the charts are drawn when the assessment is shown",
    "PySide6.QtCharts": "Qt Charts",
    "reportlab": "packets and letters",
    "app.packets.assembly": "packets",
    "ui.reply.editor": "the reply editor",
    "ui.importing.import_dialog": "the import dialog",
    "ui.log.contact_dialog": "the contact form",
    "ui.shell.first_run": "the first-run question",
    "app.cli.packet": "the command line's commands",
    "urllib.request": "the time-stamping authority's client",
    "ui.log.customer_tools": "the features beside the log plug in after the paint",
    "ui.standing.panel": "the assessment panel, built after the paint",
    "app.standing.records": "the assessment's and policies' records",
    "app.importing.post_details": "post facts, read for a post screenshot's card only",
    "app.standing.blocking": "blocks, read for a customer with actions only",
    "ui.reply.unfinished": "the list of unfinished replies",
    "sqlcipher3": "SQLCipher, when a locked log is opened",
    "_hashlib": "OpenSSL's hashes, with the first thing saved",
    "platform": "the machine's description, for a crash report",
    "html": "the html package's table of named characters",
    "app.core.contact_changes": "corrections, moves and new attachments' records",
    "app.core.ledger_records": "the ledger's records, for verifying and time stamps",
    "app.core.search_hits": "search results",
}


def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path) -> None:
    db = tmp_path / "steady.db"
    services = open_services(db)
    try:
        customer = services.customers.add(Customer(name="Pat Example"))
        for day in range(1, 4):
            services.contacts.log(
                customer, inbound("Same words again", datetime(2026, 10, day, 9, tzinfo=UTC))
            )
    finally:
        services.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STEADY_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "ui.log.timeline" in loaded  # the paint was of the log
    assert {name: why for name, why in LOADED_LATER.items() if name in loaded} == {}
