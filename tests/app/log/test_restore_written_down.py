"""A restore from the window writes down, beside its head, what the log it replaced held and
where it is kept; the heads file is read back whatever a hand wrote into it."""

from __future__ import annotations

import json
from pathlib import Path

from app.application import open_services
from app.log.anchors import heads_path, read_heads
from app.log.restores import restore_line, restores_of
from tests.app.log.test_restore_checks import _log
from tests.app.log.test_verify_forger import AT
from tests.helpers.fixtures import FakeClock, inbound


def test_the_window_restore_writes_down_what_the_log_no_longer_holds(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path, FakeClock())
    customer_id = _log(services, 1)
    older = tmp_path / "older.db"
    services.backups.write(str(older))
    kept, _ = services.store.ledger.head()
    threat = services.contacts.log(customer_id, inbound("I know where you park.", AT), [])
    replaced, _ = services.store.ledger.head()
    restored = services.restore_from(str(older))
    services.close()

    [restore] = restores_of(str(db_path))
    assert (restore.backup, restore.entries, restore.replaced_entries) == (
        "older.db",
        kept,
        replaced,
    )
    assert restore.contacts == (threat,) and restore.packets == ()
    assert restore.replaced == Path(restored.set_aside).name and restore.replaced_here
    line = restore_line(restore)
    assert f"of {replaced}: the {replaced - kept} entries after it" in line
    assert f"the log it replaced: contact #{threat}) are not in it." in line


def test_lines_a_hand_wrote_into_the_heads_file_are_passed_over(db_path: Path) -> None:
    head = {"entries": 3, "hash": "a" * 64, "at": "2026-11-27T09:12:25Z"}
    lines = [
        json.dumps([1, 2, 3]),
        json.dumps("restored from x.db"),
        json.dumps({**head, "where": "restored from x.db", "replaced_entries": True}),
        json.dumps({**head, "where": "restored from ../../y.db", "contacts": [1, -2, "3", 4.0]}),
    ]
    Path(heads_path(str(db_path))).write_text("\n".join(lines) + "\n")
    assert len(read_heads(heads_path(str(db_path)))) == 2
    first, second = restores_of(str(db_path))
    # true is not a count; nothing else was written down before: how far the log had gone
    # is not known, and nothing is claimed.
    assert first.replaced_entries is None and first.lost is None
    assert second.backup == "y.db" and second.contacts == (1,)
    assert "entries recorded after that backup was taken are not in it" in restore_line(first)


def test_a_window_restore_of_a_backup_holding_everything_says_nothing_was_left_out(
    db_path: Path, tmp_path: Path
) -> None:
    services = open_services(db_path, FakeClock())
    _log(services, 2)
    same = tmp_path / "same.db"
    services.backups.write(str(same))
    services.restore_from(str(same))
    services.close()
    [restore] = restores_of(str(db_path))
    assert restore.lost == 0
    assert "it held everything the log it replaced did" in restore_line(restore)
