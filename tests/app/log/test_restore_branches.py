"""A backup Steady took before a restore is genuine: after the owner restored an older backup
and went on working, putting that later backup back is measured against its own line of the
log's history, not against heads of the log that went on from the older one, and the owner is
told what it drops, never that it was rewritten."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.log.anchors import heads_path, read_heads
from tests.app.log.test_restore_checks import _forge, _log
from tests.helpers.fixtures import inbound

AT = datetime(2026, 11, 20, 9, tzinfo=UTC)


def _two_lines(db_path: Path, tmp_path: Path) -> tuple[Path, list[int]]:
    """B (2 contacts), A (5 contacts), B restored, then 2 late contacts and a daily backup."""
    services = open_services(db_path)  # the real clock: backups and restores in time order
    customer_id = _log(services, 2, "Early message")
    services.backups.write(str(tmp_path / "B.db"))
    for number in range(3):
        services.contacts.log(customer_id, inbound(f"Middle message {number}", AT), [])
    services.backups.write(str(tmp_path / "A.db"))
    services.close()
    assert main(["--db", str(db_path), "restore", str(tmp_path / "B.db"), "--force"]) == 0
    services = open_services(db_path)
    late = [
        services.contacts.log(customer_id, inbound(f"Late message {n}", AT), []) for n in (6, 7)
    ]
    assert services.verify().ok  # a head written down on the log that went on from B
    services.backups.daily()
    services.close()
    assert read_heads(heads_path(str(db_path)))[-1].head.entries == 9
    return tmp_path / "A.db", late


def test_a_backup_from_before_a_restore_is_not_called_rewritten(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup, late = _two_lines(db_path, tmp_path)
    capsys.readouterr()
    earlier = {p for p in tmp_path.iterdir() if ".replaced-" in p.name}  # B's restore
    assert main(["--db", str(db_path), "restore", str(backup)]) == 1
    refused = capsys.readouterr().err
    assert "rewritten" not in refused
    assert refused.startswith(
        "steady: A.db was not restored. The restored log will no longer hold the 4 ledger "
        f"entries recorded after this backup was taken: 2 contacts (#{late[0]}, #{late[1]}) "
        "with the first wording of each. A restore keeps them in the log it sets aside, "
        "not deleted."
    )
    assert {p for p in tmp_path.iterdir() if ".replaced-" in p.name} == earlier  # none now

    assert main(["--db", str(db_path), "restore", str(backup), "--force"]) == 0
    done = capsys.readouterr().out
    [aside] = [
        p
        for p in tmp_path.iterdir()
        if ".replaced-" in p.name and p not in earlier and not p.name.endswith(".heads")
    ]
    assert (
        f"no longer holds the 4 ledger entries recorded after this backup was taken: "
        f"2 contacts (#{late[0]}, #{late[1]}) with the first wording of each. "
        f"They are kept in {aside}, not deleted."
    ) in done
    assert main(["--db", str(db_path), "verify"]) == 0
    verified = capsys.readouterr().out
    assert (
        "from A.db, a copy taken before an earlier restore, which parts from the log it "
        "replaced after ledger entry 5 of 9: the 4 entries after it (6–9 of the log it "
        f"replaced: contact #{late[0]} and contact #{late[1]}) are not in it."
    ) in verified
    restored = open_services(db_path)
    texts = [c.text for c in restored.contacts.page_for_customer(1, 0, 50)]
    restored.close()
    assert sorted(t for t in texts if t.startswith("Middle")) == [
        f"Middle message {n}" for n in range(3)
    ]


@pytest.mark.parametrize("contact_id", [1, 4])
def test_a_rewritten_copy_of_that_backup_is_still_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], contact_id: int
) -> None:
    """Rewritten in the history both lines share (#1) or only on the older line (#4), and
    re-chained: each line's own heads catch it."""
    backup, _ = _two_lines(db_path, tmp_path)
    forged = tmp_path / "forged.db"
    shutil.copyfile(backup, forged)
    _forge(
        forged,
        f"UPDATE contacts SET text = 'Thank you' WHERE id = {contact_id}",
        f"UPDATE contact_revisions SET text = 'Thank you' WHERE contact_id = {contact_id}",
    )
    capsys.readouterr()
    assert main(["--db", str(db_path), "restore", str(forged), "--force"]) == 1
    error = capsys.readouterr().err
    assert "forged.db was not restored: this copy disagrees with" in error
    assert "it was rewritten" in error
