"""`assess` as the owner reads it, for customers who did nothing wrong: a polite request for a
manager (with a staff member's note of the call), a refund of exactly what was paid, and a
customer who upset another in the shop (a warning, not a platform report)."""

from __future__ import annotations

from pathlib import Path

from tests.app.cli.test_cli import steady


def _log(db: Path, customer: str, channel: str, text: str, at: str, *extra: str) -> None:
    done = steady(
        db, "log", "--customer", customer, "--channel", channel, "--text", text, "--at", at, *extra
    )
    assert done.returncode == 0, done.stderr


def test_assess_gives_fair_advice(db_path: Path) -> None:
    for name, paid in (("Polly Polite", "40"), ("Dora Loyal", "19.95"), ("Hal Queue", "10")):
        assert steady(db_path, "customer", "add", "--name", name, "--paid", paid).returncode == 0
    _log(
        db_path,
        "1",
        "email",
        "Hello, the parcel has not arrived yet. Could I please speak to your manager about a new "
        "delivery slot? Many thanks, Polly",
        "2026-11-10T10:00",
    )
    _log(
        db_path,
        "1",
        "phone",
        "Polly rang about the parcel. I told her I would check with head office and ring back.",
        "2026-11-12T11:00",
        "--staff",
        "Sam",
    )
    _log(
        db_path,
        "2",
        "email",
        "I have spent over $2,000 in your shop over the years, and all I ask is a refund of the "
        "$19.95 for the cushion that arrived torn. Photos attached.",
        "2026-11-20T09:00",
    )
    _log(
        db_path,
        "3",
        "in-person",
        "Hal shouted at the customer behind him in the queue and told her not to buy here.",
        "2026-11-20T11:00",
        "--staff",
        "Sam",
        "--category",
        "harassing-others",
        "--severity",
        "3",
    )
    polly = steady(db_path, "assess", "1").stdout
    assert "Signs: none" in polly and "Next steps: none" in polly
    assert "[not yet] Threats to staff or the business: No threat is logged." in polly
    assert "head office" not in polly and "Stop the conversation" not in polly

    dora = steady(db_path, "assess", "2").stdout
    assert "Signs: none" in dora
    assert "$2,000" not in dora and "Offer a refund" not in dora

    hal = steady(db_path, "assess", "3").stdout
    assert "Report the posts to the platform" not in hal
    steps = hal.split("Next steps:", 1)[1].strip().splitlines()
    assert (
        steps[0] == "Send a warning that names the behaviour (because: harassing other customers)"
    )
