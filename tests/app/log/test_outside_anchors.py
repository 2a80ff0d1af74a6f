"""What vouches for a log from outside it, as the other side would test it: a file handed over
alone is not vouched for by the backup and heads verify itself wrote on opening it, and one
made-up line in the plain heads file beside a true log is named as that file's, not stated as
entries removed from the log."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.application import open_services
from app.cli import main
from app.core.domain import Customer
from app.log.anchors import heads_path
from tests.helpers.fixtures import inbound

AT = datetime(2026, 10, 1, 9, tzinfo=UTC)
NOBODY_VOUCHES = (
    "Nothing outside this file vouches for it yet: only a time-stamp, or the head printed on "
    "an earlier packet checked against it, can."
)


@pytest.fixture(autouse=True)
def new_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts as a fresh run of Steady would, whatever ran in this process before."""
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set(), raising=False)


def _log(db_path: Path, messages: int = 2) -> None:
    services = open_services(db_path)
    customer_id = services.customers.add(Customer(name="Gordon Pryce"))
    for number in range(messages):
        services.contacts.log(customer_id, inbound(f"You will regret this ({number}).", AT), [])
    services.close()


def _verify(db_path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db_path), "verify", *more])
    return code, capsys.readouterr().out


def test_a_log_handed_over_alone_is_not_vouched_for_by_what_verify_wrote_itself(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(tmp_path / "shop.db")
    handed = tmp_path / "from the other side"
    handed.mkdir()
    shutil.copy(tmp_path / "shop.db", handed / "shop.db")

    code, out = _verify(handed / "shop.db", capsys)
    assert code == 0
    assert NOBODY_VOUCHES in out and "written down before" not in out
    # The day's backup and its head were taken by that very command: checked, not counted.
    assert (handed / "Steady backups").is_dir() and Path(
        heads_path(str(handed / "shop.db"))
    ).exists()
    code, out = _verify(handed / "shop.db", capsys, "--json")
    report = json.loads(out)
    assert report["anchors_checked"] >= 2 and report["anchors_before"] == 0


def test_heads_written_down_on_an_earlier_run_still_vouch(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _log(db_path)
    assert _verify(db_path, capsys)[0] == 0
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set())  # Steady started again
    code, out = _verify(db_path, capsys)
    assert code == 0
    assert "It holds all 2 heads written down before." in out and NOBODY_VOUCHES not in out


def test_a_head_from_an_earlier_packet_vouches_for_a_file_seen_for_the_first_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _log(tmp_path / "shop.db")
    conn = sqlite3.connect(tmp_path / "shop.db")
    count, head = conn.execute("SELECT seq, hash FROM ledger ORDER BY seq DESC").fetchone()
    conn.close()
    code, out = _verify(tmp_path / "shop.db", capsys, "--head", f"{head}:{count}")
    assert code == 0 and "It holds the head written down before." in out


def test_a_line_made_up_in_the_heads_file_is_named_as_that_files(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _log(db_path)
    assert _verify(db_path, capsys)[0] == 0  # the day's backup, and the head, written down
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set())
    with open(heads_path(str(db_path)), "a", encoding="utf-8") as heads:
        bogus = {"entries": 99, "hash": "f" * 64, "at": "2026-11-27T16:00:00Z", "where": "verify"}
        heads.write(json.dumps(bogus) + "\n")

    code, out = _verify(db_path, capsys, "--json")
    assert code == 1
    entries = json.loads(out)["entries"]
    assert json.loads(out)["problems"] == [
        f"The ledger has {entries} entries, but 99 were written down (verify, "
        "2026-11-27T16:00:00Z) in steady.db.heads, the plain file beside the log, and the "
        "automatic backup does not hold it: either entries were removed, or steady.db.heads "
        "was edited outside Steady. Check the log against the head printed on your newest "
        "packet (steady verify --head HASH:COUNT): if it holds that head, the file was most "
        "likely edited. Keep the log and steady.db.heads as they are."
    ]


def test_a_head_a_backup_also_holds_still_says_entries_were_removed(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _log(db_path, messages=1)
    assert _verify(db_path, capsys)[0] == 0  # the day's backup holds the one message
    monkeypatch.setattr("app.log.anchors._WRITTEN_THIS_RUN", set())
    # The forger removes the message and its entries, with the guards dropped and put back.
    conn = sqlite3.connect(db_path)
    guards = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name LIKE '%_no_%'"
    ).fetchall()
    for name, _ in guards:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM ledger WHERE entity IN ('contact', 'contact_revision')")
    conn.execute("DELETE FROM contact_revisions")
    conn.execute("DELETE FROM contacts")
    conn.execute("UPDATE customer_totals SET contacts = 0, minutes = 0, last_contact_at = NULL")
    for _, sql in guards:
        conn.execute(sql)
    conn.commit()
    conn.close()

    code, out = _verify(db_path, capsys, "--json")
    problems = json.loads(out)["problems"]
    assert code == 1
    assert problems[0].startswith("The ledger has 1 entries, but 3 were written down (")
    assert problems[0].endswith(".db holds it too).")
    assert ": entries were removed (backup steady-" in problems[0]
