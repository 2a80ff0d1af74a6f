"""The window's "Verify the log" says, as `steady verify` does, when an older backup was
restored over the log and what it no longer holds."""

from __future__ import annotations

from pathlib import Path

from app.application import open_services
from tests.app.log.test_restore_checks import _log
from tests.app.log.test_verify_forger import AT
from tests.helpers.fixtures import FakeClock, inbound
from ui.log.verify_result import show_verify_result


def test_the_windows_verify_says_a_restore_left_entries_out(
    qtbot, db_path: Path, tmp_path: Path
) -> None:
    """As `steady verify` does: "Nothing in your log was changed" alone hid that an older copy
    was put back and what it no longer holds."""
    services = open_services(db_path, FakeClock())
    customer_id = _log(services, 1)
    older = tmp_path / "older.db"
    services.backups.write(str(older))
    threat = services.contacts.log(customer_id, inbound("I know where you park.", AT), [])
    services.restore_from(str(older))
    report = services.verify()
    try:
        box = show_verify_result(None, report, services.store.path)  # type: ignore[arg-type]
        qtbot.addWidget(box)
        assert box.text().startswith("Nothing in your log was changed. It was restored from")
        assert f"contact #{threat}" in box.informativeText()
        box.done(0)
    finally:
        services.close()
