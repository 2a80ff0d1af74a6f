"""`assess` and `action` as a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.app.cli.test_cli import steady


def test_assess_and_action(db_path: Path) -> None:
    assert steady(db_path, "demo").returncode == 0
    shown = steady(db_path, "assess", "3", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["customer"]["name"] == "Victor Hale"
    assert {g["key"] for g in data["grounds"] if g["met"]} == {
        "abuse-or-unsafe",
        "threats",
        "no-change-after-warning",
    }
    physical = next(s for s in data["signs"] if s["key"] == "threat-physical")
    assert len(physical["contact_ids"]) == 1
    assert data["next_steps"][0]["action"] == "police-report"
    assert "messages over" in data["cost_sentence"]

    text = steady(db_path, "assess", "3").stdout
    assert "[MET    ] Threats to staff or the business" in text
    assert "log it with: action 3 police-report" in text

    logged = steady(
        db_path,
        "action",
        "3",
        "police-report",
        "--reference",
        "PR-9",
        "--officer",
        "Sgt Lee",
        "--badge",
        "4411",
        "--station",
        "Portmere",
        "--json",
    )
    assert logged.returncode == 0, logged.stderr
    assert json.loads(logged.stdout)["status"] == "reported-to-police"
    refund = steady(db_path, "action", "4", "refund", "--amount", "19.95", "--note", "olive branch")
    assert refund.returncode == 0 and refund.stdout.strip() == "2"
    after = json.loads(steady(db_path, "assess", "3", "--json").stdout)
    assert "police-report" not in [s["action"] for s in after["next_steps"]]
    assert steady(db_path, "verify").returncode == 0


def test_unknown_kind_and_help(db_path: Path) -> None:
    assert steady(db_path, "demo").returncode == 0
    wrong = steady(db_path, "action", "1", "shout-at")
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("steady: “shout-at” is not a kind of action")
    helped = steady(db_path, "action", "--help").stdout
    for kind in (
        "block-email",
        "block-ip",
        "unsubscribe",
        "block-facebook",
        "block-x",
        "block-phone",
        "refund",
        "cancel",
        "warning",
        "police-report",
        "platform-report",
    ):
        assert f"  {kind} " in helped
    missing = steady(db_path, "action", "1", "platform-report")
    assert missing.returncode == 2 and "ticket number" in missing.stderr
