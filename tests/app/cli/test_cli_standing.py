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


def test_an_action_with_a_wrong_date_is_corrected_as_a_new_action(db_path: Path) -> None:
    assert steady(db_path, "demo").returncode == 0
    at = "2026-11-01T18:41"
    first = steady(db_path, "action", "3", "block-email", "--at", at, "--reference", "TCK-1")
    assert first.returncode == 0, first.stderr
    wrong = steady(db_path, "action", "3", "warning", "--corrects", first.stdout.strip())
    assert wrong.returncode == 2
    assert "a correction names the same customer and kind" in wrong.stderr
    no_reason = steady(db_path, "action", "3", "block-email", "--corrects", "1", "--at", at)
    assert no_reason.returncode == 2
    assert "why the action is being corrected" in no_reason.stderr
    fixed = steady(
        db_path,
        "action",
        "3",
        "block-email",
        "--corrects",
        first.stdout.strip(),
        "--at",
        "2026-11-02T09:15",
        "--reason",
        "blocked on the 2nd",
        "--json",
    )
    assert fixed.returncode == 0, fixed.stderr
    shown = steady(db_path, "customer", "show", "3").stdout
    assert "Blocked email / helpdesk (corrects action 1)" in shown
    corrected = next(line for line in shown.splitlines() if "(corrects action 1)" in line)
    assert "2026-11-02" in corrected and "TCK-1" in corrected
    assert steady(db_path, "verify").returncode == 0
